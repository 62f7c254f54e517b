using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>
/// Python's jmespath 1.1.0 (what the AWS CLI v1 evaluates <c>--query</c> with), run once for many cases: per
/// case, the result as <c>json.dumps(separators=(',', ':'))</c>, or the error's <c>str()</c> and whether
/// compiling (before the request, in the CLI) already failed. An object address in a message is dropped.
/// </summary>
internal static class JmesQueryOracle
{
    public sealed record Outcome(string? Json, string? Error, bool ParseError);

    public static List<Outcome> Run(IReadOnlyList<(string Expression, string Document)> cases)
    {
        const string Script = """
            import json, re, sys, jmespath
            from jmespath.exceptions import ParseError
            out = []
            for expression, document in json.loads(sys.stdin.read()):
                try:
                    compiled = jmespath.compile(expression)
                except Exception as e:
                    out.append({'error': str(e), 'parse': True})
                    continue
                try:
                    out.append({'json': json.dumps(compiled.search(json.loads(document)), separators=(',', ':'))})
                except Exception as e:
                    # An expression reference prints with its address, which we cannot know.
                    out.append({'error': re.sub(r' at 0x[0-9a-f]+>', '>', str(e)), 'parse': False})
            sys.stdout.write(json.dumps(out))
            """;
        var info = new ProcessStartInfo("python3", ["-c", Script]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var python = Process.Start(info)!;
        var input = new JsonArray();
        foreach (var (expression, document) in cases)
        {
            input.Add(new JsonArray(expression, document));
        }

        python.StandardInput.Write(input.ToJsonString());
        python.StandardInput.Close();
        var stdout = python.StandardOutput.ReadToEndAsync();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, error);
        var outcomes = new List<Outcome>();
        foreach (var item in JsonNode.Parse(stdout.Result)!.AsArray())
        {
            outcomes.Add(new Outcome((string?)item!["json"], (string?)item["error"], (bool?)item["parse"] ?? false));
        }

        return outcomes;
    }
}
