using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace EndpointConfigGen.TestSupport;

/// <summary>
/// Finds a command on PATH. A pyenv shim is replaced by the script it runs: the shim costs ~0.4 s a call,
/// and killing the script's process tree then kills the server itself.
/// </summary>
public static class ToolLocator
{
    /// <summary>The executable for <paramref name="name"/>; throws when it is not on PATH.</summary>
    public static string Find(string name) =>
        TryFind(name) ?? throw new InvalidOperationException($"`{name}` is not on PATH (it comes with the AWS CLI v1's Python: pip install moto[server] awscli==1.45.11 boto3)");

    /// <summary>The executable for <paramref name="name"/>, or null when it is not on PATH.</summary>
    public static string? TryFind(string name)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        if (found is null) return null;
        return found.Contains("/shims/", StringComparison.Ordinal) ? ResolveShim(name) ?? found : found;
    }

    /// <summary>
    /// The interpreter a script's shebang names (<c>#!/usr/bin/env python3</c> or <c>#!/path/python</c>): the Python that
    /// has the script's packages (awscli, botocore) installed. <c>python3</c> from PATH when there is no shebang.
    /// </summary>
    public static string InterpreterOf(string script)
    {
        var first = File.ReadLines(script).FirstOrDefault() ?? "";
        if (!first.StartsWith("#!", StringComparison.Ordinal)) return Find("python3");
        var parts = first[2..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts[0].EndsWith("/env", StringComparison.Ordinal) ? Find(parts[1]) : parts[0];
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
