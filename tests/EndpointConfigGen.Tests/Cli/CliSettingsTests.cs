using System.Collections.Generic;
using System.IO;
using EndpointConfigGen.Cli;

namespace EndpointConfigGen.Tests.Cli;

/// <summary>
/// The settings the CLI reads besides its options, with botocore's precedence (the command line, the environment, the
/// profile), the config files as botocore reads them, the new global options, and botocore's retry note.
/// </summary>
public class CliSettingsTests
{
    private static CliGlobalOptions Options(params string[] args) => CliGlobalOptions.Extract(args, new List<string>());

    private static CliSettings Settings(string config, Dictionary<string, string> environment, params string[] args)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, config);
        environment.TryAdd("AWS_CONFIG_FILE", path);
        environment.TryAdd("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        try
        {
            return CliSettings.Resolve(Options(args), name => environment.GetValueOrDefault(name));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Flags_and_value_options_are_taken_and_what_remains_is_the_commands()
    {
        var remaining = new List<string>();
        var options = CliGlobalOptions.Extract(["--no-verify-ssl", "--x", "1", "--color=off", "--no-paginate", "--ca-bundle", "b.pem", "--no-sign-request", "--v2-debug"], remaining);

        Assert.Equal(["--x", "1"], remaining);
        Assert.True(options.NoVerifySsl && options.NoPaginate && options.NoSignRequest && options.V2Debug);
        Assert.Equal(("off", "b.pem"), (options.Color, options.CaBundle));
        Assert.Contains("--version", CliGlobalOptions.Names);
        Assert.Equal(15, CliGlobalOptions.Names.Count);
    }

    [Fact]
    public void Version_stops_reading_the_line_as_argparse_does()
    {
        var remaining = new List<string>();
        var options = CliGlobalOptions.Extract(["--a", "--version", "--output", "bogus"], remaining);

        Assert.True(options.Version);
        Assert.Equal(["--a"], remaining);
    }

    [Theory]
    [InlineData("--no-paginate=1", "argument --no-paginate: ignored explicit argument '1'")]
    [InlineData("--color=red", "argument --color: Invalid choice, valid choices are:\n\non                                       | off                                     \nauto                                    ")]
    public void Bad_global_options_are_argparse_errors(string arg, string message)
    {
        var error = Assert.Throws<CliException>(() => Options(arg));
        Assert.True(error.IsUsageError);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_environment_wins_over_the_profile_and_the_profile_is_read_as_botocore_reads_it()
    {
        const string config = "# comment\n[default]\nretry_mode = adaptive\nmax_attempts: 7\nOUTPUT = text\nca_bundle = /p.pem\n\n[profile p]\nretry_mode = standard\n";

        var fromProfile = Settings(config, new());
        Assert.Equal(("adaptive", 7), fromProfile.Retries());
        Assert.Equal(("text", "/p.pem"), (fromProfile.Output, fromProfile.CaBundle));

        var fromEnvironment = Settings(config, new() { ["AWS_RETRY_MODE"] = "legacy", ["AWS_MAX_ATTEMPTS"] = "2", ["AWS_DEFAULT_OUTPUT"] = "table", ["AWS_CA_BUNDLE"] = "/e.pem" });
        Assert.Equal(("legacy", 2), fromEnvironment.Retries());
        Assert.Equal(("table", "/e.pem"), (fromEnvironment.Output, fromEnvironment.CaBundle));

        var option = Settings(config, new() { ["AWS_CA_BUNDLE"] = "/e.pem" }, "--ca-bundle", "/o.pem", "--profile", "p");
        Assert.Equal(("standard", 3), option.Retries());
        Assert.Equal("/o.pem", option.CaBundle);
        Assert.Equal(("legacy", 5), Settings(string.Empty, new()).Retries());
    }

    [Theory]
    [InlineData("AWS_RETRY_MODE", "bogus", "Invalid value provided to \"mode\": \"bogus\" must be one of: ('legacy', 'standard', 'adaptive')")]
    [InlineData("AWS_MAX_ATTEMPTS", "0", "Value provided to \"max_attempts\": 0 must be an integer greater than or equal to 1.")]
    [InlineData("AWS_MAX_ATTEMPTS", "x", "invalid literal for int() with base 10: 'x'")]
    public void Bad_retry_settings_fail_with_botocores_message(string variable, string value, string message) =>
        Assert.Equal(message, Assert.Throws<CliSendException>(() => Settings(string.Empty, new() { [variable] = value }).Retries()).Message);

    [Fact]
    public void Endpoints_follow_botocores_order()
    {
        const string config = "[default]\nendpoint_url = http://profile\nservices = s\n[services s]\nsagemaker =\n  endpoint_url = http://services\n  other = x\n";
        Assert.Equal("http://option", Settings(config, new() { ["AWS_ENDPOINT_URL_SAGEMAKER"] = "http://env-service" }, "--endpoint-url", "http://option").Endpoint("SageMaker").Url);
        Assert.Equal("http://env-service", Settings(config, new() { ["AWS_ENDPOINT_URL_SAGEMAKER"] = "http://env-service", ["AWS_ENDPOINT_URL"] = "http://env" }).Endpoint("SageMaker").Url);
        Assert.Equal("http://env", Settings(config, new() { ["AWS_ENDPOINT_URL"] = "http://env" }).Endpoint("SageMaker").Url);
        Assert.Equal("http://services", Settings(config, new()).Endpoint("SageMaker").Url);
        Assert.Equal("http://profile", Settings("[default]\nendpoint_url = http://profile\n", new()).Endpoint("SageMaker").Url);
        Assert.Null(Settings(config, new() { ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "true", ["AWS_ENDPOINT_URL"] = "http://env" }).Endpoint("SageMaker").Url);
        Assert.Throws<CliSendException>(() => Settings("[default]\nservices = none\n", new()).Endpoint("SageMaker"));
    }

    [Fact]
    public void Timeouts_default_to_60_seconds_and_0_means_none()
    {
        Assert.Equal((60, 60), (Settings(string.Empty, new()).ConnectTimeoutSeconds, Settings(string.Empty, new()).ReadTimeoutSeconds));
        var given = Settings(string.Empty, new(), "--cli-connect-timeout", "0", "--cli-read-timeout", "5");
        Assert.Equal((null, 5), (given.ConnectTimeoutSeconds, given.ReadTimeoutSeconds));
    }

    [Theory]
    [InlineData("legacy", 5, 5, 503, "X", " (reached max retries: 4)")]
    [InlineData("legacy", 5, 2, 503, "X", "")]
    [InlineData("legacy", 1, 1, 400, "ValidationException", "")]
    [InlineData("legacy", 1, 1, 400, "ThrottlingException", " (reached max retries: 0)")]
    [InlineData("standard", 1, 1, 400, "ValidationException", " (reached max retries: 0)")]
    [InlineData("adaptive", 2, 2, 503, "X", " (reached max retries: 1)")]
    public void The_retry_note_is_botocores(string mode, int max, int attempts, int status, string code, string note) =>
        Assert.Equal("An error occurred (" + code + ") when calling the Op operation" + note + ": m", CliRetries.ErrorLine("Op", code, "m", status, (mode, max), attempts));
}
