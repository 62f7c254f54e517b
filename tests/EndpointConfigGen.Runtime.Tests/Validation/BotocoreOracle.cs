using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;

namespace EndpointConfigGen.Runtime.Tests.Validation
{
    /// <summary>Runs botocore's ParamValidator (Validation/botocore_validate.py) once for a batch; fails, never skips, without python3/botocore.</summary>
    public static class BotocoreOracle
    {
        /// <summary>botocore's report per input JSON text: the lines after "Parameter validation failed:", or "".</summary>
        public static IReadOnlyList<string> Reports(string modelFile, string shape, IReadOnlyList<string> inputs)
        {
            string script = Path.Combine(TestModels.Folder, "botocore_validate.py");
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
                stdin.Write(JsonSerializer.Serialize(new { model = modelFile, shape, inputs }));
            }

            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("botocore_validate.py failed (is botocore 1.43.11 installed for python3?): " + stderr.Result);
            }

            return JsonSerializer.Deserialize<List<string>>(stdout)!;
        }
    }
}
