using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace EndpointConfigGen.SendConformance;

/// <summary>One side of a case: what the program did and the case's endpoint configs on moto afterwards.</summary>
public sealed record SideResult(ProcessResult? Run, JsonObject? State, string? Error, int? Attempts = null);

/// <summary>Everything one case produced.</summary>
public sealed record CaseOutcome(SendCase Case, IReadOnlyList<string> Argv, SideResult Cli, SideResult Ours, string Endpoint, string Cert);

/// <summary>
/// Starts moto (signature checking on, via the client tests' <see cref="MotoFixture"/>), creates model
/// <c>m</c> in us-east-1 with boto3, then runs every case, in parallel, once per side:
/// setup config (if any), the real CLI, snapshot; delete the case's configs; setup again, our front end, snapshot.
/// Deleting only the case's own configs puts both sides in the same starting state without
/// <c>POST /moto-api/reset</c>, which would also drop the IAM key (signature checking stays on, so every later
/// call would fail), the model, and every other case's configs mid-run.
/// Nothing here throws: a setup problem fails every test with its text (never a skip).
/// </summary>
public sealed class SendRun : IAsyncLifetime
{
    private readonly IMessageSink _diagnostics;
    private readonly ConcurrentDictionary<string, CaseOutcome> _outcomes = new(StringComparer.Ordinal);
    private MotoFixture? _moto;
    private MotoState? _state;
    private string _root = "";
    private string _aws = "";
    private X509Certificate2? _certificate;
    private string _cert = "";

    public SendRun(IMessageSink diagnostics) => _diagnostics = diagnostics;

    public IReadOnlyList<SendCase> Cases { get; private set; } = [];

    /// <summary>Why the run could not start (moto, aws, boto3, the model), or null.</summary>
    public string? SetupError { get; private set; }

    /// <summary>Why our side could not run at all (front end not built), or null.</summary>
    public string? FrontEndProblem { get; private set; }

    public string CliVersion { get; private set; } = "";

    public string ModelArn { get; private set; } = "";

    public string EndpointUrl => _moto?.EndpointUrl ?? "";

    public TimeSpan Elapsed { get; private set; }

    public CaseOutcome this[string name] => _outcomes[name];

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            Cases = SendCase.Load();
            _root = Directory.CreateTempSubdirectory("send-conformance-").FullName;
            var config = Path.Combine(_root, "config");
            var credentials = Path.Combine(_root, "credentials");
            await File.WriteAllTextAsync(config, "");
            await File.WriteAllTextAsync(credentials, "");
            // The TLS fault proxies' certificate, and the CA bundle ({cert}) that trusts it.
            var (certificate, pem) = FaultProxy.CreateCertificate();
            _certificate = certificate;
            _cert = Path.Combine(_root, "cert.pem");
            await File.WriteAllTextAsync(_cert, pem);

            _aws = ToolLocator.Find("aws");
            var python = ToolLocator.InterpreterOf(_aws);
            _moto = new MotoFixture();
            await _moto.InitializeAsync();
            var environment = AwsEnvironment.Build(_moto.Key, config, credentials);

            var version = await ProcessRunner.RunAsync(_aws, ["--version"], ProcessOptions.Isolated(_root, environment));
            CliVersion = (Text.Utf8(version.StdoutBytes) + Text.Utf8(version.StderrBytes)).Trim();

            _state = await MotoState.StartAsync(python, Path.Combine(AppContext.BaseDirectory, "moto_state.py"), _moto.EndpointUrl, environment);
            ModelArn = await _state.CreateModelAsync(AwsEnvironment.Region, SendCase.ModelName);

            FrontEndProblem = FrontEnd.Problem;

            // The CLI is CPU-bound Python start-up; a little oversubscription hides process-start latency.
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount * 2) };
            await Parallel.ForEachAsync(Cases, options, async (c, _) =>
                _outcomes[c.Name] = await RunCaseAsync(c, config, credentials));
            if (Environment.GetEnvironmentVariable(PinsVariable) is { Length: > 0 } pins) await WritePinsAsync(pins);
        }
        catch (Exception e)
        {
            SetupError = e.ToString();
        }
        Elapsed = clock.Elapsed;
        _diagnostics.OnMessage(new DiagnosticMessage(
            $"send conformance: {_outcomes.Count} cases in {Elapsed.TotalSeconds:F1} s against {EndpointUrl} ({CliVersion})"));
    }

    private async Task<CaseOutcome> RunCaseAsync(SendCase c, string config, string credentials)
    {
        var dir = Path.Combine(_root, "cases", c.Name);
        Directory.CreateDirectory(dir);
        await using var proxy = c.Proxy is { } spec ? new FaultProxy(new Uri(EndpointUrl), spec.Fail, spec.Tls ? _certificate : null) : null;
        var endpoint = proxy?.Url ?? EndpointUrl;
        var argv = c.ExpandArgs(endpoint, _cert);
        var overrides = c.Env.ToDictionary(p => p.Key, p => p.Value is null ? null : SendCase.Expand(p.Value, endpoint, _cert), StringComparer.Ordinal);
        if (c.Config is { } text)
        {
            // The case's own config file: profiles, endpoints, retry settings.
            var path = Path.Combine(dir, "config");
            await File.WriteAllTextAsync(path, SendCase.Expand(text, endpoint, _cert));
            overrides.TryAdd("AWS_CONFIG_FILE", path);
        }
        var environment = AwsEnvironment.Build(_moto!.Key, config, credentials, overrides);
        var setup = c.ExpandSetup(EndpointUrl);

        var cli = await SideAsync(c, setup, proxy, () => ProcessRunner.RunAsync(_aws, ["sagemaker", "create-endpoint-config", .. argv], ProcessOptions.Isolated(dir, environment)));
        SideResult ours;
        try
        {
            await _state!.DeleteAsync(c.Regions, c.Configs);
            var (program, arguments) = FrontEnd.Command(argv);
            ours = FrontEndProblem is { } problem
                ? new SideResult(null, null, problem)
                : await SideAsync(c, setup, proxy, () => ProcessRunner.RunAsync(program, arguments, ProcessOptions.Isolated(dir, OursIn(environment, c))));
        }
        catch (Exception e)
        {
            ours = new SideResult(null, null, "deleting the CLI's endpoint configs failed: " + e);
        }
        return new CaseOutcome(c, argv, cli, ours, endpoint, _cert);
    }

    /// <summary>Set to a file path to have the run write what the CLI did per case, in cases.jsonl's pin form (taking new pins).</summary>
    public const string PinsVariable = "SENDCONFORMANCE_WRITE_PINS";

    private async Task WritePinsAsync(string path)
    {
        var lines = Cases.Select(c => _outcomes[c.Name]).Where(o => o.Cli.Run is not null).Select(o =>
        {
            string Pin(byte[] bytes) => Text.Utf8(bytes).Replace(o.Endpoint, "{endpoint}", StringComparison.Ordinal).Replace(o.Cert, "{cert}", StringComparison.Ordinal);
            var pin = new JsonObject
            {
                ["exit"] = o.Cli.Run!.ExitCode,
                ["stdout"] = Pin(o.Cli.Run.StdoutBytes),
                ["stderr"] = Pin(o.Cli.Run.StderrBytes),
                ["state"] = o.Cli.State?.DeepClone(),
            };
            if (o.Cli.Attempts is { } attempts) pin["attempts"] = attempts;
            return new JsonObject { ["name"] = o.Case.Name, ["cli"] = pin }.ToJsonString();
        });
        await File.WriteAllLinesAsync(path, lines);
    }

    private const string ValidationVariable = "ENDPOINTCONFIGGEN_VALIDATION";

    /// <summary>Our side runs in the CLI-exact mode unless the case sets the mode itself.</summary>
    private static Dictionary<string, string> OursIn(Dictionary<string, string> environment, SendCase c)
    {
        var ours = new Dictionary<string, string>(environment, StringComparer.Ordinal);
        if (!c.Env.ContainsKey(ValidationVariable)) ours[ValidationVariable] = "botocore";
        return ours;
    }

    private async Task<SideResult> SideAsync(SendCase c, JsonObject? setup, FaultProxy? proxy, Func<Task<ProcessResult>> run)
    {
        ProcessResult? outcome = null;
        try
        {
            if (setup is not null) await _state!.CreateConfigAsync(AwsEnvironment.Region, setup);
            proxy?.Reset();
            outcome = await run();
            return new SideResult(outcome, await _state!.SnapshotAsync(c.Regions, c.Configs), null, proxy?.Requests);
        }
        catch (Exception e)
        {
            return new SideResult(outcome, null, e.ToString());
        }
    }

    public async Task DisposeAsync()
    {
        // The server is stopped whatever the state helper's shutdown does.
        try
        {
            if (_state is not null) await _state.DisposeAsync();
        }
        finally
        {
            _certificate?.Dispose();
            if (_moto is not null) await _moto.DisposeAsync();
            if (_root.Length > 0 && Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SendCollection : ICollectionFixture<SendRun>
{
    public const string Name = "send-conformance";
}
