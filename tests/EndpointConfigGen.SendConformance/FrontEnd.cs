using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace EndpointConfigGen.SendConformance;

/// <summary>
/// The front end the tests run: the sample's dll (baked in by EmbedFrontEndPath in the .csproj), run with the
/// test host's dotnet, unless <c>ENDPOINTCONFIGGEN_FRONT_END</c> names another program: a dll (run with dotnet)
/// or an executable run as it is, such as the Native AOT build (scripts/aot/run.sh).
/// </summary>
public static class FrontEnd
{
    public const string Variable = "ENDPOINTCONFIGGEN_FRONT_END";

    /// <summary>The dll or executable.</summary>
    public static string Path { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen
        ? System.IO.Path.GetFullPath(chosen)
        : BuiltDll;

    /// <summary>Why the front end cannot run, or null.</summary>
    public static string? Problem => File.Exists(Path)
        ? null
        : Environment.GetEnvironmentVariable(Variable) is { Length: > 0 }
            ? $"front end not found: '{Path}' ({Variable})"
            : $"front end not built: '{Path}' (EmbedFrontEndPath in the .csproj sets it from samples/EndpointConfigCli)";

    /// <summary>The program to start and its arguments.</summary>
    public static (string File, IReadOnlyList<string> Arguments) Command(IEnumerable<string> args) =>
        Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? (DotnetHost, [Path, .. args]) : (Path, [.. args]);

    private static string BuiltDll => typeof(FrontEnd).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "FrontEndDll")?.Value ?? "";

    /// <summary>Set by the dotnet CLI for child processes: the same host that runs the tests.</summary>
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
