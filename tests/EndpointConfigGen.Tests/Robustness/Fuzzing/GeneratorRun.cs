using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EndpointConfigGen.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EndpointConfigGen.Fuzzing;

/// <summary>The whole generator as the compiler runs it, for one in-memory shape file.</summary>
internal static class GeneratorRun
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    // The runtime and CLI assemblies beside the test, so every emitter runs.
    private static readonly CSharpCompilation Empty = CSharpCompilation.Create(
        "FuzzConsumer",
        [],
        [.. Basic.Reference.Assemblies.Net80.References.All, Library("EndpointConfigGen.Runtime"), Library("EndpointConfigGen.Cli")],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>The driver's diagnostics (CS8785 when the generator threw) and the generated texts.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<GeneratedSourceResult> Sources) Run(string path, string text)
    {
        var driver = CSharpGeneratorDriver.Create([new EndpointConfigGenerator().AsSourceGenerator()], [new Text(path, text)], ParseOptions)
            .RunGenerators(Empty);
        var result = driver.GetRunResult();
        return (result.Diagnostics, result.Results.SelectMany(r => r.GeneratedSources).ToImmutableArray());
    }

    /// <summary>Throws a finding when the generator crashed or reported something other than ECG1xx.</summary>
    public static void Check(string path, string text)
    {
        foreach (var diagnostic in Run(path, text).Diagnostics)
        {
            FuzzChecks.Require(diagnostic.Id.StartsWith("ECG1", System.StringComparison.Ordinal), diagnostic.Id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static MetadataReference Library(string name) =>
        MetadataReference.CreateFromFile(System.IO.Path.Combine(System.AppContext.BaseDirectory, name + ".dll"));

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
