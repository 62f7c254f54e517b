using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EndpointConfigGen.SendConformance;

[Collection(SendCollection.Name)]
public sealed class SendConformanceTests(SendRun run)
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> CaseNames() => new(SendCase.Load().Select(c => c.Name));

    [Fact]
    public void OracleIsCliV1WithItsBotocore()
    {
        RequireSetup();
        Assert.Matches(@"^aws-cli/1\.45\.11 Python/\S+ \S+ botocore/1\.43\.11$", run.CliVersion);
    }

    [Fact]
    public void ModelExistsInUsEast1()
    {
        RequireSetup();
        Assert.Equal($"arn:aws:sagemaker:us-east-1:123456789012:model/{SendCase.ModelName}", run.ModelArn);
    }

    [Fact]
    public void CasesFileIsWellFormed()
    {
        var cases = SendCase.Load();
        Assert.True(cases.Count >= 30, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        // Distinct endpoint-config names per case: cases run in parallel and reset only their own configs.
        var owners = cases.SelectMany(c => c.Configs.Select(n => (Config: n, c.Name))).GroupBy(p => p.Config)
            .Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Name))}").ToList();
        Assert.True(owners.Count == 0, "configs shared by cases: " + string.Join("; ", owners));
        foreach (var c in cases)
        {
            // Every name the argv could create is one the harness looks at and resets.
            var named = NamesIn(c.Args).Concat(NamesInInputJson(c.Args)).ToList();
            Assert.True(named.All(c.Configs.Contains), $"{c.Name}: configs {Json(c.Configs)} miss some of {Json(named)}");
            Assert.True(c.Setup is null || c.Configs.Contains(c.Setup["EndpointConfigName"]!.GetValue<string>()), $"{c.Name}: setup config not in configs");
            Assert.True(c.Cli.Exit is 0 or 2 or 255, $"{c.Name}: pinned exit {c.Cli.Exit}");
            Assert.True(c.Cli.Exit == 0 || c.Cli.Stdout.Length == 0, $"{c.Name}: the CLI prints nothing to stdout on errors");
            Assert.All(c.Cli.State, p => Assert.Contains(p.Key, c.Regions.SelectMany(r => c.Configs.Select(n => $"{r}/{n}"))));
            Assert.True(c.Args.Any(a => a == "--endpoint-url" || a.StartsWith("--endpoint-url=", StringComparison.Ordinal))
                || c.Env.Any(p => p.Key.StartsWith("AWS_ENDPOINT_URL", StringComparison.Ordinal) && p.Value is not null && p.Value.Contains("{endpoint}", StringComparison.Ordinal))
                || (c.Config?.Contains("{endpoint}", StringComparison.Ordinal) ?? false),
                $"{c.Name}: without --endpoint-url (or an endpoint in its environment or config) the programs would call AWS itself");
        }
        // Comparing with the server is the point: most cases reach moto.
        Assert.True(cases.Count(c => c.Cli.Exit == 0) >= 15, "fewer than 15 successful sends");
        Assert.True(cases.Count(c => c.Cli.Stderr.Contains("An error occurred", StringComparison.Ordinal)) >= 10, "fewer than 10 server-side errors");
    }

    /// <summary>The CLI still does what the pins say on this machine: the harness, moto and the CLI are as assumed.</summary>
    [Theory]
    [MemberData(nameof(CaseNames))]
    public void CliMatchesItsPinnedObservation(string name)
    {
        RequireSetup();
        var o = run[name];
        var problems = new List<string>();
        if (o.Cli.Error is { } error) problems.Add("the CLI side failed: " + error);
        if (o.Cli.Run is { } cli)
        {
            if (cli.ExitCode != o.Case.Cli.Exit) problems.Add($"exit {cli.ExitCode}, pinned {o.Case.Cli.Exit}");
            Differ(problems, "stdout", Text.Bytes(Expand(o, o.Case.Cli.Stdout)), cli.StdoutBytes, "pinned", "aws");
            Differ(problems, "stderr", Text.Bytes(Expand(o, o.Case.Cli.Stderr)), cli.StderrBytes, "pinned", "aws");
        }
        if (o.Case.Cli.Attempts != o.Cli.Attempts) problems.Add($"attempts through the fault proxy: {o.Cli.Attempts}, pinned {o.Case.Cli.Attempts}");
        if (o.Cli.State is { } state && !JsonNode.DeepEquals(o.Case.Cli.State, state))
            problems.Add($"server state after the CLI differs from the pin:\n  pinned: {Show(o.Case.Cli.State)}\n  now:    {Show(state)}");
        if (problems.Count > 0) Assert.Fail(Report(o, "the real CLI does not do what cases.jsonl pins", problems, showPin: true));
    }

    /// <summary>The point of the suite: our front end is byte-for-byte the CLI, and leaves moto in the same state.</summary>
    [Theory]
    [MemberData(nameof(CaseNames))]
    public void FrontEndMatchesCli(string name)
    {
        RequireSetup();
        var o = run[name];
        var problems = new List<string>();
        if (o.Cli.Error is { } cliError) problems.Add("the CLI side failed: " + cliError);
        if (o.Ours.Error is { } ourError) problems.Add("our side failed: " + ourError);
        if (o.Cli.Run is { } cli && o.Ours.Run is { } ours)
        {
            if (cli.ExitCode != ours.ExitCode) problems.Add($"exit code: aws {cli.ExitCode}, ours {ours.ExitCode}");
            Differ(problems, "stdout", cli.StdoutBytes, ours.StdoutBytes, "aws", "ours");
            // A deliberate difference is pinned exactly: ours must print that, and the CLI its own pin.
            if (o.Case.OursStderr is { } pinnedOurs) Differ(problems, "stderr", Text.Bytes(Expand(o, pinnedOurs)), ours.StderrBytes, "pinned ours", "ours");
            else Differ(problems, "stderr", cli.StderrBytes, ours.StderrBytes, "aws", "ours");
        }
        if (o.Cli.Attempts != o.Ours.Attempts) problems.Add($"attempts through the fault proxy: aws {o.Cli.Attempts}, ours {o.Ours.Attempts}");
        if (o.Cli.State is { } cliState && o.Ours.State is { } ourState && !JsonNode.DeepEquals(cliState, ourState))
            problems.Add($"server state differs (Describe without CreationTime, plus Tags):\n  after aws:  {Show(cliState)}\n  after ours: {Show(ourState)}");
        if (problems.Count == 0) return;
        var cliOffPin = !MatchesPin(o);
        if (cliOffPin) problems.Add("note: the CLI itself no longer matches its pin on this machine (see CliMatchesItsPinnedObservation)");
        Assert.Fail(Report(o, "our front end is not the CLI", problems, showPin: cliOffPin));
    }

    /// <summary>The comparison itself can fail: a \r that became \n, and a missing trailing newline, are caught and shown.</summary>
    [Fact]
    public void ByteComparisonCatchesWhatTextModeWouldHide()
    {
        var problems = new List<string>();
        Differ(problems, "stderr", "usage: \rNote"u8.ToArray(), "usage: \nNote"u8.ToArray(), "aws", "ours");
        Differ(problems, "stdout", "null\n"u8.ToArray(), "null"u8.ToArray(), "aws", "ours");
        Differ(problems, "stdout", "caf\u00e9\n"u8.ToArray(), "caf\u00e9\n"u8.ToArray(), "aws", "ours");
        Assert.Equal(2, problems.Count);
        Assert.Contains(@"'usage: \rNote'", problems[0], StringComparison.Ordinal);
        Assert.Contains(@"'usage: \nNote'", problems[0], StringComparison.Ordinal);
        Assert.Contains("first difference at byte 7 (line 1, column 8)", problems[0], StringComparison.Ordinal);
        Assert.Contains("lengths 5 and 4", problems[1], StringComparison.Ordinal);
        Assert.Equal(@"'caf" + "\u00e9" + @"\t\x00\xff'", Text.Repr([.. "caf\u00e9\t\0"u8, 0xff]));
    }

    private void RequireSetup()
    {
        if (run.SetupError is { } error) Assert.Fail("the send-conformance run could not start: " + error);
    }

    private static string Expand(CaseOutcome o, string pinned) => SendCase.Expand(pinned, o.Endpoint, o.Cert);

    private static void Differ(List<string> problems, string stream, byte[] expected, byte[] actual, string left, string right)
    {
        if (Text.FirstDifference(expected, actual, left, right) is { } where) problems.Add($"{stream} differs: {where}");
    }

    private bool MatchesPin(CaseOutcome o) =>
        o.Cli.Run is { } r && r.ExitCode == o.Case.Cli.Exit
        && r.StdoutBytes.AsSpan().SequenceEqual(Text.Bytes(Expand(o, o.Case.Cli.Stdout)))
        && r.StderrBytes.AsSpan().SequenceEqual(Text.Bytes(Expand(o, o.Case.Cli.Stderr)))
        && o.Cli.State is { } state && JsonNode.DeepEquals(o.Case.Cli.State, state);

    private static string Report(CaseOutcome o, string headline, List<string> problems, bool showPin)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"case {o.Case.Name}: {headline}");
        foreach (var p in problems) sb.AppendLine("  - " + p);
        sb.AppendLine("args (after `create-endpoint-config`): " + Json(o.Argv));
        if (o.Case.Env.Count > 0) sb.AppendLine("environment overrides (null = removed): " + Json(o.Case.Env));
        if (o.Case.Setup is not null) sb.AppendLine("created before each side: " + o.Case.Setup.ToJsonString());
        if (o.Case.Note is not null) sb.AppendLine("note: " + o.Case.Note);
        Side(sb, "aws (real CLI v1)", o.Cli);
        Side(sb, "ours (EndpointConfigCli)", o.Ours);
        if (showPin)
        {
            sb.AppendLine($"pinned CLI: exit {o.Case.Cli.Exit}");
            sb.AppendLine("  stdout: " + Text.Repr(Text.Bytes(o.Case.Cli.Stdout)));
            sb.AppendLine("  stderr: " + Text.Repr(Text.Bytes(o.Case.Cli.Stderr)));
            sb.AppendLine("  state:  " + Show(o.Case.Cli.State));
        }
        return sb.ToString();
    }

    private static void Side(StringBuilder sb, string label, SideResult side)
    {
        if (side.Run is { } r)
        {
            sb.AppendLine($"{label}: exit {r.ExitCode} ({r.Elapsed.TotalSeconds:F2} s)");
            sb.AppendLine("  stdout: " + Text.Repr(r.StdoutBytes));
            sb.AppendLine("  stderr: " + Text.Repr(r.StderrBytes));
        }
        else
        {
            sb.AppendLine($"{label}: did not run");
        }
        if (side.State is { } state) sb.AppendLine("  state:  " + Show(state));
    }

    private static IEnumerable<string> NamesIn(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--endpoint-config-name" && i + 1 < args.Count) yield return args[i + 1];
            else if (args[i].StartsWith("--endpoint-config-name=", StringComparison.Ordinal)) yield return args[i]["--endpoint-config-name=".Length..];
        }
    }

    private static IEnumerable<string> NamesInInputJson(IReadOnlyList<string> args)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] != "--cli-input-json") continue;
            if (JsonNode.Parse(args[i + 1])?["EndpointConfigName"]?.GetValue<string>() is { } name) yield return name;
        }
    }

    private static string Show(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = Indented.Encoder });

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = Indented.Encoder });
}
