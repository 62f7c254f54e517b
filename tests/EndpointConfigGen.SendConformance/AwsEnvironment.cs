using System;
using System.Collections;
using System.Collections.Generic;

namespace EndpointConfigGen.SendConformance;

/// <summary>
/// The one environment both programs get: the test process's, minus every <c>AWS_*</c> and
/// <c>ENDPOINTCONFIGGEN_*</c> variable, plus the moto key, us-east-1, empty config and credentials files,
/// no instance metadata, and UTF-8 for Python's pipes (so the CLI's bytes do not depend on the locale).
/// </summary>
public static class AwsEnvironment
{
    public const string Region = "us-east-1";

    public static Dictionary<string, string> Build(
        MotoAccessKey key, string emptyConfigFile, string emptyCredentialsFile, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (name.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)) continue;
            if (name.StartsWith("ENDPOINTCONFIGGEN_", StringComparison.OrdinalIgnoreCase)) continue;
            environment[name] = (string?)entry.Value ?? "";
        }
        environment["AWS_ACCESS_KEY_ID"] = key.AccessKeyId;
        environment["AWS_SECRET_ACCESS_KEY"] = key.SecretAccessKey;
        environment["AWS_DEFAULT_REGION"] = Region;
        environment["AWS_CONFIG_FILE"] = emptyConfigFile;
        environment["AWS_SHARED_CREDENTIALS_FILE"] = emptyCredentialsFile;
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            if (value is null) environment.Remove(name);
            else environment[name] = value;
        }
        return environment;
    }
}
