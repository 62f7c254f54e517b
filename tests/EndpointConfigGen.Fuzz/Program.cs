using System;
using System.Globalization;
using System.IO;
using EndpointConfigGen.Fuzzing;

// dotnet EndpointConfigGen.Fuzz.dll TARGET [--inputs N] [--seed S] [--minutes M]
// Prints one summary line; findings are saved under TARGET/regressions/. Exit 1 on any finding.
// dotnet EndpointConfigGen.Fuzz.dll models [--filter a,b] ...: every botocore model generated and compiled (AllModels.cs, run-models.sh).
if (args.Length > 0 && args[0] == "models")
{
    Environment.Exit(EndpointConfigGen.Fuzz.AllModels.Run(args[1..], Repo.Root));
}

var target = FuzzTargets.ByName(args.Length > 0 ? args[0] : throw new ArgumentException("usage: TARGET [--inputs N] [--seed S] [--minutes M]"));
var inputs = Option("--inputs", 1_000_000L);
var seed = (int)Option("--seed", 1L);
var minutes = Option("--minutes", 0L);
var root = Repo.Root;

var report = FuzzRunner.Run(
    target,
    FuzzTargets.Inputs(root, target, "corpus"),
    seed,
    inputs,
    TimeSpan.FromSeconds(2),
    minutes > 0 ? TimeSpan.FromMinutes(minutes) : null);

foreach (var finding in report.Findings)
{
    var saved = FuzzTargets.SaveRegression(root, target, finding);
    Console.Error.WriteLine($"FINDING {finding.Kind} {finding.Signature}\n  input: {saved}\n  {finding.Detail.Replace("\n", "\n  ", StringComparison.Ordinal)}");
}

if (report.Slowest is not null)
{
    // Kept out of the corpus (dot file): the slowest input is what to look at for performance.
    File.WriteAllText(Path.Combine(FuzzTargets.Folder(root, target, "corpus"), "..", ".slowest"), report.Slowest);
}

var extra = target is EndpointConfigGen.Fuzzing.Targets.ShapeReaderTarget shapes ? $" driver-runs={shapes.DriverRuns}" : string.Empty;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"target={report.Target} seed={seed} inputs={report.Inputs} accepted={report.Accepted} findings={report.Findings.Count} seconds={report.Elapsed.TotalSeconds:F0} slowest-ms={report.SlowestInput.TotalMilliseconds:F0}{extra}"));
// A hang leaves the worker thread stuck; exit rather than wait for it.
Environment.Exit(report.Findings.Count == 0 ? 0 : 1);

long Option(string name, long fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? long.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
