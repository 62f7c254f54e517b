using System;
using Consumer.Models;
using EndpointConfigGen.Runtime;

namespace Consumer.Tests;

public class ShorthandTests
{
    [Fact]
    public void Converts_as_the_cli_does()
    {
        var variant = ProductionVariant.ParseShorthand("VariantName=a,InitialInstanceCount=+007,InitialVariantWeight=1e3,EnableSSMAccess=TRUE,VolumeSizeInGB=1_0");

        Assert.Equal(new ProductionVariant { VariantName = "a", InitialInstanceCount = 7, InitialVariantWeight = 1000.0, EnableSSMAccess = true, VolumeSizeInGB = 10 }, variant);
    }

    [Fact]
    public void One_item_lists_are_wrapped()
    {
        var capture = DataCaptureConfig.ParseShorthand("InitialSamplingPercentage=5,DestinationS3Uri=s3://b/p,CaptureOptions={CaptureMode=Input},CaptureContentTypeHeader={CsvContentTypes=text/csv}");

        Assert.Equal([new CaptureOption { CaptureMode = CaptureMode.Input }], capture.CaptureOptions);
        Assert.Equal(["text/csv"], capture.CaptureContentTypeHeader!.CsvContentTypes);
    }

    [Theory]
    [InlineData("VariantName=a,InitialInstanceCount=abc", "invalid literal for int() with base 10: 'abc'", 35)]
    [InlineData("VariantName=a,InitialVariantWeight=heavy", "could not convert string to float: 'heavy'", 35)]
    [InlineData("VariantName=a,Bogus=1", "Parameter validation failed:\nUnknown parameter in ProductionVariant: \"Bogus\", must be one of: VariantName,", 14)]
    [InlineData("VariantName=a,EnableSSMAccess=yes", "Parameter validation failed:\nInvalid type for parameter ProductionVariant.EnableSSMAccess, value: yes, type: <class 'str'>, valid types: <class 'bool'>", 30)]
    [InlineData("VariantName=a,,,b=1", "Expected: '=', received: ','", 15)]
    public void Errors_use_the_cli_wording_and_point_at_the_input(string text, string message, int offset)
    {
        Assert.False(ProductionVariant.TryParseShorthand(text, out var value, out var error));
        Assert.Null(value);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(offset, error.Offset);
        Assert.StartsWith(message.Split('\n')[0], Assert.Throws<ShorthandException>(() => ProductionVariant.ParseShorthand(text)).Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_arguments_take_one_structure_per_token()
    {
        var variants = ProductionVariant.ParseShorthandList("VariantName=a,InstanceType=ml.m5.large", "VariantName=b,InitialVariantWeight=0");

        Assert.Equal(["a", "b"], [variants[0].VariantName, variants[1].VariantName]);
        Assert.Equal(0.0, variants[1].InitialVariantWeight);
    }

    [Fact]
    public void Full_request_round_trips_through_shorthand()
    {
        var request = Requests.Full();

        Assert.Equal(request, CreateEndpointConfigInput.ParseShorthand(request.ToShorthand()));
    }
}
