using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace EndpointConfigGen.Client.Tests.Support;

/// <summary>The oracles: the AWS CLI v1, boto3 and botocore's parser, run as separate processes.</summary>
public static class AwsTools
{
    public const string Region = "us-east-1";

    private static readonly Lazy<string> Aws = new(() => ToolLocator.Find("aws"));
    private static readonly Lazy<string> Python = new(() => ToolLocator.Find("python3"));

    /// <summary>Runs <c>aws ARGS --endpoint-url URL</c> with only the given key in its environment.</summary>
    public static Task<ProcessResult> CliAsync(string endpointUrl, MotoAccessKey key, params string[] args) =>
        ProcessRunner.RunAsync(Aws.Value, args.Concat(["--endpoint-url", endpointUrl]), new ProcessOptions { Environment = Isolated(key) });

    /// <summary>Runs each <c>(operation, params)</c> with boto3 and returns what boto3 returned for each.</summary>
    public static async Task<JsonElement[]> Boto3Async(string endpointUrl, MotoAccessKey key, params (string Operation, object Params)[] calls)
    {
        var input = JsonSerializer.Serialize(new
        {
            endpoint = endpointUrl,
            region = Region,
            calls = calls.Select(c => new object[] { c.Operation, c.Params }),
        });
        return await PythonJsonAsync("boto3_calls.py", input, Isolated(key));
    }

    /// <summary>What botocore's json parser and ClientError make of each error response.</summary>
    public static Task<JsonElement[]> BotocoreErrorsAsync(string casesJson) =>
        PythonJsonAsync("botocore_errors.py", casesJson, Isolated(null));

    private static async Task<JsonElement[]> PythonJsonAsync(string script, string input, IReadOnlyDictionary<string, string?> environment)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Oracles", script);
        var run = await ProcessRunner.RunAsync(Python.Value, [path], new ProcessOptions { Stdin = input, Environment = environment });
        Assert.True(run.ExitCode == 0, $"{script} failed ({run.ExitCode}): {run.Stderr}");
        return JsonSerializer.Deserialize<JsonElement[]>(run.Stdout)!;
    }

    /// <summary>No profile, config file, metadata service or endpoint override of the machine's leaks in.</summary>
    private static Dictionary<string, string?> Isolated(MotoAccessKey? key)
    {
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("AWS_", StringComparison.Ordinal))
            .ToDictionary(name => name, _ => (string?)null);
        environment["AWS_CONFIG_FILE"] = "/dev/null";
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_DEFAULT_REGION"] = Region;
        environment["PYTHONIOENCODING"] = "utf-8";
        if (key is not null)
        {
            environment["AWS_ACCESS_KEY_ID"] = key.AccessKeyId;
            environment["AWS_SECRET_ACCESS_KEY"] = key.SecretAccessKey;
        }
        return environment;
    }
}
