using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using EndpointConfigGen.Runtime.Tests.Oracle;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests
{
    public sealed class ShorthandOracleFixture
    {
        public ShorthandOracleFixture() => Answers = PythonOracle.Ask("shorthand", ShorthandCases.All);

        public IReadOnlyList<JsonElement> Answers { get; }
    }

    /// <summary>Our parser against awscli.shorthand.ShorthandParser of CLI v1 1.45.11, input by input.</summary>
    public sealed class ShorthandDifferentialTests : IClassFixture<ShorthandOracleFixture>
    {
        private readonly ShorthandOracleFixture _oracle;

        public ShorthandDifferentialTests(ShorthandOracleFixture oracle) => _oracle = oracle;

        public static IEnumerable<object[]> Indexes() => Enumerable.Range(0, ShorthandCases.All.Length).Select(i => new object[] { i });

        [Fact]
        public void CoversEnoughInputs() => Assert.True(ShorthandCases.All.Distinct().Count() >= 150);

        [Theory]
        [MemberData(nameof(Indexes))]
        public void MatchesTheCli(int index)
        {
            string input = ShorthandCases.All[index];
            JsonElement expected = _oracle.Answers[index];
            bool ok = ShorthandParser.TryParse(input, out ParamNode? node, out ShorthandError? error);

            Assert.Equal(expected.GetProperty("ok").GetBoolean(), ok);
            if (ok)
            {
                Assert.Equal(JsonText.Of(expected.GetProperty("tree")), JsonText.Of(node!));
                return;
            }

            // Python's own _error_location() gives the input and caret lines (1.45.11 prints a placeholder).
            Assert.Equal(expected.GetProperty("message").GetString(), error!.Message);
            Assert.Equal(expected.GetProperty("index").GetInt32(), error.Offset);
            string raw = expected.GetProperty("raw").GetString()!;
            Assert.Equal(FirstLine(raw), FirstLine(error.Message));
        }

        private static string FirstLine(string message) => message.Substring(0, message.IndexOf('\n'));
    }
}
