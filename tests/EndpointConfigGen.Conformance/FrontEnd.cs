using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace EndpointConfigGen.Conformance;

/// <summary>Runs samples/EndpointConfigCli's built dll (faster than `dotnet run`).</summary>
public sealed class FrontEnd
{
    /// <summary>Our exit code for every error the CLI reports with 255 (or argparse's 2).</summary>
    public const int ErrorExitCode = 252;

    /// <summary>Selects the front end's validation: <c>full</c> (its default when printing) or <c>botocore</c> (only the CLI's checks).</summary>
    public const string ValidationVariable = "ENDPOINTCONFIGGEN_VALIDATION";

    private readonly string _dotnet;

    public FrontEnd()
    {
        Dll = typeof(FrontEnd).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "FrontEndDll")?.Value ?? "";
        if (!File.Exists(Dll))
            throw new InvalidOperationException(
                $"front end not built: '{Dll}' (EmbedFrontEndPath in the .csproj sets it from samples/EndpointConfigCli)");
        // Set by the dotnet CLI for child processes; the same host that runs the tests.
        _dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    public string Dll { get; }

    /// <summary>Runs the front end in its print-the-request mode (ENDPOINTCONFIGGEN_PRINT_REQUEST=1): nothing is sent.</summary>
    public Task<ProcessResult> RunAsync(IReadOnlyList<string> args, string workDir, IReadOnlyDictionary<string, string>? env = null)
    {
        var environment = new Dictionary<string, string>(env ?? new Dictionary<string, string>()) { ["ENDPOINTCONFIGGEN_PRINT_REQUEST"] = "1" };
        return ProcessRunner.RunAsync(_dotnet, new[] { Dll }.Concat(args), new ProcessOptions { WorkingDirectory = workDir, Environment = ProcessOptions.Variables(environment) });
    }
}
