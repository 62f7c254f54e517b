using System;
using System.Threading;
using Consumer.Models;
using CsCheck;
using EndpointConfigGen.Runtime;

namespace Consumer.Tests;

/// <summary>
/// The generated one-pass shorthand reader (<c>ReadShorthand</c> over <see cref="ShorthandCursor"/>)
/// against the reference pipeline (<see cref="ShorthandBinding.TryParseTree{T}"/>): whenever it
/// returns a value, the reference returns an equal one; and it does return values for the input
/// people write, so the fast path is really taken.
/// </summary>
public class OnePassReaderTests
{
    private const long Iterations = 4_000;

    /// <summary>Characters that steer the grammar, plus ordinary ones.</summary>
    private const string Mutations = ",=[]{}'\"\\ @\t\n.-_:/aZ09é😀";

    [Theory]
    [InlineData("VariantName=AllTraffic,ModelName=my-model-2024,InitialInstanceCount=2,InstanceType=ml.m5.xlarge,InitialVariantWeight=1.0,VolumeSizeInGB=64,EnableSSMAccess=false,ManagedInstanceScaling={Status=ENABLED,MinInstanceCount=1,MaxInstanceCount=4},RoutingConfig={RoutingStrategy=LEAST_OUTSTANDING_REQUESTS}")]
    [InlineData("VariantName = a , ModelName='m,1' ,InitialVariantWeight=-0.25")]
    [InlineData("VariantName=\"quoted \\\"name\\\"\",InitialInstanceCount=+7,InitialVariantWeight=1e3,EnableSSMAccess=TRUE")]
    [InlineData("VariantName=a b  ,ModelName=x=y")]
    [InlineData("VariantName=")]
    public void Reads_plain_variants_in_one_pass(string text) => AssertOnePass<ProductionVariant>(text, ProductionVariant.ReadShorthand, ProductionVariant.FromParamNode, CreateEndpointConfigModelSchema.Model.Shape("ProductionVariant")!);

    [Theory]
    [InlineData("EnableCapture=true,InitialSamplingPercentage=50,DestinationS3Uri=s3://b/p,CaptureOptions=[{CaptureMode=Input},{CaptureMode=Output}],CaptureContentTypeHeader={CsvContentTypes=[text/csv,application/csv],JsonContentTypes=[application/json]}")]
    [InlineData("InitialSamplingPercentage=5,DestinationS3Uri=s3://b/p,CaptureOptions=[ { CaptureMode = Input } , ],CaptureContentTypeHeader={CsvContentTypes=text/csv}")]
    [InlineData("InitialSamplingPercentage=5,DestinationS3Uri=s3://b/p,CaptureOptions=[],CaptureContentTypeHeader={CsvContentTypes=[]}")]
    public void Reads_plain_capture_configs_in_one_pass(string text) => AssertOnePass<DataCaptureConfig>(text, DataCaptureConfig.ReadShorthand, DataCaptureConfig.FromParamNode, CreateEndpointConfigModelSchema.Model.Shape("DataCaptureConfig")!);

    [Theory]
    [InlineData("EndpointConfigName=c,ProductionVariants=[{VariantName=a},{VariantName=b,InitialVariantWeight=0.5}],Tags=[{Key=k,Value=v}]")]
    [InlineData("EndpointConfigName=c,ProductionVariants=[{VariantName=a}],AsyncInferenceConfig={OutputConfig={S3OutputPath=s3://b/o,NotificationConfig={IncludeInferenceResponseIn=[SUCCESS_NOTIFICATION_TOPIC,ERROR_NOTIFICATION_TOPIC]}}}")]
    public void Reads_plain_requests_in_one_pass(string text) => AssertOnePass<CreateEndpointConfigInput>(text, CreateEndpointConfigInput.ReadShorthand, CreateEndpointConfigInput.FromParamNode, CreateEndpointConfigModelSchema.Model.Shape("CreateEndpointConfigInput")!);

    [Theory]
    [InlineData("CsvContentTypes=a,b,c")]
    [InlineData("CsvContentTypes=a, b ,'c,d',JsonContentTypes=x")]
    [InlineData("CsvContentTypes=a,JsonContentTypes=b,c")]
    public void Reads_top_level_comma_lists_in_one_pass(string text) => AssertOnePass<CaptureContentTypeHeader>(text, CaptureContentTypeHeader.ReadShorthand, CaptureContentTypeHeader.FromParamNode, CreateEndpointConfigModelSchema.Model.Shape("CaptureContentTypeHeader")!);

    [Theory]
    [InlineData("VariantName=a,VariantName=b")] // repeated key: an error at the top
    [InlineData("VariantName=a,,ModelName=b")] // the CLI backs up to the second comma
    [InlineData("VariantName=a,b\\,ModelName=c")] // ... or to an escaped one
    [InlineData("VariantName=a,InitialInstanceCount=99999999999")] // out of the 32-bit range
    [InlineData("VariantName=a,InitialInstanceCount=2147483648")] // ... just
    [InlineData("VariantName=a,InitialInstanceCount=-2147483649")]
    [InlineData("VariantName=a,EnableSSMAccess=yes")] // stays a string, then fails the type check
    [InlineData("VariantName@=file.txt")] // file loading is the CLI's business
    [InlineData("VariantName=a,ModelName=b,c")] // a comma list where a string belongs
    [InlineData("VariantName={a=b}")] // a hash where a string belongs
    public void Leaves_everything_else_to_the_reference_pipeline(string text)
    {
        Assert.False(ShorthandBinding.TryRead<ProductionVariant>(text, ProductionVariant.ReadShorthand, out _));
        AssertAgrees<ProductionVariant>(text, ProductionVariant.ReadShorthand, ProductionVariant.FromParamNode, CreateEndpointConfigModelSchema.Model.Shape("ProductionVariant")!);
    }

    [Fact]
    public void Hashes_where_lists_belong_keep_the_cli_meaning()
    {
        // The CLI wraps the hash in a list without converting it; the reference pipeline decides.
        const string text = "InitialSamplingPercentage=5,DestinationS3Uri=s3://b/p,CaptureOptions={CaptureMode=Input}";
        Assert.False(ShorthandBinding.TryRead<DataCaptureConfig>(text, DataCaptureConfig.ReadShorthand, out _));
        Assert.Equal([new CaptureOption { CaptureMode = CaptureMode.Input }], DataCaptureConfig.ParseShorthand(text).CaptureOptions);
    }

    /// <summary>CreateEndpointConfig has no timestamp, blob or document member, so every value it can hold is plain.</summary>
    [Fact]
    public void Generated_requests_are_read_in_one_pass() =>
        RandomRequests.Tree(CreateEndpointConfigModelSchema.Model.Shape("CreateEndpointConfigInput")!).Sample(tree =>
        {
            var request = CreateEndpointConfigInput.FromParamNode(tree);
            if (TryWrite(request.ToShorthand, out var text))
            {
                Assert.True(ShorthandBinding.TryRead<CreateEndpointConfigInput>(text, CreateEndpointConfigInput.ReadShorthand, out var value), text);
                Assert.Equal(request, value);
            }
        }, iter: Iterations);

    [Fact]
    public void Mutated_requests_agree_with_the_reference_pipeline()
    {
        var onePass = 0;
        Gen.Select(RandomRequests.Tree(CreateEndpointConfigModelSchema.Model.Shape("CreateEndpointConfigInput")!), Gen.Int).Sample((tree, seed) =>
        {
            if (TryWrite(CreateEndpointConfigInput.FromParamNode(tree).ToShorthand, out var text)
                && AssertAgrees<CreateEndpointConfigInput>(TextMutation.Edit(text, new Random(seed), Mutations), CreateEndpointConfigInput.ReadShorthand, CreateEndpointConfigInput.FromParamNode, CreateEndpointConfigModelSchema.Model.Shape("CreateEndpointConfigInput")!))
            {
                Interlocked.Increment(ref onePass);
            }
        }, iter: Iterations);

        // Most edits of a whole request break it; if none were read in one pass, the property above proved nothing.
        Assert.True(onePass > Iterations / 50, onePass + " read in one pass");
    }

    [Fact]
    public void Mutated_variants_agree_with_the_reference_pipeline()
    {
        var onePass = 0;
        Gen.Select(RandomRequests.Tree(CreateEndpointConfigModelSchema.Model.Shape("ProductionVariant")!), Gen.Int).Sample((tree, seed) =>
        {
            if (TryWrite(ProductionVariant.FromParamNode(tree).ToShorthand, out var text)
                && AssertAgrees<ProductionVariant>(TextMutation.Edit(text, new Random(seed), Mutations), ProductionVariant.ReadShorthand, ProductionVariant.FromParamNode, CreateEndpointConfigModelSchema.Model.Shape("ProductionVariant")!))
            {
                Interlocked.Increment(ref onePass);
            }
        }, iter: Iterations * 5);

        // Many mutations stay valid; if none were read in one pass, the property above proved nothing.
        Assert.True(onePass > Iterations * 5 / 20, onePass + " read in one pass");
    }

    [Fact]
    public void Mutated_content_type_lists_agree_with_the_reference_pipeline()
    {
        var onePass = 0;
        Gen.Select(RandomRequests.Tree(CreateEndpointConfigModelSchema.Model.Shape("CaptureContentTypeHeader")!), Gen.Int).Sample((tree, seed) =>
        {
            if (TryWrite(CaptureContentTypeHeader.FromParamNode(tree).ToShorthand, out var text)
                && AssertAgrees<CaptureContentTypeHeader>(TextMutation.Edit(text, new Random(seed), Mutations), CaptureContentTypeHeader.ReadShorthand, CaptureContentTypeHeader.FromParamNode, CreateEndpointConfigModelSchema.Model.Shape("CaptureContentTypeHeader")!))
            {
                Interlocked.Increment(ref onePass);
            }
        }, iter: Iterations * 5);

        // Many mutations stay valid; if none were read in one pass, the property above proved nothing.
        Assert.True(onePass > Iterations * 5 / 20, onePass + " read in one pass");
    }

    private static void AssertOnePass<T>(string text, ShorthandValueReader<T> read, Func<ParamNode, T> bind, SchemaShape shape)
        where T : class
    {
        Assert.True(ShorthandBinding.TryRead(text, read, out var fast), text);
        Assert.True(ShorthandBinding.TryParseTree(text, shape, typeof(T).Name, bind, out var reference, out var error), error?.Message);
        Assert.Equal(reference, fast);
    }

    /// <summary>
    /// The reference pipeline runs on every input, whatever the one-pass reader did: neither may throw
    /// (both are behind <c>TryParseShorthand</c>), and a value read in one pass is the reference's value.
    /// </summary>
    /// <returns>Whether the one-pass reader read it.</returns>
    private static bool AssertAgrees<T>(string text, ShorthandValueReader<T> read, Func<ParamNode, T> bind, SchemaShape shape)
        where T : class
    {
        var onePass = ShorthandBinding.TryRead(text, read, out var fast);
        var valid = ShorthandBinding.TryParseTree(text, shape, typeof(T).Name, bind, out var reference, out var error);
        if (!onePass)
        {
            return false;
        }

        Assert.True(valid, text + "\n" + error?.Message);
        Assert.Equal(reference, fast);
        return true;
    }

    private static bool TryWrite(Func<string> write, out string text)
    {
        try
        {
            text = write();
            return true;
        }
        catch (ArgumentException)
        {
            // A quoted value ending in a backslash, or an empty top-level structure: shorthand cannot say it.
            text = "";
            return false;
        }
    }
}
