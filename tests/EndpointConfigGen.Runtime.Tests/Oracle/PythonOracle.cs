using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;

namespace EndpointConfigGen.Runtime.Tests.Oracle
{
    /// <summary>
    /// Runs Oracle/oracle.py (the real AWS CLI v1 parser and Python builtins) once for a batch.
    /// A missing python3 or awscli makes tests fail, never skip.
    /// </summary>
    public static class PythonOracle
    {
        public static IReadOnlyList<JsonElement> Ask(string mode, IEnumerable<string> inputs) =>
            Run(mode, "[" + string.Join(",", Map(inputs, JsonText.Quote)) + "]");

        public static IReadOnlyList<JsonElement> Ask(string mode, IEnumerable<long> inputs) =>
            Run(mode, "[" + string.Join(",", inputs) + "]");

        private static IReadOnlyList<JsonElement> Run(string mode, string inputsJson)
        {
            string script = Path.Combine(AppContext.BaseDirectory, "Oracle", "oracle.py");
            var start = new ProcessStartInfo("python3", "\"" + script + "\"")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
            using (var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
            {
                stdin.Write("{\"mode\":" + JsonText.Quote(mode) + ",\"inputs\":" + inputsJson + "}");
            }

            var stderrTask = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("oracle.py failed (is awscli 1.45.11 installed for python3?): " + stderrTask.Result);
            }

            using JsonDocument doc = JsonDocument.Parse(stdout);
            var results = new List<JsonElement>();
            foreach (JsonElement item in doc.RootElement.EnumerateArray())
            {
                results.Add(item.Clone());
            }

            return results;
        }

        private static IEnumerable<string> Map(IEnumerable<string> items, Func<string, string> f)
        {
            foreach (string item in items)
            {
                yield return f(item);
            }
        }
    }
}
