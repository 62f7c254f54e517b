using System;
using System.Linq;
using System.Text;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests
{
    /// <summary>What the differential tests cannot see: flags, offsets, positions, limits and exception types.</summary>
    public sealed class ShorthandParserTests
    {
        [Fact]
        public void AtEqualsSetsLoadFilesOnThatEntryOnly()
        {
            ParamNode map = ShorthandParser.Parse("a@=file://x,b=file://y,c={d@=e,f=g}");

            Assert.Equal(new[] { true, false, false }, map.Entries.Select(e => e.LoadFiles));
            Assert.Equal("file://x", map.Entries[0].Value.Text);
            ParamNode hash = map.Entries[2].Value;
            Assert.Equal(new[] { true, false }, hash.Entries.Select(e => e.LoadFiles));
        }

        [Fact]
        public void NodesCarryOffsetsAndTheShorthandFlag()
        {
            ParamNode map = ShorthandParser.Parse("ab= x,c=[ 'y' ,{d=e}],f=g,h");

            Assert.Equal(ParamNodeKind.Map, map.Kind);
            Assert.True(map.FromShorthand);
            Assert.Equal(new[] { 0, 6, 22 }, map.Entries.Select(e => e.KeyOffset));
            Assert.Equal(4, map.Entries[0].Value.Offset);
            ParamNode list = map.Entries[1].Value;
            Assert.Equal(8, list.Offset);
            Assert.Equal(10, list.Items[0].Offset);
            Assert.Equal(15, list.Items[1].Offset);
            Assert.Equal(16, list.Items[1].Entries[0].KeyOffset);
            Assert.Equal(18, list.Items[1].Entries[0].Value.Offset);
            ParamNode csv = map.Entries[2].Value;
            Assert.Equal(ParamNodeKind.List, csv.Kind);
            Assert.Equal(24, csv.Offset);
            Assert.Equal(new[] { 24, 26 }, csv.Items.Select(i => i.Offset));
            Assert.True(csv.Items.All(i => i.FromShorthand && i.Kind == ParamNodeKind.String));
        }

        [Fact]
        public void RepeatedKeyInsideHashKeepsFirstPositionAndLastValue()
        {
            ParamNode hash = ShorthandParser.Parse("a={b=1,c=2,b=3}").Entries[0].Value;

            Assert.Equal(new[] { "b", "c" }, hash.Entries.Select(e => e.Key));
            Assert.Equal(new[] { "3", "2" }, hash.Entries.Select(e => e.Value.Text));
            Assert.Equal(11, hash.Entries[0].KeyOffset);
        }

        [Fact]
        public void ErrorsReportLineAndCodePointColumn()
        {
            ShorthandException e = Assert.Throws<ShorthandException>(() => ShorthandParser.Parse("a=[\n'\U0001F600'x]"));

            Assert.IsAssignableFrom<FormatException>(e);
            Assert.Same(e.Error.Message, e.Message);
            Assert.Equal(8, e.Error.Offset);
            Assert.Equal(2, e.Error.Line);
            Assert.Equal(4, e.Error.Column);
            Assert.EndsWith("\n'\U0001F600'x]\n   ^", e.Error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void TryParseReportsWithoutThrowing()
        {
            Assert.False(ShorthandParser.TryParse("a=[", out ParamNode? node, out ShorthandError? error));
            Assert.Null(node);
            Assert.Equal("Expected: ',', received: 'EOF' for input:\na=[\n   ^", error!.Message);
            Assert.False(ShorthandParser.TryParse(null!, out _, out error));
            Assert.NotNull(error);
        }

        [Fact]
        public void LoneSurrogatesAreOrdinaryBmpCharacters()
        {
            // Python sees a lone surrogate as one BMP code point, which unquoted values admit.
            ParamNode map = ShorthandParser.Parse("a=x\ud800y,b=\udc00");

            Assert.Equal("x\ud800y", map.Entries[0].Value.Text);
            Assert.Equal("\udc00", map.Entries[1].Value.Text);
        }

        [Theory]
        [InlineData('[', ']')]
        [InlineData('{', '}')]
        public void NestingUpToTheLimitParses(char open, char close)
        {
            string input = Nest(ShorthandParser.MaxNestingDepth, open, close);

            ParamNode node = ShorthandParser.Parse(input).Entries[0].Value;

            for (int depth = 1; depth < ShorthandParser.MaxNestingDepth; depth++)
            {
                node = open == '[' ? node.Items[0] : node.Entries[0].Value;
            }

            Assert.Equal(open == '[' ? ParamNodeKind.List : ParamNodeKind.Map, node.Kind);
        }

        [Theory]
        [InlineData('[', ']')]
        [InlineData('{', '}')]
        public void DeepNestingFailsCleanly(char open, char close)
        {
            string input = Nest(10_000, open, close);

            Assert.False(ShorthandParser.TryParse(input, out _, out ShorthandError? error));
            Assert.StartsWith("Nesting deeper than 256 levels of '[' and '{' is not supported for input:\n", error!.Message, StringComparison.Ordinal);
            int expectedOffset = 2 + (ShorthandParser.MaxNestingDepth * (open == '[' ? 1 : 3));
            Assert.Equal(expectedOffset, error.Offset);
        }

        [Fact]
        public void UnclosedDeepNestingFailsCleanly()
        {
            Assert.False(ShorthandParser.TryParse("a=" + new string('[', 100_000), out _, out ShorthandError? error));
            Assert.StartsWith("Nesting deeper", error!.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void InputOfTheMaximumLengthParses()
        {
            var sb = new StringBuilder("a=[");
            while (sb.Length < ShorthandParser.MaxInputLength - 2)
            {
                sb.Append("x,");
            }

            sb.Length = ShorthandParser.MaxInputLength - 1;
            sb.Append(']');

            ParamNode map = ShorthandParser.Parse(sb.ToString());

            Assert.Equal((ShorthandParser.MaxInputLength - 4) / 2, map.Entries[0].Value.Items.Count);
        }

        [Fact]
        public void LongCommaListAndLongValueParse()
        {
            string list = "a=" + string.Join(",", Enumerable.Repeat("v", (ShorthandParser.MaxInputLength - 2) / 2));
            string value = "a=" + new string('v', ShorthandParser.MaxInputLength - 2);

            Assert.Equal((ShorthandParser.MaxInputLength - 2) / 2, ShorthandParser.Parse(list).Entries[0].Value.Items.Count);
            Assert.Equal(ShorthandParser.MaxInputLength - 2, ShorthandParser.Parse(value).Entries[0].Value.Text.Length);
        }

        [Fact]
        public void LongInputWithAnErrorAtTheEndFailsCleanly()
        {
            string input = "a=" + new string('v', ShorthandParser.MaxInputLength - 3) + "'";

            Assert.False(ShorthandParser.TryParse(input, out _, out ShorthandError? error));
            Assert.Equal(ShorthandParser.MaxInputLength - 1, error!.Offset);
        }

        [Fact]
        public void InputOverTheLimitFailsCleanly()
        {
            string input = "a=" + new string('v', ShorthandParser.MaxInputLength - 1);

            Assert.False(ShorthandParser.TryParse(input, out _, out ShorthandError? error));
            Assert.Equal("Shorthand input is 1048577 characters long; at most 1048576 are supported.", error!.Message);
            Assert.Equal(ShorthandParser.MaxInputLength, error.Offset);
        }

        private static string Nest(int depth, char open, char close)
        {
            string opener = open == '[' ? "[" : "{a=";
            var sb = new StringBuilder("a=");
            for (int i = 0; i < depth; i++)
            {
                sb.Append(opener);
            }

            return sb.Append(close == ']' ? string.Empty : "x").Append(close, depth).ToString();
        }
    }
}
