using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EndpointConfigGen.Benchmarks.Generator;

/// <summary>Runs the built generator in-process over a model, as the compiler would (cf. GeneratorHarness in the unit tests).</summary>
public static class GeneratorHost
{
    public const string CreateEndpointConfig = nameof(CreateEndpointConfig);
    public const string FullSageMaker = nameof(FullSageMaker);

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private static readonly Lazy<ISourceGenerator> Generator = new(LoadGenerator);

    /// <summary>The model's files: the vendored slice with its rules, or botocore's whole SageMaker model.</summary>
    public static ImmutableArray<AdditionalText> Inputs(string model) => model switch
    {
        CreateEndpointConfig => [File("CreateEndpointConfig.shape.json"), File("CreateEndpointConfig.rules.json")],
        FullSageMaker => [new TextFile("/models/sagemaker.shape.json", ReadBotocoreModel())],
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    /// <summary>A consumer compilation with one ordinary source file; <paramref name="edit"/> varies that file's text only.</summary>
    public static CSharpCompilation Consumer(int edit = 0) =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("namespace App { internal static class Unrelated { internal const int Edit = " + edit + "; } }", ParseOptions, "Unrelated.cs")],
            [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "EndpointConfigGen.Runtime.dll"))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> inputs, bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            [Generator.Value],
            inputs,
            ParseOptions,
            new OptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer.Models" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>botocore's SageMaker model, decompressed; <c>ECG_BOTOCORE_MODEL</c> overrides where it is read from.</summary>
    public static string ReadBotocoreModel()
    {
        var path = Environment.GetEnvironmentVariable("ECG_BOTOCORE_MODEL") ?? FindBotocoreModel();
        using var gzip = new GZipStream(System.IO.File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    private static string FindBotocoreModel()
    {
        var info = new ProcessStartInfo("python3", ["-c", "import botocore, os; print(os.path.dirname(botocore.__file__))"]) { RedirectStandardOutput = true };
        using var python = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        var root = python.StandardOutput.ReadToEnd().Trim();
        python.WaitForExit();
        return Path.Combine(root, "data", "sagemaker", "2017-07-24", "service-2.json.gz");
    }

    private static AdditionalText File(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "shapes", name);
        return new TextFile(path, System.IO.File.ReadAllText(path));
    }

    private static ISourceGenerator LoadGenerator()
    {
        var assembly = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "generator", "EndpointConfigGen.dll"));
        var type = assembly.GetType("EndpointConfigGen.Pipeline.EndpointConfigGenerator", throwOnError: true)!;
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }

    private sealed class TextFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
