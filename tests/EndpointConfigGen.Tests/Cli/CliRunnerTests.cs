extern alias runtime;

using System.IO;
using EndpointConfigCli;
using EndpointConfigCli.Model;
using EndpointConfigGen.Cli;
using runtime::EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>
/// The command-line driver over the sample's generated create-endpoint-config command: argparse
/// rules, value sources, errors. Exact agreement with the real CLI is the conformance suite's job.
/// </summary>
public class CliRunnerTests
{
    private const string Variant = "VariantName=v,InstanceType=ml.m5.large";
    private const string Required = "--endpoint-config-name a --production-variants " + Variant;

    [Fact]
    public void Prints_the_body_on_one_line_in_model_order()
    {
        var result = Run("--kms-key-id k --production-variants " + Variant + " --endpoint-config-name a --enable-network-isolation");

        Assert.Equal(0, result.Code);
        Assert.Equal("""{"EndpointConfigName":"a","ProductionVariants":[{"VariantName":"v","InstanceType":"ml.m5.large"}],"KmsKeyId":"k","EnableNetworkIsolation":true}""" + "\n", result.Stdout);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void Repeated_options_keep_the_last_value()
    {
        var result = Run(Required + " --endpoint-config-name b --enable-network-isolation --no-enable-network-isolation");

        Assert.Contains("\"EndpointConfigName\":\"b\"", result.Stdout);
        Assert.Contains("\"EnableNetworkIsolation\":false", result.Stdout);
    }

    [Fact]
    public void List_options_take_one_structure_per_token_until_the_next_option()
    {
        var result = Run("--production-variants VariantName=a,InstanceType=ml.m5.large VariantName=b,InstanceType=ml.m5.large --endpoint-config-name a");

        Assert.Contains("\"ProductionVariants\":[{\"VariantName\":\"a\",\"InstanceType\":\"ml.m5.large\"},{\"VariantName\":\"b\",\"InstanceType\":\"ml.m5.large\"}]", result.Stdout);
    }

    [Fact]
    public void Tags_without_a_value_send_an_empty_list() =>
        Assert.Contains("\"Tags\":[]", Run(Required + " --tags").Stdout);

    [Fact]
    public void Unique_prefixes_and_equals_forms_are_accepted_as_argparse_does() =>
        Assert.Contains("\"KmsKeyId\":\"k\"", Run("--endpoint-config a --production-variants " + Variant + " --kms=k").Stdout);

    [Fact]
    public void Json_values_and_files_are_read()
    {
        var dir = Directory.CreateTempSubdirectory("cli-tests-").FullName;
        File.WriteAllText(Path.Combine(dir, "pv.json"), "[{\"VariantName\": \"f\", \"InstanceType\": \"ml.m5.large\", \"InitialInstanceCount\": 2}]\n");
        File.WriteAllText(Path.Combine(dir, "m.txt"), "from-file");

        var json = Run(["--endpoint-config-name", "a", "--production-variants", "file://" + dir + "/pv.json"]);
        var at = Run(["--endpoint-config-name", "a", "--production-variants", Variant + ",ModelName@=file://" + dir + "/m.txt"]);

        Assert.Contains("\"ProductionVariants\":[{\"VariantName\":\"f\",\"InitialInstanceCount\":2,\"InstanceType\":\"ml.m5.large\"}]", json.Stdout);
        Assert.Contains("\"ModelName\":\"from-file\"", at.Stdout);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Cli_input_json_fills_what_the_command_line_does_not_set()
    {
        var result = Run(["--cli-input-json", """{"EndpointConfigName":"j","ProductionVariants":[{"VariantName":"v","InstanceType":"ml.m5.large"}],"KmsKeyId":"k"}""", "--kms-key-id", "cli"]);

        Assert.Equal(0, result.Code);
        Assert.Contains("\"KmsKeyId\":\"cli\"", result.Stdout);
        Assert.Contains("\"EndpointConfigName\":\"j\"", result.Stdout);
    }

    [Fact]
    public void Generate_cli_skeleton_needs_no_other_option() =>
        Assert.Equal(CreateEndpointConfigOperation.InputSkeleton, Run("--generate-cli-skeleton").Stdout);

    [Fact]
    public void Help_lists_options_with_their_shorthand_syntax()
    {
        var help = Run("--help");

        Assert.Equal(0, help.Code);
        Assert.Contains("--enable-network-isolation | --no-enable-network-isolation", help.Stdout);
        Assert.Contains("Key=string,Value=string ...", help.Stdout);
    }

    [Theory]
    [InlineData("--endpoint-config-name a", "aws: error: the following arguments are required: --production-variants")]
    [InlineData(Required + " --kms-key-id", "aws: error: argument --kms-key-id: expected one argument")]
    [InlineData(Required + " --enable-network-isolation=x", "aws: error: argument --enable-network-isolation: ignored explicit argument 'x'")]
    [InlineData(Required + " --foo x", "Unknown options: --foo, x")]
    [InlineData(Required + " --kms-key-id k e1 e2", "Unknown options: e2, e1")]
    [InlineData(Required + ",InitialInstanceCount=x", "invalid literal for int() with base 10: 'x'")]
    [InlineData(Required + " --data-capture-config {\"a\":}", "JSON received: {\"a\":}")]
    [InlineData("--endpoint-config-name a --production-variants ModelName=m,InstanceType=ml.m5.large", "Missing required parameter in ProductionVariants[0]: \"VariantName\"")]
    public void Errors_print_a_blank_line_then_the_message_and_exit_252(string args, string lastLine)
    {
        var result = Run(args);

        Assert.Equal(252, result.Code);
        Assert.Empty(result.Stdout);
        Assert.StartsWith("\n", result.Stderr);
        Assert.EndsWith(lastLine + "\n", result.Stderr);
    }

    [Fact]
    public void Shorthand_errors_name_the_parameter()
    {
        var result = Run("--endpoint-config-name a --production-variants VariantName=v,ServerlessConfig={MaxConcurrency=1");

        Assert.StartsWith("\nError parsing parameter '--production-variants': Expected: ',', received: 'EOF' for input:\n", result.Stderr);
    }

    [Fact]
    public void A_missing_file_is_reported_as_the_cli_reports_it()
    {
        var result = Run("--endpoint-config-name a --production-variants file:///nonexistent/pv.json");

        Assert.Equal("\nError parsing parameter '--production-variants': Unable to load paramfile file:///nonexistent/pv.json: [Errno 2] No such file or directory: '/nonexistent/pv.json'\n", result.Stderr);
    }

    [Fact]
    public void Full_validation_and_the_operation_rules_apply_by_default()
    {
        var result = Run("--endpoint-config-name a --production-variants VariantName=v,InstanceType=ml.g5.xlarge --kms-key-id k");

        Assert.Equal(252, result.Code);
        Assert.Empty(result.Stdout);
        Assert.Equal("\nParameter validation failed:\nInvalid value for parameter KmsKeyId: a KMS key cannot be used with ProductionVariants[0] (VariantName \"v\") InstanceType ml.g5.xlarge, which has local instance storage: those volumes are encrypted by the instance hardware and cannot take a KMS key\n", result.Stderr);
    }

    [Fact]
    public void Every_problem_is_listed_constraints_and_rules_alike()
    {
        var result = Run("--endpoint-config-name a_b --production-variants VariantName=v VariantName=v,InstanceType=ml.m5.huge");

        Assert.Equal(252, result.Code);
        var lines = result.Stderr.Trim('\n').Split('\n');
        Assert.Equal("Parameter validation failed:", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Invalid value for parameter EndpointConfigName, value: a_b, valid pattern:", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Invalid value for parameter ProductionVariants[1].InstanceType, value: ml.m5.huge, not one of", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Missing parameter in ProductionVariants[0] (VariantName \"v\"): set one of ServerlessConfig, InstanceType", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Invalid value for parameter ProductionVariants[1].VariantName, value: v: ProductionVariants[0] has the same VariantName", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_go_to_stderr_and_the_body_is_still_printed()
    {
        var result = Run(Required + ",InitialVariantWeight=0 VariantName=w,InstanceType=ml.m5.large");

        Assert.Equal(0, result.Code);
        Assert.Equal("""{"EndpointConfigName":"a","ProductionVariants":[{"VariantName":"v","InstanceType":"ml.m5.large","InitialVariantWeight":0.0},{"VariantName":"w","InstanceType":"ml.m5.large"}]}""" + "\n", result.Stdout);
        Assert.StartsWith("Warning: Suspicious value for parameter ProductionVariants[0].InitialVariantWeight, value: 0.0:", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("0", false)]
    [InlineData("1", true)]
    [InlineData("TRUE", true)]
    public void The_environment_variable_allows_unknown_enum_values(string? value, bool allowed)
    {
        var options = CliRunner.DefaultValidation(CreateEndpointConfigOperation.Cli, FrontEndOptions.Read(name => name == CliRunner.AllowUnknownEnumValuesVariable ? value : null));
        var args = ("--endpoint-config-name a --production-variants VariantName=v,InstanceType=ml.m9.large").Split(' ');
        var stdout = new StringWriter();

        var code = CliRunner.Run(CreateEndpointConfigOperation.Cli, args, stdout, new StringWriter(), options);

        Assert.Equal(allowed ? 0 : 252, code);
        Assert.Same(CreateEndpointConfigOperation.Cli.Rules, options.Rules);
        Assert.NotEmpty(options.Rules);
    }

    [Theory]
    [InlineData("\"InitialInstanceCount\":3000000000", "InitialInstanceCount, value: 3000000000, valid max value: 2147483647")]
    [InlineData("\"InitialInstanceCount\":-99999999999999999999", "InitialInstanceCount, value: -99999999999999999999, valid min value: 1")]
    [InlineData("\"VolumeSizeInGB\":99999999999999999999", "VolumeSizeInGB, value: 99999999999999999999, valid max value: 512")]
    [InlineData("\"InitialVariantWeight\":1e400", "InitialVariantWeight, value: inf, valid max value: 1.7976931348623157e+308")]
    [InlineData("\"InitialVariantWeight\":1" + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "InitialVariantWeight, value: 1" + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000, valid max value: 1.7976931348623157e+308")]
    public void Cli_input_json_numbers_the_model_s_types_cannot_hold_are_parameter_errors(string member, string problem)
    {
        // Full validation (the default): the same kind of error shorthand gets for these numbers, never an internal one.
        var result = Run(["--cli-input-json", """{"EndpointConfigName":"j","ProductionVariants":[{"VariantName":"v","InstanceType":"ml.m5.large",""" + member + "}]}"]);

        Assert.Equal((CliRunner.ErrorExitCode, "", "\nParameter validation failed:\nInvalid value for parameter ProductionVariants[0]." + problem + "\n"), result);
    }

    private static (int Code, string Stdout, string Stderr) Run(string args) => Run(args.Split(' '));

    private static (int Code, string Stdout, string Stderr) Run(string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CliRunner.Run(CreateEndpointConfigOperation.Cli, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
