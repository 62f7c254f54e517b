using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace EndpointConfigGen.TestSupport;

/// <summary>Runs a tool to completion and captures what it wrote; a run past the hang guard is killed with its children.</summary>
public static class ProcessRunner
{
    // Once the process has exited, its streams close within moments unless a child it left behind still holds them.
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(30);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="args"/>, each passed as one argument.</summary>
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> args, ProcessOptions? options = null)
    {
        options ??= new ProcessOptions();
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        if (options.WorkingDirectory is not null) psi.WorkingDirectory = options.WorkingDirectory;
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        if (options.ClearEnvironment) psi.Environment.Clear();
        foreach (var (name, value) in options.Environment ?? new Dictionary<string, string?>())
        {
            if (value is null) psi.Environment.Remove(name);
            else psi.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {fileName}");
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        var reading = Task.WhenAll(
            process.StandardOutput.BaseStream.CopyToAsync(stdout),
            process.StandardError.BaseStream.CopyToAsync(stderr));
        try
        {
            await process.StandardInput.WriteAsync(options.Stdin ?? "").ConfigureAwait(false);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process exited without reading its input; what it wrote and its exit code still tell the test why.
        }

        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(options.HangLimit)).ConfigureAwait(false) != exited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
            throw new TimeoutException($"{fileName} {string.Join(' ', psi.ArgumentList)} ran longer than {options.HangLimit} and was killed");
        }
        if (await Task.WhenAny(reading, Task.Delay(DrainLimit)).ConfigureAwait(false) != reading)
            throw new TimeoutException($"{fileName} exited but its stdout/stderr stayed open (a child process still holds them)");
        await reading.ConfigureAwait(false);
        return new ProcessResult(process.ExitCode, stdout.ToArray(), stderr.ToArray(), clock.Elapsed);
    }

    /// <summary><see cref="RunAsync"/> for synchronous callers (fixtures built in constructors).</summary>
    public static ProcessResult Run(string fileName, IEnumerable<string> args, ProcessOptions? options = null) =>
        RunAsync(fileName, args, options).GetAwaiter().GetResult();
}
