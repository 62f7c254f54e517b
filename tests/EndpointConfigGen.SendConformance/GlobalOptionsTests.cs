using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace EndpointConfigGen.SendConformance;

/// <summary>
/// What the case table cannot hold: every global option the installed CLI's <c>aws help</c> lists is taken by the
/// front end (so the next CLI version shows up here), <c>--version</c>, and what <c>--debug</c> logs and never logs.
/// </summary>
public sealed class GlobalOptionsTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private const string Token = "FwoGZXIvYXdzEXAMPLESESSIONTOKENdoNotLogMe";
    private static readonly string[] Minimal = ["--endpoint-config-name", "c", "--production-variants", "VariantName=v,ModelName=m,InstanceType=ml.m5.large,InitialInstanceCount=1"];

    /// <summary>The GLOBAL OPTIONS of <c>aws help</c>: each name with a value to give it (a flag gets none).</summary>
    private static async Task<List<(string Name, string? Value)>> CliGlobalOptionsAsync()
    {
        var help = await ProcessRunner.RunAsync(ToolLocator.Find("aws"), ["help"], ProcessOptions.Isolated(Path.GetTempPath(), Environment()));
        // groff's bold and underline are "x\bx" and "_\bx"; the text is what is left.
        var text = Regex.Replace(Text.Utf8(help.StdoutBytes), ".\b", "");
        var start = text.IndexOf("GLOBAL OPTIONS", StringComparison.Ordinal);
        var end = text.IndexOf("AVAILABLE SERVICES", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "no GLOBAL OPTIONS section in `aws help`:\n" + text);
        var options = new List<(string, string?)>();
        foreach (Match m in Regex.Matches(text[start..end], @"^\s+(--[a-z0-9-]+) \((boolean|string|int)\)\s*\n(?<body>(?:(?!^\s+--[a-z0-9-]+ \().*\n)*)", RegexOptions.Multiline))
        {
            var choice = Regex.Match(m.Groups["body"].Value, @"^\s+o (\S+)", RegexOptions.Multiline);
            var type = m.Groups[2].Value;
            options.Add((m.Groups[1].Value, type == "boolean" ? null : choice.Success ? choice.Groups[1].Value : type == "int" ? "30" : "x"));
        }
        return options;
    }

    [Fact]
    public async Task EveryGlobalOptionOfAwsHelpIsTaken()
    {
        var options = await CliGlobalOptionsAsync();
        // v1 1.45.11 lists 15; fewer means the help was not read.
        Assert.True(options.Count >= 15, "global options found: " + string.Join(", ", options.Select(o => o.Name)));
        // All at once, values included, in print mode (nothing is sent): an option we do not take is an "Unknown options" error.
        var args = options.Where(o => o.Name != "--version").SelectMany(o => o.Value is null ? [o.Name] : new[] { o.Name, o.Value }).ToList();
        var run = await OursAsync([.. Minimal, .. args], new() { ["ENDPOINTCONFIGGEN_PRINT_REQUEST"] = "1" });
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode} with {string.Join(' ', args)}:\n{Text.Utf8(run.StderrBytes)}");
        Assert.StartsWith("{\"EndpointConfigName\":\"c\"", Text.Utf8(run.StdoutBytes), StringComparison.Ordinal);
        Assert.Contains(options, o => o.Name == "--version");
    }

    [Fact]
    public async Task VersionPrintsOneLineNamingTheFrontEnd()
    {
        foreach (var args in new[] { ["--version"], [.. Minimal, "--version", "--bogus"], new[] { "--version", "--output", "bogus" } })
        {
            var run = await OursAsync(args, []);
            Assert.Equal(0, run.ExitCode);
            Assert.Matches(@"^EndpointConfigCli/\S+ EndpointConfigGen\.Cli/\S+ \.NET/\S+ \S+\n$", Text.Utf8(run.StdoutBytes));
            Assert.Empty(run.StderrBytes);
        }
    }

    /// <summary>
    /// Against a proxy that always answers 503: the signed request, the response and the retry with its reason are
    /// logged, the secret key and the session token never.
    /// </summary>
    [Fact]
    public async Task DebugLogsRequestResponseAndRetriesButNoSecret()
    {
        await using var proxy = new FaultProxy(new Uri("http://127.0.0.1:1"), fail: -1, certificate: null);
        var run = await OursAsync([.. Minimal, "--endpoint-url", proxy.Url, "--debug"], new()
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
            ["AWS_SECRET_ACCESS_KEY"] = Secret,
            ["AWS_SESSION_TOKEN"] = Token,
            ["AWS_RETRY_MODE"] = "standard",
            ["AWS_MAX_ATTEMPTS"] = "2",
        });
        var log = Text.Utf8(run.StderrBytes);
        Assert.Equal(255, run.ExitCode);
        Assert.Equal(2, proxy.Requests);
        foreach (var expected in new[]
        {
            "attempt 1: sending POST " + proxy.Url + "/",
            "X-Amz-Target: SageMaker.CreateEndpointConfig",
            "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/",
            "Signature=",
            "X-Amz-Date: ",
            "{\"EndpointConfigName\":\"c\",\"ProductionVariants\":[{",
            "attempt 1: response 503 Service Unavailable",
            "x-amzn-RequestId: fault-proxy",
            FaultProxy.UnavailableBody,
            "retry 1: attempt 2 after HTTP 503 ServiceUnavailable",
            "attempt 2: response 503",
            "(reached max retries: 1)",
        })
        {
            Assert.True(log.Contains(expected, StringComparison.Ordinal), $"--debug log lacks '{expected}':\n{log}");
        }
        Assert.Contains("x-amz-security-token: (not shown)", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Secret, log, StringComparison.Ordinal);
        Assert.DoesNotContain("EXAMPLEKEY", log, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, log, StringComparison.Ordinal);
        Assert.DoesNotContain("SESSIONTOKEN", log, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(Dictionary<string, string>? overrides = null)
    {
        var environment = AwsEnvironment.Build(new MotoAccessKey("AKIDEXAMPLE", Secret), "/dev/null", "/dev/null",
            overrides?.ToDictionary(p => p.Key, p => (string?)p.Value));
        environment["ENDPOINTCONFIGGEN_VALIDATION"] = "botocore";
        return environment;
    }

    private static async Task<ProcessResult> OursAsync(string[] args, Dictionary<string, string> overrides)
    {
        Assert.Null(FrontEnd.Problem);
        var (program, arguments) = FrontEnd.Command(args);
        return await ProcessRunner.RunAsync(program, arguments, ProcessOptions.Isolated(Path.GetTempPath(), Environment(overrides)));
    }
}
