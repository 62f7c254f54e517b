using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace EndpointConfigGen.Benchmarks.Builds;

/// <summary>
/// <c>builds OUT_DIR [PAIRS] [MODEL]</c>: runs <see cref="IncrementalBuildBenchmarks"/> (one warm-up pair, then
/// PAIRS measured pairs, default 7) and writes OUT_DIR/builds.json and OUT_DIR/builds.md (the RESULTS.md section table).
/// </summary>
public static class BuildsMode
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var outDir = Directory.CreateDirectory(args[1]).FullName;
        var pairs = args.Length > 2 ? int.Parse(args[2], Invariant) : 7;
        var only = args.Length > 3 ? args[3] : null;
        var loadBefore = LoadAverage();

        // In-process (the operation is two child `dotnet build`s; a generated host would add nothing), with a
        // timeout far above the default 5 minutes: a full-model case takes 10 minutes or more on 2 cores.
        var job = Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(3), logOutput: true))
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(pairs)
            .WithInvocationCount(1).WithUnrollFactor(1);
        var config = DefaultConfig.Instance.AddJob(job).AddExporter(JsonExporter.Full)
            .WithArtifactsPath(Path.Combine(outDir, "bdn"))
            .WithOptions(ConfigOptions.DisableLogFile);
        if (only is not null)
        {
            config = config.AddFilter(new SimpleFilter(b => b.Parameters["Model"] as string == only));
        }

        var workspace = BuildWorkspace.Current;
        try
        {
            BenchmarkRunner.Run<IncrementalBuildBenchmarks>(config);
            var check = workspace.RunApp("Small");
            if (!check.Contains("\"EndpointConfigName\":\"bench-", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the Small app did not print its request: " + check);
            }
        }
        finally
        {
            workspace.Shutdown();
        }

        var results = new Dictionary<string, object>
        {
            ["pairs"] = pairs,
            ["loadAverageBefore"] = loadBefore,
            ["loadAverageAfter"] = LoadAverage(),
            ["work"] = workspace.Work,
        };
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Load average (1/5/15 min) before: {loadBefore}; after: {LoadAverage()}.");
        md.AppendLine();
        md.AppendLine("| # | measure | with the package | without | ratio | target | |");
        md.AppendLine("|---|---|---:|---:|---:|---|---|");
        var raw = new StringBuilder();
        foreach (var (model, all) in IncrementalBuildBenchmarks.Samples)
        {
            if (all.Count < pairs)
            {
                throw new InvalidOperationException($"{model}: {all.Count} samples, expected at least {pairs}");
            }

            var measured = all.Skip(all.Count - pairs).ToList(); // the jitting and warm-up invocations come first
            var with = Stats(measured.Select(s => s.With.TotalSeconds));
            var without = Stats(measured.Select(s => s.Without.TotalSeconds));
            var ratio = with.Median / without.Median;
            results[model] = new
            {
                with,
                without,
                ratioOfMedians = ratio,
                samples = measured.Select(s => new { with = s.With.TotalSeconds, without = s.Without.TotalSeconds, s.WithFirst }),
                discarded = all.Take(all.Count - pairs).Select(s => new { with = s.With.TotalSeconds, without = s.Without.TotalSeconds }),
            };
            var cell = (Func<Stat, string>)(s => $"{s.Median:F2} s ({s.Min:F2}–{s.Max:F2})");
            if (model == "FullSageMaker")
            {
                md.AppendLine(Invariant, $"| 2 | full SageMaker model (every operation): incremental `dotnet build` after editing Program.cs, median of {pairs} interleaved pairs (min–max) | {cell(with)} | {cell(without)} | {ratio:F2}x | ≤ 30 s | {(with.Median <= 30 ? "met" : "**missed**")} |");
            }
            else
            {
                md.AppendLine(Invariant, $"| 1 | CreateEndpointConfig app: incremental `dotnet build` after editing Program.cs, median of {pairs} interleaved pairs (min–max) | {cell(with)} | {cell(without)} | {ratio:F2}x | ≤ 1.3x | {(ratio <= 1.3 ? "met" : "**missed**")} |");
            }

            raw.Append("- ").Append(model).Append(", seconds (with / without, in run order): ").AppendLine(string.Join(", ", measured.Select(s => $"{s.With.TotalSeconds:F2} / {s.Without.TotalSeconds:F2}")));
        }

        md.AppendLine();
        md.Append(raw);
        File.WriteAllText(Path.Combine(outDir, "builds.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        File.WriteAllText(Path.Combine(outDir, "builds.md"), md.ToString());
        Console.WriteLine(md);
        return 0;
    }

    public sealed record Stat(double Median, double Min, double Max, int Count);

    private static Stat Stats(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        return new Stat(median, sorted[0], sorted[^1], n);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
