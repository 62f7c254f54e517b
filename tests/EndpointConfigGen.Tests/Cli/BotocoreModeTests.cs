extern alias runtime;

using System.IO;
using EndpointConfigCli.Model;
using EndpointConfigGen.Cli;
using runtime::EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>
/// ENDPOINTCONFIGGEN_VALIDATION=botocore prints the body botocore would send, where the typed model could not
/// hold it or writes it otherwise. The expected bodies are what AWS CLI v1 1.45.11 sent for the same arguments
/// (the conformance suite compares the cases whose full-mode outcome it can pin; these it cannot).
/// </summary>
public class BotocoreModeTests
{
    private const string Head = """{"EndpointConfigName":"a","ProductionVariants":[{"VariantName":"v","InstanceType":"ml.m5.large",""";

    [Theory]
    [InlineData("\"InitialInstanceCount\":3000000000", "\"InitialInstanceCount\":3000000000")]
    [InlineData("\"InitialInstanceCount\":99999999999999999999", "\"InitialInstanceCount\":99999999999999999999")]
    [InlineData("\"InitialInstanceCount\":true", "\"InitialInstanceCount\":true")]
    [InlineData("\"InitialVariantWeight\":1", "\"InitialVariantWeight\":1")]
    [InlineData("\"InitialVariantWeight\":-0", "\"InitialVariantWeight\":0")]
    [InlineData("\"InitialVariantWeight\":99999999999999999999", "\"InitialVariantWeight\":99999999999999999999")]
    [InlineData("\"InitialVariantWeight\":true", "\"InitialVariantWeight\":true")]
    [InlineData("\"InitialVariantWeight\":1E5", "\"InitialVariantWeight\":100000.0")]
    [InlineData("\"InitialVariantWeight\":1.0000000000000001", "\"InitialVariantWeight\":1.0")]
    [InlineData("\"InitialVariantWeight\":1e400", "\"InitialVariantWeight\":\"Infinity\"")]
    [InlineData("\"InitialVariantWeight\":NaN", "\"InitialVariantWeight\":\"NaN\"")]
    [InlineData("\"ServerlessConfig\":{\"MaxConcurrency\":1,\"MemorySizeInMB\":2048}", "\"ServerlessConfig\":{\"MaxConcurrency\":1,\"MemorySizeInMB\":2048}")]
    public void Json_values_are_sent_as_botocore_sends_them(string member, string sent)
    {
        var result = Run("--endpoint-config-name", "a", "--production-variants", "[{\"VariantName\":\"v\",\"InstanceType\":\"ml.m5.large\"," + member + "}]");

        Assert.Equal((0, Head + sent + "}]}\n", ""), result);
    }

    [Theory]
    [InlineData("InitialInstanceCount=99999999999999999999", "\"InitialInstanceCount\":99999999999999999999")]
    [InlineData("InitialInstanceCount=+007", "\"InitialInstanceCount\":7")]
    [InlineData("InitialVariantWeight=nan", "\"InitialVariantWeight\":\"NaN\"")]
    [InlineData("InitialVariantWeight=Infinity", "\"InitialVariantWeight\":\"Infinity\"")]
    [InlineData("InitialVariantWeight=1e400", "\"InitialVariantWeight\":\"Infinity\"")]
    public void Shorthand_numbers_are_read_as_python_reads_them(string member, string sent)
    {
        var result = Run("--endpoint-config-name", "a", "--production-variants", "VariantName=v,InstanceType=ml.m5.large," + member);

        Assert.Equal((0, Head + sent + "}]}\n", ""), result);
    }

    [Fact]
    public void Negative_infinity_fails_botocores_minimum_as_the_cli_does()
    {
        var result = Run("--endpoint-config-name", "a", "--production-variants", "VariantName=v,InitialVariantWeight=-inf");

        Assert.Equal((252, "", "\nParameter validation failed:\nInvalid value for parameter ProductionVariants[0].InitialVariantWeight, value: -inf, valid min value: 0\n"), result);
    }

    [Fact]
    public void Infinity_where_an_integer_belongs_is_a_float_to_botocore()
    {
        var result = Run("--endpoint-config-name", "a", "--production-variants", "[{\"VariantName\":\"v\",\"InitialInstanceCount\":Infinity}]");

        Assert.Equal((252, "", "\nParameter validation failed:\nInvalid type for parameter ProductionVariants[0].InitialInstanceCount, value: inf, type: <class 'float'>, valid types: <class 'int'>\n"), result);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var botocore = CliRunner.DefaultValidation(CreateEndpointConfigOperation.Cli, new CliRunOptions { ValidationMode = "botocore" });
        var code = CliRunner.Run(CreateEndpointConfigOperation.Cli, args, stdout, stderr, botocore);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
