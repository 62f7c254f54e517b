using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using EndpointConfigGen.Model;
using EndpointConfigGen.Pipeline;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Tests.Analyzers;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// The shape file the package carries (shapes/sagemaker's CreateEndpointConfig slice): generated for SDK checks in a
/// project that references AWSSDK.SageMaker (here its stand-in) and has no SageMaker shape file, and for no one else.
/// </summary>
public class BuiltInShapesTests
{
    private const string KmsKeyOnGpu = """
        using Consumer.Models;

        internal static class Check
        {
            public static int Problems() => new Amazon.SageMaker.Model.CreateEndpointConfigRequest
            {
                EndpointConfigName = "gpu",
                KmsKeyId = "alias/key",
                ProductionVariants = [new Amazon.SageMaker.Model.ProductionVariant { VariantName = "a", ModelName = "m", InitialInstanceCount = 1, InstanceType = "ml.g5.xlarge" }],
            }.Validate().Count;
        }
        """;

    private static MetadataReference[] SageMaker => [SdkTestSetup.SageMaker(), SdkTestSetup.Sdk<Amazon.Runtime.ConstantClass>()];

    [Fact]
    public void The_carried_files_are_the_sagemaker_shape_files_of_shapes_read_without_a_diagnostic()
    {
        var file = Assert.Single(BuiltInShapes.Files);
        Assert.Empty(file.Diagnostics);
        Assert.Equal("SageMaker", file.Model!.Metadata.ServiceId);
        var path = Assert.Single(Directory.GetFiles(Repo.Path("shapes", "sagemaker"), "*.shape.json"));
        Assert.Equal(Path.GetFileName(path), Path.GetFileName(file.FilePath));

        // Embedded from shapes/ at build time: the same model as the file there now.
        Assert.Equal(ShapeFileReader.Read(path, File.ReadAllText(path), default).Model, file.Model);
    }

    [Fact]
    public void With_the_sagemaker_SDK_and_no_shape_file_only_the_checks_are_generated_and_validate_at_run_time()
    {
        var compilation = GeneratorHarness.Consumer(KmsKeyOnGpu).AddReferences(SageMaker);
        GeneratorHarness.Driver([]).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        var generated = output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).Select(t => t.ToString()).ToList();
        Assert.Contains(generated, t => t.Contains("internal static class CreateEndpointConfigAwsSdkValidation", StringComparison.Ordinal));
        Assert.Contains(generated, t => t.Contains("AwsModel(\"\", ", StringComparison.Ordinal));
        Assert.DoesNotContain(generated, t => t.Contains("record CreateEndpointConfigInput", StringComparison.Ordinal));
        Assert.Equal(1, Run(output));
    }

    [Fact]
    public void A_project_with_its_own_sagemaker_shape_file_gets_no_second_copy()
    {
        var result = GeneratorHarness.Driver(GeneratorHarness.VendoredFiles())
            .RunGenerators(GeneratorHarness.Consumer().AddReferences(SageMaker)).GetRunResult().Results.Single();

        Assert.Empty((EquatableArray<(ShapeFileResult, FileSettings)>)result.TrackedSteps[TrackingNames.BuiltInShapes].Single().Outputs.Single().Value);
        Assert.Single(result.GeneratedSources, s => s.SourceText.ToString().Contains("static class CreateEndpointConfigAwsSdkValidation", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("public static class CreateEndpointConfigAwsSdkValidation", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_carried_file_cached()
    {
        var compilation = GeneratorHarness.Consumer("namespace Consumer { public class A { } }").AddReferences(SageMaker);
        var driver = GeneratorHarness.Driver([]).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Consumer { public class B { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Cached, result.TrackedSteps[TrackingNames.BuiltInShapes].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, result.TrackedSteps[TrackingNames.EmitSources].Single().Outputs.Single().Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("AWSSDK.DynamoDBv2")]
    public void Without_the_sagemaker_SDK_nothing_is_generated(string? package)
    {
        var compilation = GeneratorHarness.Consumer();
        if (package is not null)
        {
            compilation = compilation.AddReferences(SdkPackages.With(package));
        }

        var result = GeneratorHarness.Driver([]).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    /// <summary>Runs <c>Check.Problems()</c> of the compiled consumer.</summary>
    private static int Run(Compilation output)
    {
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(10)));
        var context = new AssemblyLoadContext("built-in-shapes", isCollectible: true);
        try
        {
            var check = context.LoadFromStream(new MemoryStream(stream.ToArray())).GetType("Check", throwOnError: true)!;
            return (int)check.GetMethod("Problems")!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
