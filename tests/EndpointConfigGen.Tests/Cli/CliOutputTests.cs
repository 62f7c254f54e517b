using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using EndpointConfigGen.Cli;
using EndpointConfigGen.TestSupport;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>
/// <c>--output json</c> and <c>--output text</c> against awscli's own formatters, on the response as <c>json.loads</c>
/// reads it: a repeated key printed once with its last value, values in containers shown as Python's <c>str()</c>.
/// </summary>
public class CliOutputTests
{
    private static readonly string[] Responses =
    [
        """{"EndpointConfigArn":"arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/c"}""",
        """{"a":1,"a":2,"b":{"x":"1","x":[true,null]}}""",
        """{"Name":"caf\u00e9 \ud83d\ude00","Tab":"a\tb","Quote":"say \"hi\"","Ratio":0.5,"Tiny":1e-05,"Big":12345678901234567890,"Off":false,"None":null}""",
        """[{"a":1},{"a":[1,2]},{"a":{"k":"v'"},"b":"x"}]""",
        """{"List":[[1,"a"],[2,"b"]],"Empty":[],"EmptyMap":{},"Nested":{"Deeper":{"Leaf":1.0}}}""",
        """[1,"two",null,true]""",
        """{}""",
        """[]""",
        "\"text\"",
        "0.0",
    ];

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void Output_matches_awscli_s_formatter(string output)
    {
        var expected = Oracle(output);
        for (var i = 0; i < Responses.Length; i++)
        {
            Assert.True(expected[i] == CliOutput.Format(Responses[i], null, output, "CreateEndpointConfig"), "Response: " + Responses[i] + "\nawscli:\n" + expected[i] + "\nours:\n" + CliOutput.Format(Responses[i], null, output, "CreateEndpointConfig"));
        }
    }

    // awscli's formatters given the response as --query would hand it over, as CliTableTests does for the table.
    private static List<string> Oracle(string output)
    {
        const string Script = """
            import argparse, io, json, sys
            from awscli.formatter import get_formatter
            results = []
            output = sys.argv[1]
            for response in json.loads(sys.stdin.buffer.read().decode('utf-8')):
                data = json.loads(response)
                args = argparse.Namespace(color='auto', query=argparse.Namespace(search=lambda _, data=data: data))
                out = io.StringIO()
                get_formatter(output, args)('CreateEndpointConfig', {}, out)
                results.append(out.getvalue())
            sys.stdout.buffer.write(json.dumps(results).encode('utf-8'))
            """;
        var python = ProcessRunner.Run("python3", ["-c", Script, output], new ProcessOptions { Stdin = JsonSerializer.Serialize(Responses) });
        Assert.True(python.ExitCode == 0, python.Stderr);
        return JsonSerializer.Deserialize<List<string>>(python.Stdout)!;
    }
}
