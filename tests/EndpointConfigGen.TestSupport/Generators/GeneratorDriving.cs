using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.TestSupport;

/// <summary>
/// The generator as the compiler runs it, over a consumer compilation against the .NET 8 reference assemblies
/// (nothing downloaded at test time). The generator is passed in: this project does not reference it, so the
/// test projects that load it (in-process, or from a built copy) keep their own way of doing so.
/// </summary>
public static class GeneratorDriving
{
    /// <summary>C# 12, the language of a net8.0 consumer, with documentation comments checked as a consumer with docs on.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    /// <summary>The RootNamespace a consumer project passes when a test gives no options.</summary>
    public static IReadOnlyDictionary<string, string> RootNamespace(string name) =>
        new Dictionary<string, string> { ["build_property.RootNamespace"] = name };

    /// <summary>
    /// A strict consumer: nullable on and, with <paramref name="warningsAsErrors"/>, every warning an error; the .NET 8
    /// reference assemblies plus <paramref name="references"/>.
    /// </summary>
    public static CSharpCompilation Consumer(string assemblyName, IEnumerable<SyntaxTree> sources, IEnumerable<MetadataReference> references, bool warningsAsErrors = true) =>
        CSharpCompilation.Create(
            assemblyName,
            sources,
            [.. Basic.Reference.Assemblies.Net80.References.All, .. references],
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: warningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default,
                deterministic: true));

    /// <summary>Parses <paramref name="sources"/> with <see cref="ParseOptions"/>.</summary>
    public static IEnumerable<SyntaxTree> Parse(params string[] sources) =>
        sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions));

    /// <summary>An assembly built beside the running tests (the runtime, the CLI or the client library), by name.</summary>
    public static MetadataReference Library(string name) =>
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, name + ".dll"));

    /// <summary>A driver for <paramref name="generator"/> over <paramref name="files"/>, with the given MSBuild options.</summary>
    public static GeneratorDriver Driver(
        ISourceGenerator generator,
        IEnumerable<AdditionalText> files,
        IReadOnlyDictionary<string, string> options,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null,
        bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [generator],
            files,
            ParseOptions,
            new TestOptionsProvider(options, perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
}
