using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Benchmarks.Generator;

/// <summary>Runs the built generator in-process over a model, as the compiler would (cf. GeneratorHarness in the unit tests).</summary>
public static class GeneratorHost
{
    public const string CreateEndpointConfig = nameof(CreateEndpointConfig);
    public const string FullSageMaker = nameof(FullSageMaker);

    public static readonly CSharpParseOptions ParseOptions = GeneratorDriving.ParseOptions;

    private static readonly Lazy<ISourceGenerator> Generator = new(LoadGenerator);

    /// <summary>The model's files: the vendored slice with its rules, or botocore's whole SageMaker model.</summary>
    public static ImmutableArray<AdditionalText> Inputs(string model) => model switch
    {
        CreateEndpointConfig => [File("CreateEndpointConfig.shape.json"), File("CreateEndpointConfig.rules.json")],
        FullSageMaker => [new InMemoryAdditionalText("/models/sagemaker.shape.json", ReadBotocoreModel())],
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    /// <summary>A consumer compilation with one ordinary source file; <paramref name="edit"/> varies that file's text only.</summary>
    public static CSharpCompilation Consumer(int edit = 0) =>
        GeneratorDriving.Consumer(
            "Consumer",
            [CSharpSyntaxTree.ParseText("namespace App { internal static class Unrelated { internal const int Edit = " + edit + "; } }", ParseOptions, "Unrelated.cs")],
            [GeneratorDriving.Library("EndpointConfigGen.Runtime")],
            warningsAsErrors: false);

    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> inputs, bool trackSteps) =>
        GeneratorDriving.Driver(Generator.Value, inputs, GeneratorDriving.RootNamespace("Consumer.Models"), trackSteps: trackSteps);

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
        return InMemoryAdditionalText.FromFile(path);
    }

    private static ISourceGenerator LoadGenerator()
    {
        var assembly = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "generator", "EndpointConfigGen.dll"));
        var type = assembly.GetType("EndpointConfigGen.Pipeline.EndpointConfigGenerator", throwOnError: true)!;
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }
}
