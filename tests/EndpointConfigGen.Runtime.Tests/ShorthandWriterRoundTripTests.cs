using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using EndpointConfigGen.Runtime.Tests.Oracle;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests
{
    /// <summary>Random trees written by ShorthandWriter read back identically, by our parser and by the CLI's.</summary>
    public sealed class ShorthandWriterRoundTripTests
    {
        [Fact]
        public void RandomTreesRoundTripThroughOurParser()
        {
            var trees = new RandomTrees(12345, loneSurrogates: true);
            int written = 0;
            for (int i = 0; i < 12_000; i++)
            {
                ParamNode tree = trees.Next();
                string text;
                try
                {
                    text = ShorthandWriter.Write(tree);
                }
                catch (ArgumentException)
                {
                    // Only a string ending in a backslash that also needs quotes is inexpressible.
                    Assert.Contains(RandomTrees.Strings(tree), s => s.EndsWith("\\", StringComparison.Ordinal));
                    continue;
                }

                written++;
                Assert.True(ShorthandParser.TryParse(text, out ParamNode? parsed, out ShorthandError? error), JsonText.Quote(text) + ": " + error?.Message);
                Assert.Equal(RandomTrees.WithFlags(tree), RandomTrees.WithFlags(parsed!));
            }

            Assert.True(written >= 10_000, "written: " + written);
        }

        [Fact]
        public void RandomTreesRoundTripThroughTheCli()
        {
            var trees = new RandomTrees(777, loneSurrogates: false);
            var expected = new List<string>();
            var texts = new List<string>();
            while (texts.Count < 400)
            {
                ParamNode tree = trees.Next();
                try
                {
                    texts.Add(ShorthandWriter.Write(tree));
                    expected.Add(JsonText.Of(tree));
                }
                catch (ArgumentException)
                {
                    // Inexpressible trees are covered above.
                }
            }

            IReadOnlyList<JsonElement> answers = PythonOracle.Ask("shorthand", texts);
            for (int i = 0; i < texts.Count; i++)
            {
                Assert.True(answers[i].GetProperty("ok").GetBoolean(), JsonText.Quote(texts[i]) + ": " + answers[i].GetRawText());
                Assert.Equal(expected[i], JsonText.Of(answers[i].GetProperty("tree")));
            }
        }
    }
}
