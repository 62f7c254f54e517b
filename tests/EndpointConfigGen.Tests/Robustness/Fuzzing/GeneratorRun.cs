using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EndpointConfigGen.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Fuzzing;

/// <summary>The whole generator as the compiler runs it, for one in-memory shape file.</summary>
internal static class GeneratorRun
{
    // The runtime and CLI assemblies beside the test, so every emitter runs; the output is not compiled here.
    private static readonly CSharpCompilation Empty = GeneratorDriving.Consumer(
        "FuzzConsumer", [], [GeneratorDriving.Library("EndpointConfigGen.Runtime"), GeneratorDriving.Library("EndpointConfigGen.Cli")]);

    private static readonly Dictionary<string, string> NoOptions = [];

    /// <summary>The driver's diagnostics (CS8785 when the generator threw) and the generated texts.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<GeneratedSourceResult> Sources) Run(string path, string text)
    {
        var driver = GeneratorDriving.Driver(new EndpointConfigGenerator().AsSourceGenerator(), [new InMemoryAdditionalText(path, text)], NoOptions)
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
}
