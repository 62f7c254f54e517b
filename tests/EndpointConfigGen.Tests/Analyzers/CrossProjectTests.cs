using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EndpointConfigGen.Analyzers;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>
/// A project without shape files that builds requests from a referenced project's models is checked as the
/// models' own project is: the analyzers read the model from the referenced assembly's <c>[assembly: AwsModel]</c>.
/// </summary>
public class CrossProjectTests
{
    private const string App = $$"""
        namespace App
        {
            /// <summary>Requests built from another project's models.</summary>
            public static class Requests
            {
                /// <summary>A request with an unknown instance type and no traffic.</summary>
                public static Lib.Models.CreateEndpointConfigInput Bad() => new Lib.Models.CreateEndpointConfigInput
                {
                    EndpointConfigName = "cfg",
                    ProductionVariants = {{Variants}},
                };

                /// <summary>A constant shorthand with a malformed pair.</summary>
                public static Lib.Models.ProductionVariant Parsed() => Lib.Models.ProductionVariant.ParseShorthand("VariantName=a,InstanceType=ml.m5.largee");
            }
        }
        """;

    private const string Variants = """[new Lib.Models.ProductionVariant { VariantName = "a", ModelName = "m", InstanceType = "ml.m5.largee", InitialInstanceCount = 1, InitialVariantWeight = 0 }]""";

    // The unknown instance type in the initializer and in the shorthand, the zero weight, and no traffic at all.
    private static readonly (string Id, string Text)[] Expected =
        [("ECG001", "\"ml.m5.largee\""), ("ECG001", "ml.m5.largee"), ("ECG003", "0"), ("ECG004", Variants)];

    [Fact]
    public async Task Requests_of_a_referenced_projects_models_are_checked()
    {
        var diagnostics = await Analyze(GeneratorHarness.Consumer(App).WithAssemblyName("App").AddReferences(Library()));

        Assert.Equal(Expected, diagnostics.Select(d => (d.Id, Text(d))).Order());
    }

    [Fact]
    public async Task A_model_this_version_cannot_read_is_skipped_and_the_others_still_checked()
    {
        var other = GeneratorHarness.Bare("""[assembly: EndpointConfigGen.Runtime.AwsModel("Other", "ecg0`From another version")]""")
            .AddReferences(GeneratorHarness.Runtime).WithAssemblyName("Other");
        var reference = MetadataReference.CreateFromImage(new GeneratorResult(GeneratorHarness.Driver([]), other, []).Emit());

        var diagnostics = await Analyze(GeneratorHarness.Consumer(App).WithAssemblyName("App").AddReferences(reference, Library()));

        Assert.Equal(Expected, diagnostics.Select(d => (d.Id, Text(d))).Order());
    }

    /// <summary>The vendored model's types, generated into a library of their own.</summary>
    private static MetadataReference Library()
    {
        var library = GeneratorHarness.Run(GeneratorHarness.VendoredFiles(), new Dictionary<string, string> { ["build_property.RootNamespace"] = "Lib.Models" });
        Assert.Empty(library.CompileDiagnostics);
        return MetadataReference.CreateFromImage(new GeneratorResult(library.Driver, library.Output.WithAssemblyName("Lib"), []).Emit());
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation) =>
        await compilation.WithAnalyzers([new RequestAnalyzer()], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false))
            .GetAnalyzerDiagnosticsAsync();

    private static string Text(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
}
