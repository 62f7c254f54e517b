using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace EndpointConfigGen.Conformance;

/// <summary>
/// Everything one case produced: the argv both sides got and what each did; ours twice, with the default
/// (full) validation and with <c>ENDPOINTCONFIGGEN_VALIDATION=botocore</c>.
/// </summary>
public sealed record Outcome(ConformanceCase Case, string Dir, IReadOnlyList<string> Argv, OracleResult Cli, OracleResult? CliFixed, ProcessResult Ours, ProcessResult OursBotocore);

/// <summary>
/// Runs every case against both sides once, in parallel, before the tests look at the results.
/// A missing `aws` or an unbuilt front end fails every test (never skips).
/// </summary>
public sealed class ConformanceRun : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Outcome> _outcomes = new();
    private string _root = "";

    public AwsCliOracle Oracle { get; private set; } = null!;

    public IReadOnlyList<ConformanceCase> Cases { get; } = ConformanceCase.Load();

    public Outcome this[string name] => _outcomes[name];

    public async Task InitializeAsync()
    {
        Oracle = await AwsCliOracle.LocateAsync();
        var frontEnd = new FrontEnd();
        _root = Directory.CreateTempSubdirectory("conformance-").FullName;
        // The CLI is CPU-bound Python start-up; a little oversubscription hides process-start latency.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount * 2) };
        await Parallel.ForEachAsync(Cases, options, async (c, _) =>
        {
            var dir = Path.Combine(_root, c.Name);
            var argv = c.Prepare(dir);
            foreach (var (file, args) in c.FromOurs)
            {
                var made = await frontEnd.RunAsync(ConformanceCase.Expand(args, dir), dir);
                if (made.ExitCode != 0) throw new InvalidOperationException($"{c.Name}: making {file} failed: {made.Stderr}");
                await File.WriteAllTextAsync(Path.Combine(dir, file), made.Stdout);
            }
            var cli = await Oracle.RunAsync(argv, dir);
            var cliFixed = cli.Stderr.Contains(AwsCliOracle.ErrorLocationBug, StringComparison.Ordinal)
                ? await Oracle.RunWithFixedErrorLocationAsync(argv, dir)
                : null;
            var ours = await frontEnd.RunAsync(argv, dir, c.OursEnv);
            // The CLI ran once; its result is the reference for both of our modes.
            var botocore = await frontEnd.RunAsync(argv, dir, new Dictionary<string, string>(c.OursEnv) { [FrontEnd.ValidationVariable] = "botocore" });
            _outcomes[c.Name] = new Outcome(c, dir, argv, cli, cliFixed, ours, botocore);
        });
    }

    public Task DisposeAsync()
    {
        if (_root.Length > 0) Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ConformanceCollection : ICollectionFixture<ConformanceRun>
{
    public const string Name = "conformance";
}
