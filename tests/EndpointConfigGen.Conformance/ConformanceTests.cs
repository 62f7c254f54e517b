using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace EndpointConfigGen.Conformance;

[Collection(ConformanceCollection.Name)]
public sealed class ConformanceTests(ConformanceRun run)
{
    public static TheoryData<string> CaseNames() => new(ConformanceCase.Load().Select(c => c.Name));

    [Fact]
    public void OracleIsCliV1WithTheVendoredBotocore() =>
        Assert.Matches(@"^aws-cli/1\.45\.11 .*botocore/1\.43\.11$", run.Oracle.Version);

    [Fact]
    public void CasesFileIsWellFormed()
    {
        Assert.True(run.Cases.Count >= 100, $"only {run.Cases.Count} cases");
        var exact = run.Cases.Count(c => c.Expect == ConformanceCase.Same);
        Assert.True(exact >= 80, $"only {exact} cases compare with the CLI exactly");
        Assert.Equal(run.Cases.Count, run.Cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(run.Cases, c => Assert.Contains(c.Expect, new[] { ConformanceCase.Same, ConformanceCase.SameValue, ConformanceCase.Reject }));
        Assert.All(run.Cases.Where(c => c.Expect != ConformanceCase.Same), c => Assert.False(string.IsNullOrWhiteSpace(c.Note), c.Name + " needs a note"));
        Assert.All(run.Cases.Where(c => c.Rejected), c => Assert.False(string.IsNullOrWhiteSpace(c.Ours), c.Name + " must pin our message"));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MatchesAwsCli(string name)
    {
        var o = run[name];
        var problems = new List<string>();
        if (o.Cli.ExitCode != o.Case.CliExit)
            problems.Add($"the real CLI exited {o.Cli.ExitCode}; cases.jsonl pins {o.Case.CliExit}");
        if (o.Case.Rejected) CheckRejected(o, problems);
        else if (o.Cli.ExitCode == 0) CheckRequest(o, o.Ours, o.Case.Ours, o.Case.Expect == ConformanceCase.SameValue, problems);
        else CheckError(o, o.Ours, problems);
        if (problems.Count > 0) Assert.Fail(Report(o, o.Ours, problems));
    }

    /// <summary>
    /// With only botocore's checks every case is <c>same</c>: what the CLI sends we print exactly (no warnings),
    /// what it refuses we refuse with its message. The CLI's run is the one <see cref="MatchesAwsCli"/> judged.
    /// </summary>
    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MatchesAwsCliInBotocoreMode(string name)
    {
        var o = run[name];
        var problems = new List<string>();
        if (o.Cli.ExitCode == 0) CheckRequest(o, o.OursBotocore, pinned: null, byValue: false, problems);
        else CheckError(o, o.OursBotocore, problems);
        if (problems.Count > 0) Assert.Fail(Report(o, o.OursBotocore, problems));
    }

    private static void CheckRejected(Outcome o, List<string> problems)
    {
        if (o.Ours.ExitCode != FrontEnd.ErrorExitCode || o.Ours.Stdout.Length > 0)
            problems.Add($"deliberate difference ({o.Case.Note}): we must print an error and exit {FrontEnd.ErrorExitCode}");
        CheckOurStderr(o, o.Ours, o.Case.Ours, problems);
    }

    /// <summary>Our stderr is <paramref name="pinned"/> (a pin ending in <c>...</c> is a prefix), or nothing at all.</summary>
    private static void CheckOurStderr(Outcome o, ProcessResult ours, string? pinned, List<string> problems)
    {
        var expected = pinned?.Replace("{tmp}", o.Dir, StringComparison.Ordinal) ?? "";
        var actual = ErrorText.Normalise(ours.Stderr);
        var matches = expected.EndsWith("...", StringComparison.Ordinal)
            ? actual.StartsWith(expected[..^3], StringComparison.Ordinal)
            : string.Equals(expected, actual, StringComparison.Ordinal);
        if (!matches)
            problems.Add($"our stderr is not the pinned one.\n--- expected\n{expected}\n--- ours\n{actual}\n---");
    }

    private static void CheckRequest(Outcome o, ProcessResult ours, string? pinned, bool byValue, List<string> problems)
    {
        if (o.Cli.Target != "SageMaker.CreateEndpointConfig" || o.Cli.Body is null)
            problems.Add($"the CLI sent no CreateEndpointConfig request (X-Amz-Target: {o.Cli.Target})");
        if (ours.ExitCode != 0)
        {
            problems.Add($"we exited {ours.ExitCode}, the CLI sent the request");
            return;
        }
        CheckOurStderr(o, ours, pinned, problems);
        var line = ours.Stdout.TrimEnd('\n');
        if (line.Contains('\n')) problems.Add("our stdout is not one line");
        if (o.Cli.Body is null) return;
        try
        {
            using var expected = JsonDocument.Parse(o.Cli.Body);
            using var actual = JsonDocument.Parse(line);
            // With --cli-input-json the CLI keeps that document's member order at the top level too.
            var ordered = !o.Argv.Contains("--cli-input-json");
            if (JsonTree.Difference(expected.RootElement, actual.RootElement, ordered, byValue) is { } d) problems.Add("body: " + d);
        }
        catch (JsonException e)
        {
            problems.Add("invalid JSON: " + e.Message);
        }
    }

    private static void CheckError(Outcome o, ProcessResult ours, List<string> problems)
    {
        if (ours.ExitCode != FrontEnd.ErrorExitCode)
            problems.Add($"we exited {ours.ExitCode}; expected {FrontEnd.ErrorExitCode} (the CLI failed with {o.Cli.ExitCode})");
        if (ours.Stdout.Length > 0) problems.Add("we printed to stdout on error");

        string expected, actual;
        if (ErrorText.IsUsageError(o.Cli.ExitCode, o.Cli.Stderr))
        {
            (expected, actual) = (ErrorText.LastLine(o.Cli.Stderr), ErrorText.LastLine(ours.Stderr));
        }
        else if (o.CliFixed is { } fixedRun)
        {
            var withLocation = ErrorText.WithErrorLocation(o.Cli.Stderr, fixedRun.Stderr);
            if (withLocation is null)
            {
                problems.Add($"the CLI with the error-location fix printed something else:\n{fixedRun.Stderr}");
                return;
            }
            (expected, actual) = (withLocation, ErrorText.Normalise(ours.Stderr));
        }
        else
        {
            (expected, actual) = (ErrorText.Normalise(o.Cli.Stderr), ErrorText.Normalise(ours.Stderr));
        }
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
            problems.Add($"stderr differs.\n--- expected\n{expected}\n--- ours\n{actual}\n---");
    }

    private static string Report(Outcome o, ProcessResult ours, List<string> problems)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"case {o.Case.Name}: {string.Join("; ", problems)}");
        sb.AppendLine("args: " + JsonSerializer.Serialize(o.Argv));
        sb.AppendLine($"aws: exit {o.Cli.ExitCode}, body {o.Cli.Body ?? "(none)"}, stderr:\n{o.Cli.Stderr}");
        sb.AppendLine($"ours: exit {ours.ExitCode}, stdout {ours.Stdout}, stderr:\n{ours.Stderr}");
        return sb.ToString();
    }
}
