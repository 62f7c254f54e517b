using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace EndpointConfigGen.SendConformance;

/// <summary>What a process wrote, as bytes (no decoding, no newline translation), and how it ended.</summary>
public sealed record ProcessOutcome(int ExitCode, byte[] Stdout, byte[] Stderr, TimeSpan Elapsed);

/// <summary>Runs a process with exactly the given environment, stdin closed, stdout and stderr captured as bytes.</summary>
public static class ByteProcess
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<ProcessOutcome> RunAsync(
        string fileName, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        psi.Environment.Clear();
        foreach (var (name, value) in environment) psi.Environment[name] = value;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.StandardInput.Close();
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        var reading = Task.WhenAll(
            process.StandardOutput.BaseStream.CopyToAsync(stdout),
            process.StandardError.BaseStream.CopyToAsync(stderr));
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(Limit)) != exited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{fileName} {string.Join(' ', psi.ArgumentList)} ran longer than {Limit} and was killed");
        }
        if (await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(10))) != reading)
            throw new TimeoutException($"{fileName} exited but its stdout/stderr stayed open (a child process still holds them)");
        await reading;
        return new ProcessOutcome(process.ExitCode, stdout.ToArray(), stderr.ToArray(), clock.Elapsed);
    }
}
