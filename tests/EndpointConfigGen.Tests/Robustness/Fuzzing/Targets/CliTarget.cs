extern alias runtime;

using System;
using System.Collections.Generic;
using System.IO;
using EndpointConfigCli.Model;
using EndpointConfigGen.Cli;
using runtime::EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Fuzzing.Targets;

/// <summary>
/// The front end in-process: one argument per line, run as <c>create-endpoint-config ARGS</c>.
/// It exits 0 or 252, and an error is a message, never an internal error or a stack trace.
/// </summary>
internal sealed class CliTarget : IFuzzTarget
{
    public string Name => "cli";

    public IReadOnlyList<string> Tokens { get; } =
        ["\n", "--", "--endpoint-config-name\n", "--production-variants\n", "--tags\n", "--kms-key-id\n", "--data-capture-config\n", "--async-inference-config\n", "--enable-network-isolation\n", "--no-enable-network-isolation\n",
         "--cli-input-json\n", "--generate-cli-skeleton\n", "input", "yaml-input", "output", "help\n", "--debug\n", "=", ",", "[", "]", "{", "}", "\"", "'", "\\", "@=", "VariantName=", "Key=", "{\"", "[{", "file://", "fileb://",
         // Numbers at and past the edges of int, long and double, which Python's JSON keeps and the typed model cannot.
         "2147483647", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999", "1e308", "1e400", "-1e400", "NaN", "Infinity", "1.0000000000000001",
         "\"InitialInstanceCount\": ", "\"InitialVariantWeight\": ", "\"VolumeSizeInGB\": "];

    public FuzzOutcome Run(string input)
    {
        var args = input.Split('\n');
        if (ReachesOutside(args))
        {
            return FuzzOutcome.Rejected;
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliRunner.Run(CreateEndpointConfigOperation.Cli, args, stdout, stderr);
        var errors = stderr.ToString();
        FuzzChecks.Require(code is 0 or CliRunner.ErrorExitCode, "exit code " + code);
        FuzzChecks.Require(!errors.Contains("Internal error", StringComparison.Ordinal), errors.Trim());
        FuzzChecks.Require(!errors.Contains("   at ", StringComparison.Ordinal), "stack trace on stderr");
        FuzzChecks.Require(code == 0 ? OnlyWarnings(errors) : stdout.ToString().Length == 0, "output on the wrong stream");
        return code == 0 ? FuzzOutcome.Accepted : FuzzOutcome.Rejected;
    }

    /// <summary>A request that is sent may still carry warnings (a zero weight): stderr then holds only those.</summary>
    private static bool OnlyWarnings(string errors)
    {
        foreach (var line in errors.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith("Warning: ", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Mutated file:// values must not read devices (a read of /dev/zero never ends).</summary>
    private static bool ReachesOutside(string[] args)
    {
        foreach (var arg in args)
        {
            if (arg.Contains("file://", StringComparison.Ordinal)
                && (arg.Contains("/dev", StringComparison.Ordinal) || arg.Contains("/proc", StringComparison.Ordinal) || arg.Contains("/sys", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
