using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Benchmarks.Generator;

/// <summary>
/// Issue item 5, the facts BenchmarkDotNet does not give: the first run in a fresh process (JIT included),
/// output size, errors when the output compiles, and the step reasons of a re-run after an unrelated edit.
/// Run once per model in its own process (run.sh does): <c>generator-facts MODEL OUT.json</c>.
/// </summary>
public static class GeneratorFacts
{
    public static int Run(string model, string outPath)
    {
        var inputs = GeneratorHost.Inputs(model);
        var consumer = GeneratorHost.Consumer(0);

        var clock = Stopwatch.StartNew();
        var driver = GeneratorHost.Driver(inputs, trackSteps: true).RunGeneratorsAndUpdateCompilation(consumer, out var output, out var generatorDiagnostics);
        var firstRunMs = clock.Elapsed.TotalMilliseconds;

        var sources = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToList();

        clock.Restart();
        var compileErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var compileMs = clock.Elapsed.TotalMilliseconds;

        var rerun = driver.RunGenerators(GeneratorHost.Consumer(1)).GetRunResult().Results.Single();
        // "Compilation" is Roslyn's input node: the edit itself, the one thing expected to change.
        var notCached = rerun.TrackedSteps.Concat(rerun.TrackedOutputSteps)
            .Where(step => step.Key != "Compilation")
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(o => (step.Key, o.Reason))))
            .Where(s => s.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(s => s.Key + ":" + s.Reason)
            .Distinct()
            .ToList();

        var bytes = sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        var shapes = ShapeCount(inputs[0]);
        var facts = new Dictionary<string, object>
        {
            ["model"] = model,
            ["inputBytes"] = inputs.Sum(i => Encoding.UTF8.GetByteCount(i.GetText()!.ToString())),
            ["firstRunInProcessMs"] = firstRunMs,
            ["files"] = sources.Count,
            ["bytes"] = bytes,
            ["shapes"] = shapes,
            ["bytesPerShape"] = bytes / (double)shapes,
            ["generatorErrors"] = generatorDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            ["generatorWarnings"] = generatorDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            ["compileErrors"] = compileErrors.Count,
            ["compileDiagnosticsMs"] = compileMs,
            ["firstCompileErrors"] = compileErrors.Take(5).Select(d => d.ToString()).ToList(),
            ["rerunStepsNotCached"] = notCached,
        };
        File.WriteAllText(outPath, JsonSerializer.Serialize(facts, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine(File.ReadAllText(outPath));
        return 0;
    }

    /// <summary>The model's shapes as botocore counts them (every entry of "shapes"), the denominator of issue 17's per-shape size.</summary>
    private static int ShapeCount(AdditionalText model)
    {
        using var document = JsonDocument.Parse(model.GetText()!.ToString());
        return document.RootElement.GetProperty("shapes").EnumerateObject().Count();
    }
}
