using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Threading;
using EndpointConfigGen.Emitters;
using EndpointConfigGen.Model;
using EndpointConfigGen.Pipeline;
using EndpointConfigGen.Reader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Fuzz;

/// <summary>
/// <c>models</c> mode (run-models.sh): the generator over every service model of the installed botocore
/// (newest version per service), each output compiled as a strict consumer compiles it (nullable on,
/// warnings as errors, documentation diagnosed, net8.0, runtime + CLI + client + AWSSDK.Core referenced).
/// One model at a time: generate, compile, record, drop. Results are appended to a JSON-lines file as they
/// come, so an interrupted run resumes (<c>--resume</c>) and a model that kills the process is recorded as
/// a crash; <c>MODELS.md</c> is written from that file at the end (or alone with <c>--report-only</c>).
/// </summary>
/// <remarks>
/// Options: <c>--filter a,b</c> (service names; <c>*</c> wildcards), <c>--protocol json</c> (only models of
/// that protocol), <c>--sample N</c> (with --protocol: also every Nth model of the other protocols),
/// <c>--shard I/N</c> (lane I of N, balanced by shape count; results.I.jsonl, no report),
/// <c>--out DIR</c> (results*.jsonl; default /tmp/ecg-models), <c>--report PATH</c> (default
/// tests/EndpointConfigGen.Fuzz/MODELS.md), <c>--resume</c> (skip models already recorded), <c>--resume --rerun</c> (run the selected ones again; the newer result counts), <c>--report-only</c>, <c>--timeout-minutes M</c>
/// (per model, default 30), <c>--dump-largest</c> (keep each model's three largest types under OUT/generated), <c>--max-shapes N</c> (skip larger models, recorded as skipped), <c>--no-compile</c>
/// (generator and sizes only, a quick pass over every model; a compiled result of the same model wins in the report).
/// </remarks>
internal static class AllModels
{
    /// <summary>The issue 12 bound: generated source per shape of the model.</summary>
    public const int BytesPerShapeLimit = 20 * 1024;


    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly Regex ClientDeclaration = new(@"public sealed partial class (\w+) : global::EndpointConfigGen\.Client\.JsonServiceClient", RegexOptions.Compiled);

    public static int Run(string[] args, string root)
    {
        // The generator project and the runtime (PackageId "EndpointConfigGen") share a name, so this exe's
        // deps.json lists EndpointConfigGen.Runtime.dll under "EndpointConfigGen" and not the generator's
        // EndpointConfigGen.dll, which the host then cannot find although it is in the bin folder.
        System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += static (context, name) =>
        {
            var file = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(file) ? context.LoadFromAssemblyPath(file) : null;
        };
        return RunModels(args, root);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int RunModels(string[] args, string root)
    {
        var outDir = Option(args, "--out") ?? "/tmp/ecg-models";
        var reportPath = Option(args, "--report") ?? Path.Combine(root, "tests", "EndpointConfigGen.Fuzz", "MODELS.md");
        var shard = Option(args, "--shard") is { } s ? s.Split('/') : null;
        var suffix = shard is null ? string.Empty : "." + shard[0];
        var resultsPath = Path.Combine(outDir, "results" + suffix + ".jsonl");
        var currentPath = Path.Combine(outDir, ".current" + suffix);
        Directory.CreateDirectory(outDir);

        var data = BotocoreData();
        var all = Models(data);
        var selected = Select(all, args);
        if (shard is not null)
        {
            selected = Shard(selected, int.Parse(shard[0], CultureInfo.InvariantCulture), int.Parse(shard[1], CultureInfo.InvariantCulture));
        }

        if (!args.Contains("--report-only"))
        {
            if (!args.Contains("--resume"))
            {
                // A lane (--shard) clears only its own results; run-models.sh clears the folder for a new run.
                foreach (var stale in shard is null ? Directory.GetFiles(outDir, "results*.jsonl") : [resultsPath])
                {
                    File.Delete(stale);
                }

                File.Delete(currentPath);
            }

            // Done by any lane of any earlier invocation, so a resumed run may select and deal differently.
            var compile = !args.Contains("--no-compile");
            var done = args.Contains("--rerun")
                ? new HashSet<string>(StringComparer.Ordinal)
                : ReadAllResults(outDir).Where(r => !r.NotCompiled || !compile).Select(r => r.Service).ToHashSet(StringComparer.Ordinal);
            if (File.Exists(currentPath))
            {
                // The process died inside this model (a stack overflow or an out-of-memory kill cannot be caught).
                var crashed = File.ReadAllText(currentPath).Trim();
                if (crashed.Length > 0 && done.Add(crashed))
                {
                    var entry = all.FirstOrDefault(m => m.Service == crashed);
                    Append(resultsPath, new ModelResult { Service = crashed, Version = entry?.Version ?? string.Empty, Status = "crash", Findings = ["the process died while generating or compiling this model"] });
                }

                File.Delete(currentPath);
            }

            var timeout = TimeSpan.FromMinutes(double.Parse(Option(args, "--timeout-minutes") ?? "30", CultureInfo.InvariantCulture));
            var maxShapes = int.Parse(Option(args, "--max-shapes") ?? int.MaxValue.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var runner = new ModelRunner(root, Path.Combine(outDir, "generated")) { DumpLargest = args.Contains("--dump-largest") };
            var build = BuildStamp(root);
            Console.WriteLine("generator build: " + build);
            var todo = selected.Where(m => !done.Contains(m.Service)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"botocore data {data}: {all.Count} models, {selected.Count} selected, {todo.Count} to run"));
            var n = 0;
            foreach (var model in todo)
            {
                n++;
                File.WriteAllText(currentPath, model.Service);
                var result = runner.Run(model, timeout, maxShapes, compile);
                result.Build = build;
                result.Finished = DateTime.UtcNow;
                Append(resultsPath, result);
                File.Delete(currentPath);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{n}/{todo.Count}] {result.Service} {result.Protocol} status={result.Status} shapes={result.Shapes} bytes={result.TotalBytes} per-shape={result.BytesPerShape:F0} largest={result.LargestType}:{result.LargestTypeBytes} client={result.Client ?? "-"} errors={result.CompileErrors} warnings={result.CompileWarnings} gen-ms={result.GenerateMs} compile-ms={result.CompileMs}"));
                foreach (var finding in result.Findings)
                {
                    Console.WriteLine("    finding: " + finding);
                }

                foreach (var message in result.FirstCompileMessages.Take(3))
                {
                    Console.WriteLine("    " + message);
                }

                // Bounded memory: nothing of this model is referenced any more.
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }

        var results = shard is null ? ReadAllResults(outDir) : ReadResults(resultsPath);
        if (shard is null)
        {
            File.WriteAllText(reportPath, Report(results, all, selected, data));
            Console.WriteLine("wrote " + reportPath);
        }

        var bad = results.Count(r => r.Status != "ok");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"models={results.Count} ok={results.Count - bad} not-ok={bad}"));
        return bad == 0 ? 0 : 1;
    }

    /// <summary>Which generator ran: the repository's commit, whether src/ had uncommitted edits, and the generator dll's time.</summary>
    private static string BuildStamp(string root)
    {
        string Git(string arguments)
        {
            var info = new ProcessStartInfo("git", "-C \"" + root + "\" " + arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }

        var dll = typeof(EndpointConfigGenerator).Assembly.Location;
        var dirty = Git("status --porcelain -- src").Length > 0 ? "+edits in src" : string.Empty;
        return F($"{Git("rev-parse --short HEAD")}{dirty}, generator dll {File.GetLastWriteTimeUtc(dll):yyyy-MM-dd HH:mm} UTC");
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>Lane <paramref name="index"/> of <paramref name="count"/>: models dealt largest first to the lane with the fewest shapes so far.</summary>
    private static List<ModelFile> Shard(List<ModelFile> models, int index, int count)
    {
        var load = new long[count];
        var lanes = new int[models.Count];
        var bySize = Enumerable.Range(0, models.Count).OrderByDescending(i => models[i].Shapes).ThenBy(i => models[i].Service, StringComparer.Ordinal);
        foreach (var i in bySize)
        {
            var lane = Array.IndexOf(load, load.Min());
            lanes[i] = lane;
            load[lane] += models[i].Shapes + 20; // a model's fixed cost, in shapes
        }

        return models.Where((_, i) => lanes[i] == index).ToList();
    }

    private static List<ModelFile> Select(List<ModelFile> all, string[] args)
    {
        IEnumerable<ModelFile> selected = all;
        if (Option(args, "--filter") is { } filter)
        {
            var patterns = filter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => new Regex("^" + Regex.Escape(p).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase))
                .ToList();
            selected = selected.Where(m => patterns.Any(p => p.IsMatch(m.Service)));
        }

        if (Option(args, "--protocol") is { } protocol)
        {
            var sample = int.Parse(Option(args, "--sample") ?? "0", CultureInfo.InvariantCulture);
            // Every Nth model of each other protocol, the first included, so each protocol is represented.
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            selected = selected.Where(m => m.Protocol == protocol || (sample > 0 && Next(seen, m.Protocol) % sample == 0)).ToList();
        }

        return selected.ToList();
    }

    private static int Next(Dictionary<string, int> counters, string key)
    {
        var n = counters.GetValueOrDefault(key);
        counters[key] = n + 1;
        return n;
    }

    /// <summary>botocore's data folder, from the python3 the AWS CLI v1 uses.</summary>
    private static string BotocoreData()
    {
        var info = new ProcessStartInfo("python3", "-c \"import botocore,os;print(os.path.dirname(botocore.__file__))\"") { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var folder = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0 || folder.Length == 0)
        {
            throw new InvalidOperationException("botocore is not installed for python3");
        }

        return Path.Combine(folder, "data");
    }

    /// <summary>Every service with a service-2.json.gz, at its newest version (versions are dates, so ordinal order).</summary>
    private static List<ModelFile> Models(string data)
    {
        var models = new List<ModelFile>();
        foreach (var service in Directory.GetDirectories(data).Order(StringComparer.Ordinal))
        {
            var newest = Directory.GetDirectories(service)
                .Where(v => File.Exists(Path.Combine(v, "service-2.json.gz")))
                .Order(StringComparer.Ordinal)
                .LastOrDefault();
            if (newest is not null)
            {
                var file = Path.Combine(newest, "service-2.json.gz");
                var (protocol, shapes) = Facts(file);
                models.Add(new ModelFile(Path.GetFileName(service), Path.GetFileName(newest), file, protocol, shapes));
            }
        }

        return models;
    }

    private static (string Protocol, int Shapes) Facts(string file)
    {
        using var document = JsonDocument.Parse(Decompress(file));
        var protocol = document.RootElement.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("protocol", out var p)
            ? p.GetString() ?? string.Empty
            : string.Empty;
        var shapes = document.RootElement.TryGetProperty("shapes", out var s) && s.ValueKind == JsonValueKind.Object ? s.EnumerateObject().Count() : 0;
        return (protocol, shapes);
    }

    internal static string Decompress(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Append(string path, ModelResult result) =>
        File.AppendAllText(path, JsonSerializer.Serialize(result, Json) + "\n");

    private static List<ModelResult> ReadAllResults(string folder) =>
        Directory.GetFiles(folder, "results*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadResults)
            .GroupBy(r => r.Service, StringComparer.Ordinal)
            .Select(g => g.Where(r => !r.NotCompiled).MaxBy(r => r.Finished) ?? g.MaxBy(r => r.Finished)!)
            .OrderBy(r => r.Service, StringComparer.Ordinal).ToList();

    private static List<ModelResult> ReadResults(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        // A later line for the same service (a rerun with --resume --filter) replaces the earlier one.
        var byService = new Dictionary<string, ModelResult>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var result = JsonSerializer.Deserialize<ModelResult>(line, Json)!;
            byService[result.Service] = result;
        }

        return byService.Values.OrderBy(r => r.Service, StringComparer.Ordinal).ToList();
    }

    private static string Report(List<ModelResult> results, List<ModelFile> all, List<ModelFile> selected, string data)
    {
        var md = new StringBuilder();
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        var ok = results.Count(r => r.Status == "ok");
        var compileErrors = results.Where(r => r.CompileErrors + r.CompileWarnings > 0).ToList();
        var findings = results.Where(r => r.Findings.Count > 0).ToList();
        var json = results.Where(r => r.Protocol == ServiceMetadata.JsonProtocol).ToList();
        var protocols = all.GroupBy(m => m.Protocol).OrderByDescending(g => g.Count()).Select(g => F($"{g.Key} {g.Count()}"));

        md.AppendLine("# Every botocore model through the generator");
        md.AppendLine();
        md.AppendLine("`tests/EndpointConfigGen.Fuzz/run-models.sh` (`dotnet EndpointConfigGen.Fuzz.dll models`, Release): for each");
        md.AppendLine("service model of the installed botocore (newest version per service) the real incremental generator runs");
        md.AppendLine("through a `CSharpGeneratorDriver` (`build_property.RootNamespace = Models.<Service>`, shape file");
        md.AppendLine("`<service>.shape.json`), with EndpointConfigGen.Runtime, .Cli, .Client and AWSSDK.Core referenced, and");
        md.AppendLine("its output is compiled as a strict consumer compiles it: net8.0 reference assemblies, C# 12, nullable");
        md.AppendLine("on, every warning an error, documentation diagnosed. Per-type sizes come from running the emitters");
        md.AppendLine("directly (`SourceBuilder.Build`, before files are packed). Bytes are UTF-8 bytes of generated source;");
        md.AppendLine(F($"\"per shape\" is total bytes / the model's shape count (every shape, as botocore counts them); the bound is {BytesPerShapeLimit:N0} bytes (20 KiB)."));
        md.AppendLine();
        md.AppendLine(F($"- botocore data: `{data}` ({all.Count} models: {string.Join(", ", protocols)})."));
        md.AppendLine(F($"- report written {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {results.Count} of {all.Count} models recorded ({selected.Count} selected in the last invocation)."));
        foreach (var build in results.GroupBy(r => r.Build ?? "not recorded").OrderByDescending(g => g.Count()))
        {
            md.AppendLine(F($"- generator build `{build.Key}`: {build.Count()} models."));
        }

        var missing = all.Select(m => m.Service).Except(results.Select(r => r.Service)).ToList();
        if (missing.Count > 0)
        {
            md.AppendLine(F($"- not run: {missing.Count} models ({string.Join(", ", missing.Take(40))}{(missing.Count > 40 ? ", ..." : string.Empty)})."));
        }

        md.AppendLine();
        md.AppendLine("## Totals");
        md.AppendLine();
        md.AppendLine("| | models |");
        md.AppendLine("|---|---|");
        var compiled = results.Where(r => !r.NotCompiled).ToList();
        md.AppendLine(F($"| generated (the generator ran) | {results.Count} |"));
        md.AppendLine(F($"| compiled | {compiled.Count} (generated only, --no-compile: {results.Count - compiled.Count}) |"));
        md.AppendLine(F($"| ok: compiled clean, expected generator diagnostics only | {compiled.Count(r => r.Status == "ok")} |"));
        md.AppendLine(F($"| generated only, expected generator diagnostics only (not compiled) | {results.Count(r => r.NotCompiled && r.Status == "ok")} |"));
        md.AppendLine(F($"| with compile errors or warnings | {compileErrors.Count} |"));
        md.AppendLine(F($"| with findings (ECG199, CS8785, unexpected or missing ECG111, other generator diagnostics, over the per-shape bound, crash, timeout) | {findings.Count} |"));
        md.AppendLine(F($"| json protocol | {json.Count} (with a client: {json.Count(r => r.Client is not null)}; compiled: {json.Count(r => !r.NotCompiled)}; compiled clean: {json.Count(r => !r.NotCompiled && r.Status == "ok")}) |"));
        md.AppendLine(F($"| other protocols | {results.Count - json.Count} (with ECG111 exactly once: {results.Count(r => r.Protocol != ServiceMetadata.JsonProtocol && r.GeneratorDiagnostics.GetValueOrDefault("ECG111") == 1)}; with a client: {results.Count(r => r.Protocol != ServiceMetadata.JsonProtocol && r.Client is not null)}) |"));
        md.AppendLine(F($"| over {BytesPerShapeLimit:N0} bytes per shape | {results.Count(r => r.BytesPerShape > BytesPerShapeLimit)} |"));
        md.AppendLine(F($"| shapes / generated types / bytes, all models | {results.Sum(r => (long)r.Shapes):N0} / {results.Sum(r => (long)r.GeneratedTypes):N0} / {results.Sum(r => r.TotalBytes):N0} |"));
        md.AppendLine(F($"| time: generate / compile (s), all models | {results.Sum(r => r.GenerateMs) / 1000.0:F0} / {results.Sum(r => r.CompileMs) / 1000.0:F0} |"));
        var peak = results.Max(r => r.PeakWorkingSetMb);
        md.AppendLine(F($"| peak working set of the process (MB) | {peak} |"));
        md.AppendLine();

        md.AppendLine("## Failures");
        md.AppendLine();
        var failures = results.Where(r => r.Status != "ok").ToList();
        if (failures.Count == 0)
        {
            md.AppendLine("None.");
        }

        foreach (var r in failures)
        {
            md.AppendLine(F($"### {r.Service} ({r.Protocol}, {Status(r)})"));
            md.AppendLine();
            md.AppendLine(F($"serviceId `{r.ServiceId}`, {r.Shapes:N0} shapes, {r.Operations} operations, client `{r.Client ?? "-"}`; generator: {Diagnostics(r)}; compile: {r.CompileErrors} errors, {r.CompileWarnings} warnings {Ids(r.CompileIds)}"));
            md.AppendLine();
            foreach (var finding in r.Findings)
            {
                md.AppendLine("- " + finding);
            }

            foreach (var message in r.FirstGeneratorMessages.Where(m => !r.Findings.Contains(m)))
            {
                md.AppendLine("- generator: `" + message + "`");
            }

            foreach (var message in r.FirstCompileMessages)
            {
                md.AppendLine("- `" + message + "`");
            }

            md.AppendLine();
        }

        md.AppendLine("## json-protocol models and their clients");
        md.AppendLine();
        md.AppendLine("| model | serviceId | client | operations | shapes | status |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in json)
        {
            md.AppendLine(F($"| {r.Service} | {r.ServiceId} | {r.Client ?? "**none**"} | {r.Operations} | {r.Shapes:N0} | {Status(r)} |"));
        }

        md.AppendLine();
        md.AppendLine("## Largest bytes per shape (top 15)");
        md.AppendLine();
        md.AppendLine("Bytes by kind of type: operation classes (name, skeleton accessors and CLI option table), structures (record, JSON,");
        md.AppendLine("shorthand, validation), schema and rules classes, enums, client; in KB (1,000 bytes).");
        md.AppendLine();
        md.AppendLine("| model | protocol | shapes | generated types | total bytes | bytes/shape | largest type | its bytes | operation / structure / schema / enum / client KB |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results.Where(r => r.Shapes > 0).OrderByDescending(r => r.BytesPerShape).Take(15))
        {
            md.AppendLine(F($"| {r.Service} | {r.Protocol} | {r.Shapes:N0} | {r.GeneratedTypes:N0} | {r.TotalBytes:N0} | {r.BytesPerShape:N0} | {r.LargestType} | {r.LargestTypeBytes:N0} | {Kinds(r)} |"));
        }

        md.AppendLine();
        md.AppendLine(F($"## Over {BytesPerShapeLimit:N0} bytes per shape"));
        md.AppendLine();
        var over = results.Where(r => r.BytesPerShape > BytesPerShapeLimit).OrderByDescending(r => r.BytesPerShape).ToList();
        md.AppendLine(over.Count == 0 ? "None." : string.Join(Environment.NewLine, over.Select(r => F($"- {r.Service}: {r.BytesPerShape:N0} bytes/shape ({r.TotalBytes:N0} bytes, {r.Shapes} shapes; largest {r.LargestType} {r.LargestTypeBytes:N0})"))));
        md.AppendLine();
        md.AppendLine("## Largest single generated types (top 15 over all models)");
        md.AppendLine();
        md.AppendLine("| model | type | bytes |");
        md.AppendLine("|---|---|---|");
        foreach (var (service, type, bytes) in results.SelectMany(r => r.TopTypes.Select(t => (r.Service, t.Name, t.Bytes))).OrderByDescending(t => t.Bytes).Take(15))
        {
            md.AppendLine(F($"| {service} | {type} | {bytes:N0} |"));
        }

        md.AppendLine();
        md.AppendLine("## Slowest models (top 10)");
        md.AppendLine();
        md.AppendLine("| model | shapes | generate ms | compile ms |");
        md.AppendLine("|---|---|---|---|");
        foreach (var r in results.OrderByDescending(r => r.GenerateMs + r.CompileMs).Take(10))
        {
            md.AppendLine(F($"| {r.Service} | {r.Shapes:N0} | {r.GenerateMs:N0} | {r.CompileMs:N0} |"));
        }

        md.AppendLine();
        md.AppendLine("## Every model");
        md.AppendLine();
        md.AppendLine("| model | version | protocol | status | shapes | ops | bytes | bytes/shape | largest type (bytes) | generator | compile e/w | client | gen+compile s |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            md.AppendLine(F($"| {r.Service} | {r.Version} | {r.Protocol} | {Status(r)} | {r.Shapes:N0} | {r.Operations} | {r.TotalBytes:N0} | {r.BytesPerShape:N0} | {r.LargestType} ({r.LargestTypeBytes:N0}) | {Diagnostics(r)} | {(r.NotCompiled ? "n/a" : F($"{r.CompileErrors}/{r.CompileWarnings}"))} | {r.Client ?? "-"} | {(r.GenerateMs + r.CompileMs) / 1000.0:F1} |"));
        }

        return md.ToString();
    }

    private static string Kinds(ModelResult r) =>
        string.Join(" / ", new[] { "operation", "structure", "schema/rules", "enum", "client" }.Select(k => F($"{r.BytesByKind.GetValueOrDefault(k) / 1000:N0}")));

    private static string Status(ModelResult r) => r.NotCompiled ? r.Status + ", not compiled" : r.Status;

    private static string Diagnostics(ModelResult r) => r.GeneratorDiagnostics.Count == 0 ? "none" : Ids(r.GeneratorDiagnostics);

    private static string Ids(Dictionary<string, int> ids) =>
        string.Join(" ", ids.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "×" + p.Value.ToString(CultureInfo.InvariantCulture)));

    internal sealed record ModelFile(string Service, string Version, string Path, string Protocol, int Shapes);

    internal sealed class ModelResult
    {
        public string Service { get; set; } = string.Empty;

        public string Version { get; set; } = string.Empty;

        /// <summary>The generator build that produced this result (see BuildStamp).</summary>
        public string? Build { get; set; }

        /// <summary>When the result was recorded; of several results of one model the newest (compiled) one counts.</summary>
        public DateTime Finished { get; set; }

        public string Protocol { get; set; } = string.Empty;

        public string ServiceId { get; set; } = string.Empty;

        /// <summary>ok, compile-errors, finding, crash, timeout, skipped.</summary>
        public string Status { get; set; } = "ok";

        public int Shapes { get; set; }

        public int Operations { get; set; }

        public int GeneratedTypes { get; set; }

        public int Files { get; set; }

        public long TotalBytes { get; set; }

        public double BytesPerShape { get; set; }

        public string LargestType { get; set; } = string.Empty;

        public long LargestTypeBytes { get; set; }

        public int TypesOver20K { get; set; }

        /// <summary>Bytes per kind of generated type: structure, enum, operation (skeletons and CLI table), client, schema/rules.</summary>
        public Dictionary<string, long> BytesByKind { get; set; } = [];

        public List<TypeSize> TopTypes { get; set; } = [];

        public string? Client { get; set; }

        public Dictionary<string, int> GeneratorDiagnostics { get; set; } = [];

        public List<string> FirstGeneratorMessages { get; set; } = [];

        public List<string> Findings { get; set; } = [];

        public int CompileErrors { get; set; }

        public int CompileWarnings { get; set; }

        public Dictionary<string, int> CompileIds { get; set; } = [];

        public List<string> FirstCompileMessages { get; set; } = [];

        /// <summary>Generated only (--no-compile): the generator facts hold, compile counts are not known.</summary>
        public bool NotCompiled { get; set; }

        public long GenerateMs { get; set; }

        public long DirectEmitMs { get; set; }

        public long CompileMs { get; set; }

        public long PeakWorkingSetMb { get; set; }
    }

    internal sealed record TypeSize(string Name, long Bytes);

    /// <summary>Generates and compiles one model; holds only what every model shares (references).</summary>
    private sealed class ModelRunner
    {
        /// <summary>--dump-largest: also keep each model's three largest generated types.</summary>
        public bool DumpLargest { get; init; }

        private static readonly string Version = typeof(EndpointConfigGenerator).Assembly.GetName().Version!.ToString();

        private readonly ImmutableArray<MetadataReference> _references;

        /// <summary>Where the generated files with a compile error are kept, per model, to read the error in place.</summary>
        private readonly string _dump;

        public ModelRunner(string root, string dump)
        {
            _dump = dump;
            var packages = ClientPackages.Paths(root);
            _references =
            [
                GeneratorDriving.Library("EndpointConfigGen.Runtime"),
                GeneratorDriving.Library("EndpointConfigGen.Cli"),
                GeneratorDriving.Library("EndpointConfigGen.Client"),
                .. packages.Select(path => MetadataReference.CreateFromFile(path)),
            ];
            Console.WriteLine("client packages: " + string.Join(", ", packages.Select(Path.GetFileName)));
        }

        public ModelResult Run(ModelFile file, TimeSpan timeout, int maxShapes, bool compile)
        {
            var result = new ModelResult { Service = file.Service, Version = file.Version, Protocol = file.Protocol };
            using var cts = new CancellationTokenSource(timeout);
            var ct = cts.Token;
            try
            {
                RunCore(file, result, maxShapes, compile, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                result.Status = "timeout";
                result.Findings.Add(F($"did not finish in {timeout.TotalMinutes:F0} minutes"));
            }
            catch (Exception e)
            {
                // The harness's own failure, or an exception out of the reader/emitters run directly.
                result.Status = "finding";
                result.Findings.Add("exception: " + e.GetType().Name + ": " + e.Message.Split('\n')[0]);
            }

            result.PeakWorkingSetMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
            return result;
        }

        private void RunCore(ModelFile file, ModelResult result, int maxShapes, bool compile, CancellationToken ct)
        {
            var text = Decompress(file.Path);
            var path = "/models/" + file.Service + EndpointConfigGenerator.ShapeFileSuffix;
            var ns = "Models." + Pascal(file.Service);

            // Per-type sizes: the emitters directly, before the pipeline packs types into files.
            var watch = Stopwatch.StartNew();
            // With the built-in rules, as the pipeline attaches them.
            var read = EndpointConfigGen.Rules.RulesAttachment.Attach(ShapeFileReader.Read(path, text, ct), [], builtIn: true);
            if (read.Model is { } model)
            {
                result.ServiceId = model.Metadata.ServiceId;
                result.Shapes = model.Shapes.Count;
                result.Operations = model.Operations.Count;
                if (result.Shapes > maxShapes)
                {
                    result.Status = "skipped";
                    result.Findings.Add(F($"skipped: {result.Shapes} shapes > --max-shapes {maxShapes}"));
                    return;
                }

                var facts = new CompilationFacts(Version, HasCli: true, HasClient: true, SupportsRequiredMembers: true, LanguageVersion: "12.0");
                var direct = SourceBuilder.Build(path, model, new GeneratorOptions(ns, EquatableArray<string>.Empty, BuiltInRules: true), EquatableArray<string>.Empty, facts, ct);
                var sizes = direct.Sources
                    .Select(s => new TypeSize(TypeOf(s.HintName), Encoding.UTF8.GetByteCount(s.Text)))
                    .OrderByDescending(s => s.Bytes)
                    .ToList();
                result.GeneratedTypes = sizes.Count;
                foreach (var source in direct.Sources)
                {
                    var kind = KindOf(source.Text);
                    result.BytesByKind[kind] = result.BytesByKind.GetValueOrDefault(kind) + Encoding.UTF8.GetByteCount(source.Text);
                }

                result.TypesOver20K = sizes.Count(s => s.Bytes > BytesPerShapeLimit);
                result.TopTypes = sizes.Take(3).ToList();
                if (sizes.Count > 0)
                {
                    result.LargestType = sizes[0].Name;
                    result.LargestTypeBytes = sizes[0].Bytes;
                }

                if (DumpLargest)
                {
                    var folder = Path.Combine(_dump, file.Service);
                    Directory.CreateDirectory(folder);
                    foreach (var source in direct.Sources.OrderByDescending(s => s.Text.Length).Take(3))
                    {
                        File.WriteAllText(Path.Combine(folder, source.HintName), source.Text);
                    }
                }
            }

            result.DirectEmitMs = watch.ElapsedMilliseconds;

            // The real generator, as the compiler runs it.
            watch.Restart();
            var consumer = GeneratorDriving.Consumer("Models" + Pascal(file.Service), [], _references);
            var driver = GeneratorDriving.Driver(
                new EndpointConfigGenerator().AsSourceGenerator(),
                [new InMemoryAdditionalText(path, text)],
                GeneratorDriving.RootNamespace(ns));
            driver = driver.RunGeneratorsAndUpdateCompilation(consumer, out var output, out var generatorDiagnostics, ct);
            var run = driver.GetRunResult();
            result.GenerateMs = watch.ElapsedMilliseconds;

            var sources = run.Results.SelectMany(r => r.GeneratedSources).ToList();
            result.Files = sources.Count;
            result.TotalBytes = sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
            result.BytesPerShape = result.Shapes == 0 ? 0 : (double)result.TotalBytes / result.Shapes;
            if (result.BytesPerShape > BytesPerShapeLimit)
            {
                result.Findings.Add(F($"{result.BytesPerShape:N0} bytes of generated source per shape, over the {BytesPerShapeLimit:N0} bound (largest type {result.LargestType}, {result.LargestTypeBytes:N0} bytes)"));
            }

            foreach (var source in sources)
            {
                var match = ClientDeclaration.Match(source.SourceText.ToString());
                if (match.Success)
                {
                    result.Client = match.Groups[1].Value;
                }
            }

            var diagnostics = generatorDiagnostics.AddRange(run.Diagnostics).Distinct().ToList();
            foreach (var group in diagnostics.GroupBy(d => d.Id))
            {
                result.GeneratorDiagnostics[group.Key] = group.Count();
            }

            result.FirstGeneratorMessages = diagnostics
                .Where(d => d.Id != "ECG111")
                .Take(5)
                .Select(d => d.Id + " " + SeverityOf(d) + ": " + d.GetMessage(CultureInfo.InvariantCulture))
                .ToList();
            CheckGenerator(result, diagnostics);

            if (!compile)
            {
                result.NotCompiled = true;
                return;
            }

            // Compile: every error and warning (warnings are errors here; both counted as reported).
            watch.Restart();
            var problems = output.GetDiagnostics(ct).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            result.CompileMs = watch.ElapsedMilliseconds;
            result.CompileWarnings = problems.Count(d => d.IsWarningAsError || d.Severity == DiagnosticSeverity.Warning);
            result.CompileErrors = problems.Count - result.CompileWarnings;
            foreach (var group in problems.GroupBy(d => d.Id))
            {
                result.CompileIds[group.Key] = group.Count();
            }

            // The first messages, several ids represented: one of each id first, then the rest in order.
            var firsts = problems.GroupBy(d => d.Id).Select(g => g.First()).Concat(problems).Distinct().Take(8);
            result.FirstCompileMessages = firsts.Select(Describe).ToList();
            if (problems.Count > 0 && result.Status == "ok")
            {
                result.Status = "compile-errors";
            }

            foreach (var tree in problems.Where(d => d.Location.IsInSource).Select(d => d.Location.SourceTree!).Distinct().Take(5))
            {
                var folder = Path.Combine(_dump, file.Service);
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, Path.GetFileName(tree.FilePath)), tree.GetText(ct).ToString());
            }
        }

        /// <summary>ECG111 exactly once for every protocol but json; nothing else (ECG199 and CS8785 are generator failures).</summary>
        private static void CheckGenerator(ModelResult result, List<Diagnostic> diagnostics)
        {
            var isJson = result.Protocol == ServiceMetadata.JsonProtocol;
            var ecg111 = result.GeneratorDiagnostics.GetValueOrDefault("ECG111");
            if (isJson && ecg111 > 0)
            {
                result.Findings.Add("ECG111 for a json-protocol model");
            }
            else if (!isJson && ecg111 != 1)
            {
                result.Findings.Add(F($"ECG111 expected once for protocol '{result.Protocol}', reported {ecg111} times"));
            }

            if (isJson && result.Client is null)
            {
                result.Findings.Add("no client generated for a json-protocol model");
            }
            else if (!isJson && result.Client is not null)
            {
                result.Findings.Add("client " + result.Client + " generated for protocol " + result.Protocol);
            }

            foreach (var diagnostic in diagnostics.Where(d => d.Id != "ECG111"))
            {
                result.Findings.Add(diagnostic.Id + " " + SeverityOf(diagnostic) + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture).Split('\n')[0]);
            }

            if (result.Findings.Count > 0)
            {
                result.Status = "finding";
            }
        }

        /// <summary>What a generated type is, for the size breakdown.</summary>
        private static string KindOf(string text) =>
            text.Contains(": global::EndpointConfigGen.Client.JsonServiceClient", StringComparison.Ordinal) ? "client"
            : text.Contains("public const string InputSkeleton", StringComparison.Ordinal) ? "operation"
            : text.Contains("readonly partial struct", StringComparison.Ordinal) ? "enum"
            : text.Contains("sealed partial record", StringComparison.Ordinal) ? "structure"
            : "schema/rules";

        /// <summary>"Warning (as Error)" when warnings-as-errors promoted it: a consumer without that option sees only the warning.</summary>
        private static string SeverityOf(Diagnostic d) =>
            d.Severity == d.DefaultSeverity ? d.Severity.ToString() : d.DefaultSeverity + " (as " + d.Severity + ")";

        /// <summary>id, hint name:line, message, and the generated line itself.</summary>
        private static string Describe(Diagnostic d)
        {
            var text = d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture);
            if (d.Location.IsInSource)
            {
                var span = d.Location.GetLineSpan();
                var line = d.Location.SourceTree!.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
                text = Path.GetFileName(span.Path) + ":" + (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + " " + text
                    + " | " + (line.Length > 220 ? line.Substring(0, 220) + "..." : line);
            }

            return text.Replace('`', '\'').Replace('|', '¦').Replace("\n", " ", StringComparison.Ordinal);
        }

        // Hint names are "{stem}.{type}.g.cs".
        private static string TypeOf(string hintName)
        {
            var name = hintName.Substring(0, hintName.Length - ".g.cs".Length);
            return name.Substring(name.IndexOf('.', StringComparison.Ordinal) + 1);
        }
    }

    /// <summary>"cognito-idp" → "CognitoIdp", for the namespace.</summary>
    private static string Pascal(string service)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in service)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.Length > 0 && char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
