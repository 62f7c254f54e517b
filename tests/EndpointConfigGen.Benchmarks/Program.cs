using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using EndpointConfigGen.Benchmarks.Builds;
using EndpointConfigGen.Benchmarks.Generator;
using EndpointConfigGen.Benchmarks.Parsing;

// Modes: `generator-facts MODEL OUT.json`, `analyzer-consumer DIR [sdk]`, `builds OUT_DIR [PAIRS] [MODEL]`, or
// BenchmarkDotNet's switcher arguments.
if (args.Length >= 2 && args[0] == "builds")
{
    return BuildsMode.Run(args);
}

if (args.Length == 3 && args[0] == "generator-facts")
{
    return GeneratorFacts.Run(args[1], args[2]);
}

if (args.Length is 2 or 3 && args[0] == "analyzer-consumer")
{
    if (args.Length == 3 && args[2] == "sdk")
    {
        EndpointConfigGen.Benchmarks.Analyzer.SdkConsumerProjectWriter.Write(args[1]);
    }
    else
    {
        EndpointConfigGen.Benchmarks.Analyzer.ConsumerProjectWriter.Write(args[1]);
    }

    return 0;
}

// In-process: no per-run project rebuild (minutes on 2 cores); 3 warm-ups and 10 measured iterations keep
// the whole suite within the run budget while the error column stays small.
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10);
var config = DefaultConfig.Instance
    .AddJob(job)
    .AddColumn(new PerByteColumn())
    .AddExporter(JsonExporter.Full)
    .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
// The whole-build benchmarks take their own job and run only in the `builds` mode (run.sh builds).
var types = typeof(ParseBenchmarks).Assembly.GetTypes()
    .Where(t => t.IsPublic && !t.IsAbstract && t.Namespace != typeof(IncrementalBuildBenchmarks).Namespace
        && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), inherit: true)))
    .ToArray();
BenchmarkSwitcher.FromTypes(types).Run(args, config);
return 0;
