using System.Linq;
using Consumer.Models;
using CsCheck;

namespace Consumer.Tests.Properties;

/// <summary>
/// <c>ToAwsSdk()</c>/<c>FromAwsSdk(...)</c> on generated enums whose <c>ConstantClass</c> the SageMaker stand-in has: any
/// value, listed by the model or not, converts to the SDK's value of the same text and back to an equal value.
/// </summary>
public class AwsSdkEnumConversionProperties
{
    private static readonly string[] Known = ProductionVariantInstanceType.KnownValues.Select(v => v.Value).ToArray();

    private static readonly Gen<string> Values = Gen.OneOf(Gen.Int[0, Known.Length - 1].Select(i => Known[i]), Gen.String);

    [Fact]
    public void Any_value_converts_to_the_SDK_value_of_the_same_text_and_back()
    {
        Values.Sample(text =>
        {
            var value = new ProductionVariantInstanceType(text);
            var sdk = value.ToAwsSdk();
            Assert.Equal(text, sdk.Value);
            Assert.Equal(value, ProductionVariantInstanceType.FromAwsSdk(sdk));
        }, iter: 300);
    }

    [Fact]
    public void A_listed_value_the_SDK_has_a_constant_for_is_that_constant()
    {
        Assert.Same(Amazon.SageMaker.CaptureMode.Input, new CaptureMode("Input").ToAwsSdk());
        Assert.Equal(new CaptureMode("Output"), CaptureMode.FromAwsSdk(Amazon.SageMaker.CaptureMode.Output));
    }
}
