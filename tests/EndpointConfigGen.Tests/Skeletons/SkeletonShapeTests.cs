using System;
using System.IO;
using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Skeletons;

/// <summary>Shapes SageMaker does not exercise, and consumers with several operations.</summary>
public sealed class SkeletonShapeTests : IDisposable
{
    private static readonly string EdgeCases = Path.Combine(Repo.Root, "tests", "EndpointConfigGen.Tests", "Skeletons", "edge-cases.shape.json");

    private readonly string _temp = Directory.CreateTempSubdirectory("skeletons-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>
    /// Blobs, documents, timestamps, recursion, nested lists, quoting-sensitive enum values,
    /// non-ASCII names, documentation that is not XML: all three modes against botocore and CLI v2's YAML code.
    /// </summary>
    [Theory]
    [InlineData("input", "InputSkeleton")]
    [InlineData("output", "OutputSkeleton")]
    [InlineData("yaml-input", "YamlInputSkeleton")]
    public void Edge_case_shapes_match_the_reference(string mode, string constant)
    {
        var generated = GeneratedSkeletons.From(EdgeCases);

        var expected = ReferenceTools.Skeletons(mode, EdgeCases);
        Assert.Equal(["Everything", "Ping", "Empty"], expected.Keys);
        foreach (var (operation, text) in expected)
        {
            Assert.Equal(text, generated.Constant(generated.ClassOf(operation), constant));
        }
    }

    [Fact]
    public void Operations_without_input_or_output_print_what_the_CLI_prints()
    {
        var generated = GeneratedSkeletons.From(EdgeCases);

        // A shape named PingOperation takes the class name; the operation's class gets a suffix.
        Assert.Equal("{}\n", generated.Constant("PingOperation_", "InputSkeleton"));
        Assert.Equal("{}\n", generated.Constant("PingOperation_", "YamlInputSkeleton"));
        Assert.Equal(string.Empty, generated.Constant("PingOperation_", "OutputSkeleton"));
        Assert.Equal("Ping", generated.Constant("PingOperation_", "Name"));
        Assert.Equal(string.Empty, generated.Constant("EmptyOperation", "OutputSkeleton"));
    }

    [Fact]
    public void A_consumer_of_several_operations_gets_each_ones_skeletons_and_compiles_without_a_warning()
    {
        string[] operations = ["CreateEndpointConfig", "CreateModel", "DescribeEndpointConfig", "DeleteEndpointConfig"];
        var shapeFile = ReferenceTools.Extract(_temp, operations);
        var generated = GeneratedSkeletons.From(shapeFile);

        var problems = generated.Result.CompileDiagnostics;
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems.Take(30)));
        var input = ReferenceTools.Skeletons("input", shapeFile, operations);
        var output = ReferenceTools.Skeletons("output", shapeFile, operations);
        foreach (var operation in operations)
        {
            Assert.Equal(operation, generated.Constant(operation + "Operation", "Name"));
            Assert.Equal(input[operation], generated.Constant(operation + "Operation", "InputSkeleton"));
            Assert.Equal(output[operation], generated.Constant(operation + "Operation", "OutputSkeleton"));
            Assert.StartsWith(operation == "CreateModel" ? "ModelName: ''" : "EndpointConfigName: ''", generated.Constant(operation + "Operation", "YamlInputSkeleton"));
        }

        Assert.Equal(string.Empty, generated.Constant("DeleteEndpointConfigOperation", "OutputSkeleton"));
    }
}
