using System;
using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// Generated code is only the model: the support code is the referenced runtime assembly, CLI option
/// tables appear only beside the CLI assembly, and a consumer that cannot compile the model gets one diagnostic.
/// </summary>
public class RuntimeReuseTests
{
    private static readonly InMemoryAdditionalText Shape = new("/app/App.shape.json", CachingTests.MiniModel("App", "A"));

    [Fact]
    public void Generated_sources_hold_only_the_models_types()
    {
        var result = GeneratorHarness.Run([Shape]);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.All(result.Sources, s => Assert.StartsWith("App.", s.HintName, StringComparison.Ordinal));
        var declared = result.Sources.SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes())
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax>()
            .Select(n => n.Name.ToString())
            .Distinct();
        Assert.Equal(["Consumer.Models"], declared);
        Assert.Empty(result.CompileDiagnostics);
    }

    [Fact]
    public void Option_tables_are_generated_only_when_the_cli_assembly_is_referenced()
    {
        var withCli = GeneratorHarness.Run([Shape]);
        var withoutCli = Run(GeneratorHarness.Bare().AddReferences(GeneratorHarness.Runtime));

        Assert.Contains(withCli.Sources, s => s.SourceText.ToString().Contains("global::EndpointConfigGen.Cli.CliOperation", StringComparison.Ordinal));
        Assert.DoesNotContain(withoutCli.GeneratedTrees, t => t.ToString().Contains("EndpointConfigGen.Cli", StringComparison.Ordinal));
        Assert.NotEmpty(withoutCli.GeneratedTrees);
        Assert.Empty(withoutCli.Diagnostics);
    }

    [Fact]
    public void A_consumer_without_the_runtime_gets_one_ECG109_and_no_code()
    {
        var run = Run(GeneratorHarness.Bare());

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ECG109", diagnostic.Id);
        Assert.Contains("does not reference EndpointConfigGen.Runtime", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.GeneratedTrees);
    }

    [Fact]
    public void A_runtime_of_another_version_gets_one_ECG110_naming_both_versions()
    {
        var fake = GeneratorHarness.Bare("""
            [assembly: System.Reflection.AssemblyVersion("9.8.7.6")]
            namespace EndpointConfigGen.Runtime
            {
                /// <summary>Stands in for the runtime's type.</summary>
                public sealed class ParamNode { }
            }
            """).WithAssemblyName("EndpointConfigGen.Runtime");
        var reference = MetadataReference.CreateFromImage(new GeneratorResult(GeneratorHarness.Driver([]), fake, []).Emit());

        var run = Run(GeneratorHarness.Bare().AddReferences(reference));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ECG110", diagnostic.Id);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("generator is version " + typeof(EndpointConfigGen.Pipeline.EndpointConfigGenerator).Assembly.GetName().Version, message, StringComparison.Ordinal);
        Assert.Contains("EndpointConfigGen.Runtime is version 9.8.7.6", message, StringComparison.Ordinal);
        Assert.Empty(run.GeneratedTrees);
    }

    [Fact]
    public void A_json_protocol_model_gets_a_client_when_the_client_assembly_is_referenced()
    {
        var compilation = GeneratorHarness.Consumer().AddReferences(GeneratorHarness.Client);
        var driver = GeneratorHarness.Driver([Shape]).RunGenerators(compilation);

        Assert.Empty(driver.GetRunResult().Diagnostics);
        // Small types share a packed file: find the client by its text.
        var text = Assert.Single(driver.GetRunResult().GeneratedTrees, t => t.ToString().Contains("class MiniClient", StringComparison.Ordinal)).ToString();
        Assert.Contains("public sealed partial class MiniClient : global::EndpointConfigGen.Client.JsonServiceClient", text, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class MiniConfig : global::EndpointConfigGen.Client.JsonServiceConfig", text, StringComparison.Ordinal);
        Assert.Contains("AppAsync(AppInput request,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_protocol_gets_the_models_and_an_informational_ECG111_instead_of_a_client()
    {
        var restXml = new InMemoryAdditionalText("/app/Xml.shape.json", CachingTests.MiniModel("Xml", "X").Replace("\"protocol\": \"json\"", "\"protocol\": \"rest-xml\"", StringComparison.Ordinal));
        var compilation = GeneratorHarness.Consumer().AddReferences(GeneratorHarness.Client);
        var run = GeneratorHarness.Driver([restXml]).RunGenerators(compilation).GetRunResult();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("ECG111", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("'rest-xml'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratedTrees, t => t.ToString().Contains("EndpointConfigGen.Client", StringComparison.Ordinal));
        Assert.Contains(run.GeneratedTrees, t => t.ToString().Contains("public sealed partial record XmlInput", StringComparison.Ordinal));
    }

    private static GeneratorDriverRunResult Run(Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation) =>
        GeneratorHarness.Driver([Shape]).RunGenerators(compilation).GetRunResult();
}
