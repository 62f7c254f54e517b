using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace EndpointConfigGen.Client.Tests.Moto;

/// <summary>
/// Finds a command on PATH. A pyenv shim is replaced by the script it runs: the shim costs ~0.4 s a call,
/// and killing the script's process tree then kills the server itself.
/// </summary>
public static class ToolLocator
{
    /// <summary>The executable for <paramref name="name"/>; throws when it is not on PATH.</summary>
    public static string Find(string name)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"`{name}` is not on PATH (it comes with the AWS CLI v1's Python: pip install moto[server] awscli boto3)");
        return found.Contains("/shims/", StringComparison.Ordinal) ? ResolveShim(name) ?? found : found;
    }

    private static string? ResolveShim(string name)
    {
        try
        {
            using var pyenv = Process.Start(new ProcessStartInfo("pyenv")
            {
                ArgumentList = { "which", name },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (pyenv is null) return null;
            var path = pyenv.StandardOutput.ReadToEnd().Trim();
            if (!pyenv.WaitForExit(10_000)) pyenv.Kill(entireProcessTree: true);
            return pyenv.HasExited && pyenv.ExitCode == 0 && File.Exists(path) ? path : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no pyenv on PATH: keep the shim
        }
    }
}
