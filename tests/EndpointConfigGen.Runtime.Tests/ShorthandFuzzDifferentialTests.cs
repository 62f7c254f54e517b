using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using EndpointConfigGen.Runtime.Tests.Oracle;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests
{
    /// <summary>Seeded random inputs built from the grammar's significant characters, compared with the CLI in one batch.</summary>
    public sealed class ShorthandFuzzDifferentialTests
    {
        private static readonly string[] Pieces =
        {
            "a", "b", "k", "=", "=", ",", ",", "[", "]", "{", "}", "'", "\"", "\\", "\\,", " ", "\t", "\n", "@",
            "\u00e9", "\U0001F600", "\u00a0", "x y", "a=", "b=", ",c=", "#", ":", "\\'", "\\\"", "\\\\",
        };

        [Fact]
        public void RandomInputsMatchTheCli()
        {
            var random = new Random(20240611);
            var inputs = new List<string>();
            for (int n = 0; n < 3000; n++)
            {
                var sb = new StringBuilder(n % 3 == 0 ? string.Empty : "a=");
                int length = random.Next(1, 14);
                for (int i = 0; i < length; i++)
                {
                    sb.Append(Pieces[random.Next(Pieces.Length)]);
                }

                inputs.Add(sb.ToString());
            }

            IReadOnlyList<JsonElement> answers = PythonOracle.Ask("shorthand", inputs);
            var mismatches = new List<string>();
            int accepted = 0;
            for (int i = 0; i < inputs.Count; i++)
            {
                string ours = ShorthandParser.TryParse(inputs[i], out ParamNode? node, out ShorthandError? error)
                    ? "ok " + JsonText.Of(node!)
                    : "error " + error!.Offset + " " + error.Message;
                string theirs = answers[i].GetProperty("ok").GetBoolean()
                    ? "ok " + JsonText.Of(answers[i].GetProperty("tree"))
                    : "error " + answers[i].GetProperty("index").GetInt32() + " " + answers[i].GetProperty("message").GetString();
                accepted += ours.StartsWith("ok", StringComparison.Ordinal) ? 1 : 0;
                if (ours != theirs)
                {
                    mismatches.Add(JsonText.Quote(inputs[i]) + "\n  ours:   " + ours + "\n  theirs: " + theirs);
                }
            }

            // Both outcomes must be well represented for the comparison to mean something.
            Assert.InRange(accepted, 300, inputs.Count - 300);
            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.GetRange(0, Math.Min(10, mismatches.Count))));
        }
    }
}
