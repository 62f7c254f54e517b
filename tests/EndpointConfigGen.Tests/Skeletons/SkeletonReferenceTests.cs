using System;
using System.IO;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Skeletons;

/// <summary>
/// The generated skeletons, byte for byte against the oracles: botocore's
/// ArgumentGenerator (CLI v2's enum rule) and the installed AWS CLI v2 itself.
/// </summary>
public sealed class SkeletonReferenceTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("skeletons-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Vendored_CreateEndpointConfig_matches_botocore()
    {
        var generated = GeneratedSkeletons.From(Repo.VendoredShape);

        AssertMatches("input", Repo.VendoredShape, generated, "InputSkeleton", "CreateEndpointConfig");
        AssertMatches("output", Repo.VendoredShape, generated, "OutputSkeleton", "CreateEndpointConfig");
        Assert.Equal("{\n    \"EndpointConfigArn\": \"EndpointConfigArn\"\n}\n", generated.Constant("CreateEndpointConfigOperation", "OutputSkeleton"));
        Assert.Equal("CreateEndpointConfig", generated.Constant("CreateEndpointConfigOperation", "Name"));
    }

    // CreateModel and CreateTrainingJob reach recursive shapes; CreateTrialComponent has a map and timestamps.
    [Theory]
    [InlineData("CreateModel")]
    [InlineData("CreateTrainingJob")]
    [InlineData("CreateTrialComponent")]
    public void Extracted_SageMaker_operation_matches_botocore(string operation)
    {
        var shapeFile = ReferenceTools.Extract(_temp, operation);
        var generated = GeneratedSkeletons.From(shapeFile);

        AssertMatches("input", shapeFile, generated, "InputSkeleton", operation);
        AssertMatches("output", shapeFile, generated, "OutputSkeleton", operation);
    }

    [Fact]
    public void CreateEndpointConfig_from_the_CLI_v2_model_matches_aws_create_endpoint_config()
    {
        var shapeFile = ReferenceTools.ExtractWithDocs(ReferenceTools.CliV2SageMakerModel, _temp, "CreateEndpointConfig");
        var generated = GeneratedSkeletons.From(shapeFile);

        Assert.Equal(
            ReferenceTools.CliV2Output("sagemaker", "create-endpoint-config", "--generate-cli-skeleton"),
            generated.Constant("CreateEndpointConfigOperation", "InputSkeleton"));
        Assert.Equal(
            ReferenceTools.CliV2Output("sagemaker", "create-endpoint-config", "--generate-cli-skeleton", "yaml-input"),
            generated.Constant("CreateEndpointConfigOperation", "YamlInputSkeleton"));
    }

    /// <summary>Every operation of the SageMaker model CLI v2 carries, documentation included, in all three modes.</summary>
    [Fact]
    public void Every_operation_of_the_CLI_v2_SageMaker_model_matches()
    {
        Assert.True(File.Exists(ReferenceTools.CliV2SageMakerModel), ReferenceTools.CliV2SageMakerModel + " is missing: apt-get install -y awscli");
        var generated = GeneratedSkeletons.From(CopyAsShapeFile(ReferenceTools.CliV2SageMakerModel));

        foreach (var (mode, constant) in new[] { ("input", "InputSkeleton"), ("output", "OutputSkeleton"), ("yaml-input", "YamlInputSkeleton") })
        {
            var expected = ReferenceTools.Skeletons(mode, ReferenceTools.CliV2SageMakerModel);
            Assert.Equal(300, expected.Count);
            foreach (var (operation, text) in expected)
            {
                var actual = generated.Constant(generated.ClassOf(operation), constant);
                Assert.True(text == actual, $"{operation} {mode}:\n--- expected\n{text}\n--- generated\n{actual}");
            }
        }
    }

    private string CopyAsShapeFile(string model)
    {
        // The generator reads *.shape.json files.
        var path = Path.Combine(_temp, "sagemaker.shape.json");
        File.Copy(model, path);
        return path;
    }

    private static void AssertMatches(string mode, string shapeFile, GeneratedSkeletons generated, string constant, string operation)
    {
        var expected = ReferenceTools.Skeletons(mode, shapeFile, operation)[operation];
        Assert.Equal(expected, generated.Constant(generated.ClassOf(operation), constant));
    }
}
