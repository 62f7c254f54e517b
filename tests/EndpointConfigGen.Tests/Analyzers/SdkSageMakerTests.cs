using System.Threading.Tasks;
using EndpointConfigGen.CodeFixes;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>
/// The SageMaker rules (ECG002-ECG004, ECG010-ECG015) on CreateEndpointConfigRequest written with the SDK's types
/// (a stand-in library with AWSSDK.SageMaker's surface), with the vendored slice and its rules file, and with no
/// shape file at all (the slice the package carries): the same diagnostics, once.
/// </summary>
public class SdkSageMakerTests
{
    private const string Usings = "using Amazon.SageMaker;\nusing Amazon.SageMaker.Model;";

    public static TheoryData<bool> ShapeFile => new() { true, false };

    private static Task Run(string body, bool shapeFile = true)
    {
        var test = new SdkAnalyzerTest(SdkTestSetup.InMethod(Usings, body), shapeFile ? AnalyzerTestSetup.ShapePath : null, SdkTestSetup.SageMaker());
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(ShapeFile))]
    public Task Kms_key_with_local_storage_and_a_zero_weight_in_an_initializer(bool shapeFile) =>
        Run("""
            return new CreateEndpointConfigRequest
            {
                EndpointConfigName = "cfg",
                {|ECG002:KmsKeyId = "alias/mine"|},
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = "gpu", InstanceType = ProductionVariantInstanceType.MlG5Xlarge, InitialVariantWeight = {|ECG003:0|} },
                    new ProductionVariant { VariantName = "cpu", InstanceType = "ml.m5.large", InitialVariantWeight = 1 },
                ],
            };
            """,
            shapeFile);

    [Theory]
    [MemberData(nameof(ShapeFile))]
    public Task Rules_across_values_held_in_locals_and_written_later(bool shapeFile) =>
        Run("""
            var a = new ProductionVariant { VariantName = "a", InstanceType = "ml.m5d.large", InitialVariantWeight = {|ECG003:0|} };
            var b = new ProductionVariant { VariantName = {|ECG011:"a"|}, InstanceType = ProductionVariantInstanceType.FindValue("ml.m5.large") };
            b.InitialVariantWeight = {|ECG003:0|};
            var request = new CreateEndpointConfigRequest { EndpointConfigName = "cfg" };
            request.ProductionVariants = {|ECG004:new List<ProductionVariant>()|};
            request.ProductionVariants.Add(a);
            request.ProductionVariants.Add(b);
            {|ECG002:request.KmsKeyId = "alias/mine"|};
            return request;
            """,
            shapeFile);

    [Theory]
    [MemberData(nameof(ShapeFile))]
    public Task Unknown_instance_type_through_FindValue_new_and_a_string(bool shapeFile) =>
        Run("""
            return new List<ProductionVariant>
            {
                new ProductionVariant { VariantName = "a", InstanceType = {|ECG001:"ml.m5.huge"|} },
                new ProductionVariant { VariantName = "b", InstanceType = {|ECG001:ProductionVariantInstanceType.FindValue("ml.x")|} },
                new ProductionVariant { VariantName = "c", InstanceType = {|ECG001:new ProductionVariantInstanceType("ml.y")|} },
                new ProductionVariant { VariantName = "d", InstanceType = ProductionVariantInstanceType.MlM5dLarge },
            };
            """,
            shapeFile);

    [Theory]
    [MemberData(nameof(ShapeFile))]
    public Task Code_fix_offers_the_SDK_constant(bool shapeFile) =>
        new SdkCodeFixTest<UnknownEnumValueCodeFix>(
            SdkTestSetup.InMethod(Usings, """        return new ProductionVariant { VariantName = "a", InstanceType = {|ECG001:"ml.m5.huge"|} };"""),
            SdkTestSetup.InMethod(Usings, """        return new ProductionVariant { VariantName = "a", InstanceType = ProductionVariantInstanceType.MlM5Large };"""),
            "ECG001 Use ProductionVariantInstanceType.MlM5Large",
            shapeFile ? AnalyzerTestSetup.ShapePath : null,
            SdkTestSetup.SageMaker()).RunAsync();
}
