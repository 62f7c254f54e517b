using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace OtherServices.Tests;

/// <summary>Runs oracle.py once for a batch of inputs; fails, never skips, without python3 and awscli 1.45.11.</summary>
public static class CliOracle
{
    public static IReadOnlyList<JsonElement> Answer(IEnumerable<(CliArgument Argument, string[] Tokens)> cases)
    {
        var request = cases.Select(c => new Dictionary<string, object>
        {
            ["service"] = c.Argument.Service,
            ["operation"] = c.Argument.Operation,
            ["argument"] = c.Argument.Argument,
            ["value"] = c.Argument.IsList ? c.Tokens : c.Tokens[0],
        }).ToList();
        var start = new ProcessStartInfo("python3", "\"" + Path.Combine(AppContext.BaseDirectory, "oracle.py") + "\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        using (var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
        {
            stdin.Write(JsonSerializer.Serialize(request));
        }

        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("oracle.py failed (is awscli 1.45.11 installed for python3?): " + stderr.Result);
        }

        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
