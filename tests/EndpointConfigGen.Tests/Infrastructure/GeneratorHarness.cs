using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EndpointConfigGen.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Tests.Infrastructure;

/// <summary>Runs the generator over shape files and compiles the result as a strict consumer would.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = GeneratorDriving.ParseOptions;

    /// <summary>The package's runtime (lib/net8.0), built beside these tests.</summary>
    public static readonly MetadataReference Runtime = GeneratorDriving.Library("EndpointConfigGen.Runtime");

    /// <summary>The optional CLI assembly, whose presence adds option tables to operations.</summary>
    public static readonly MetadataReference Cli = GeneratorDriving.Library("EndpointConfigGen.Cli");

    /// <summary>
    /// The optional client assembly, whose presence adds a client per json-protocol model. Compilations here
    /// only see it: generated clients are compiled for real by the sample and tests/EndpointConfigGen.Client.Tests.
    /// </summary>
    public static readonly MetadataReference Client = GeneratorDriving.Library("EndpointConfigGen.Client");

    /// <summary>
    /// A consumer with nullable on, every warning an error, and documentation generated, referencing
    /// the runtime and the CLI assembly as the sample front end does.
    /// </summary>
    public static CSharpCompilation Consumer(params string[] sources) =>
        Bare(sources).AddReferences(Runtime, Cli);

    /// <summary>A consumer as <see cref="Consumer"/>, without any assembly of ours.</summary>
    public static CSharpCompilation Bare(params string[] sources) =>
        GeneratorDriving.Consumer("Consumer", GeneratorDriving.Parse(sources), []);

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? options = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null) =>
        GeneratorDriving.Driver(
            new EndpointConfigGenerator().AsSourceGenerator(),
            files,
            options ?? GeneratorDriving.RootNamespace("Consumer.Models"),
            perFile,
            trackSteps: true);

    public static GeneratorResult Run(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? options = null, params string[] sources)
    {
        var compilation = Consumer(sources);
        var driver = Driver(files, options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorResult(driver, (CSharpCompilation)output, generatorDiagnostics);
    }

    public static AdditionalText File(string path) => InMemoryAdditionalText.FromFile(path);

    public static AdditionalText[] VendoredFiles() => [File(Repo.VendoredShape), File(Repo.VendoredRules)];
}

internal sealed record GeneratorResult(GeneratorDriver Driver, CSharpCompilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorDriverRunResult RunResult => Driver.GetRunResult();

    public IEnumerable<GeneratedSourceResult> Sources => RunResult.Results.SelectMany(r => r.GeneratedSources);

    /// <summary>Errors and warnings of the compiled output (everything is an error here).</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    public byte[] Emit()
    {
        using var stream = new MemoryStream();
        var result = Output.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return stream.ToArray();
    }
}
