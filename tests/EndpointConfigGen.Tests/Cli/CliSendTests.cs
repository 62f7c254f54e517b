using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using EndpointConfigCli.Model;
using EndpointConfigGen.Cli;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>
/// The sending half of the front end's runner with a fake sender: global options anywhere on the line,
/// output printed as awscli's own formatters print it (run in Python as the oracle), and v1's errors and exit codes.
/// </summary>
public class CliSendTests
{
    private static readonly string[] Minimal = ["--endpoint-config-name", "c1", "--production-variants", "VariantName=v,ModelName=m,InstanceType=ml.m5.large,InitialInstanceCount=1"];

    private const string Nested = """{"Name":"c1","Arn":"arn:x","Variants":[{"VariantName":"a","Weight":1.0,"Count":2,"Tags":["x","y"]},{"VariantName":"b","Extra":true,"Serverless":{"MemorySizeInMB":1024}}],"Capture":{"Enable":false,"Options":[]},"Missing":null,"Text":"caf\u00e9 \"q\"\n\t\\"}""";

    [Fact]
    public async Task Global_options_are_taken_anywhere_and_reach_the_sender_with_the_checked_body()
    {
        CliSendRequest? seen = null;
        var (code, stdout, stderr) = await Run(
            ["--region", "eu-west-1", .. Minimal[..2], "--endpoint-url=http://127.0.0.1:9", .. Minimal[2..], "--debug", "--cli-read-timeout", "7", "--region=us-west-2"],
            (request, _) => { seen = request; return Task.FromResult("""{"EndpointConfigArn":"arn:c1"}"""); });

        Assert.Equal((0, "{\n    \"EndpointConfigArn\": \"arn:c1\"\n}\n", string.Empty), (code, stdout, stderr));
        Assert.Equal("us-west-2", seen!.Options.Region);
        Assert.Equal("http://127.0.0.1:9", seen.Options.EndpointUrl);
        Assert.Equal(7, seen.Options.ReadTimeoutSeconds);
        Assert.True(seen.Options.Debug);
        // The typed model's body (full validation, the default): members in model order.
        Assert.Equal("""{"EndpointConfigName":"c1","ProductionVariants":[{"VariantName":"v","ModelName":"m","InitialInstanceCount":1,"InstanceType":"ml.m5.large"}]}""", seen.Body);
    }

    [Theory]
    [InlineData("json", null)]
    [InlineData("text", null)]
    [InlineData("json", "Variants[].{n:VariantName,w:Weight}")]
    [InlineData("text", "Variants[].{n:VariantName,w:Weight}")]
    [InlineData("text", "[Name, Missing, `1`, `true`]")]
    [InlineData("json", "Missing")]
    [InlineData("text", "Missing")]
    [InlineData("json", "Text")]
    public async Task Output_is_what_awscli_formatters_print(string output, string? query)
    {
        string[] args = query is null ? [.. Minimal, "--output", output] : [.. Minimal, "--output", output, "--query", query];

        var (code, stdout, _) = await Run(args, (_, _) => Task.FromResult(Nested));

        Assert.Equal(0, code);
        Assert.Equal(AwsCliFormat(Nested, output, query), stdout);
    }

    [Theory]
    [InlineData("{}", null, "")]
    [InlineData("{\"A\":{}}", "A", "")]
    [InlineData("{}", "A", "null\n")]
    public async Task A_result_equal_to_an_empty_object_prints_nothing_as_v1s_json_formatter(string response, string? query, string expected)
    {
        var (code, stdout, stderr) = await Run(query is null ? Minimal : [.. Minimal, "--query", query], (_, _) => Task.FromResult(response));

        Assert.Equal((0, expected, string.Empty), (code, stdout, stderr));
    }

    [Fact]
    public async Task A_service_error_prints_the_senders_line_after_a_blank_line_and_exits_255()
    {
        var (code, stdout, stderr) = await Run(Minimal, (_, _) => throw new CliSendException("An error occurred (ValidationException) when calling the CreateEndpointConfig operation: nope"));

        Assert.Equal((255, string.Empty, "\nAn error occurred (ValidationException) when calling the CreateEndpointConfig operation: nope\n"), (code, stdout, stderr));
    }

    [Fact]
    public async Task Argparse_errors_exit_2_after_v1s_note_and_usage_and_nothing_is_sent()
    {
        var (code, stdout, stderr) = await Run([.. Minimal, "--output", "bogus"], (_, _) => throw new Xunit.Sdk.XunitException("sent"));

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("usage: \rNote: AWS CLI version 2, the latest major version", stderr);
        Assert.EndsWith(
            "  aws <command> <subcommand> help\naws: error: argument --output: Invalid choice, valid choices are:\n\njson                                     | text                                    \ntable                                   \n",
            stderr);
    }

    [Fact]
    public async Task Parameter_errors_exit_255_and_a_bad_query_fails_before_sending()
    {
        var unknown = await Run([.. Minimal, "--bogus", "1"], (_, _) => throw new Xunit.Sdk.XunitException("sent"));
        var query = await Run([.. Minimal, "--query", ""], (_, _) => throw new Xunit.Sdk.XunitException("sent"));

        Assert.Equal(255, unknown.Code);
        Assert.EndsWith("  aws <command> <subcommand> help\n\nUnknown options: --bogus, 1\n", unknown.Stderr);
        Assert.Equal((255, "\nBad value for --query : Invalid JMESPath expression: cannot be empty.\n"), (query.Code, query.Stderr));
    }

    [Theory]
    [InlineData("Name ! Arn")]
    [InlineData("Variants[?Weight > `0`")]
    [InlineData("abs(Name)")]
    [InlineData("sum(Variants[*].VariantName)")]
    [InlineData("not_null()")]
    public async Task Query_errors_are_pythons_a_parse_error_before_sending_and_a_function_error_after(string query)
    {
        var sent = false;
        var (code, stdout, stderr) = await Run([.. Minimal, "--query", query], (_, _) => { sent = true; return Task.FromResult(Nested); });

        // As the CLI: "Bad value for --query" around a parse error, nothing sent; any other error printed as it is.
        var python = JmesQueryOracle.Run([(query, Nested)])[0];
        Assert.NotNull(python.Error);
        var expected = python.ParseError ? "\nBad value for --query " + query + ": " + python.Error + "\n" : "\n" + python.Error + "\n";
        Assert.Equal((255, string.Empty, expected, !python.ParseError), (code, stdout, stderr, sent));
    }

    [Fact]
    public async Task The_yaml_input_skeleton_filled_in_is_read_back_as_cli_input_yaml()
    {
        var yaml = CreateEndpointConfigOperation.YamlInputSkeleton;
        Assert.Contains("EndpointConfigName: ''", yaml);
        var file = Path.Combine(Path.GetTempPath(), "ecg-" + System.Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(file, """
            EndpointConfigName: from-yaml
            ProductionVariants:
            - VariantName: v
              ModelName: m
              InitialInstanceCount: 0x2
              InstanceType: ml.m5.large
              InitialVariantWeight: 1
            EnableNetworkIsolation: true
            Tags:
            - Key: on
              Value: '010'
            """);
        try
        {
            CliSendRequest? seen = null;
            var (code, _, stderr) = await Run(["--cli-input-yaml", "file://" + file], (request, _) => { seen = request; return Task.FromResult("{}"); });

            Assert.True(code == 0, stderr);
            Assert.Equal("""{"EndpointConfigName":"from-yaml","ProductionVariants":[{"VariantName":"v","ModelName":"m","InitialInstanceCount":2,"InstanceType":"ml.m5.large","InitialVariantWeight":1.0}],"Tags":[{"Key":"on","Value":"010"}],"EnableNetworkIsolation":true}""", seen!.Body);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(string[] args, CliSender send)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = await CliRunner.RunAsync(CreateEndpointConfigOperation.Cli, args, stdout, stderr, send);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // The CLI's own formatters on the same response: json.dumps(indent=4, ensure_ascii=False) and awscli.text.
    private static string AwsCliFormat(string response, string output, string? query)
    {
        const string Script = """
            import io, json, sys, jmespath
            from awscli.text import format_text
            response, output, query = json.loads(sys.stdin.read())
            data = json.loads(response)
            if query is not None:
                data = jmespath.search(query, data)
            out = io.StringIO()
            if output == 'json':
                out.write(json.dumps(data, indent=4, ensure_ascii=False) + '\n')
            else:
                format_text(data, out)
            sys.stdout.buffer.write(out.getvalue().encode('utf-8'))
            """;
        var info = new ProcessStartInfo("python3", ["-c", Script]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var python = Process.Start(info)!;
        python.StandardInput.Write(System.Text.Json.JsonSerializer.Serialize(new object?[] { response, output, query }));
        python.StandardInput.Close();
        var result = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, error);
        return result;
    }
}
