using System;
using System.Collections.Generic;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests
{
    /// <summary>The exact text ShorthandWriter produces, and what it refuses.</summary>
    public sealed class ShorthandWriterTests
    {
        [Theory]
        [InlineData("b", "a=b")]
        [InlineData("b c", "a=b c")]
        [InlineData("b=c", "a=b=c")]
        [InlineData("", "a=''")]
        [InlineData(" b", "a=' b'")]
        [InlineData("b ", "a='b '")]
        [InlineData("b\u00a0", "a='b\u00a0'")]
        [InlineData("\u00a0b", "a=\u00a0b")]
        [InlineData("b,c", "a=b\\,c")]
        [InlineData(",", "a=\\,")]
        [InlineData("b\\", "a=b\\ ")]
        [InlineData("b\\,c", "a=b\\\\,c")]
        [InlineData("it's", "a=\"it's\"")]
        [InlineData("say \"hi\"", "a='say \"hi\"'")]
        [InlineData("'\"\\", "a=")]
        [InlineData("'\"", "a='\\'\"'")]
        [InlineData("[b]", "a='[b]'")]
        [InlineData("{b}", "a='{b}'")]
        [InlineData("]b", "a=']b'")]
        [InlineData("b]", "a='b]'")]
        [InlineData("b\nc", "a=b\nc")]
        [InlineData("\nb", "a='\nb'")]
        [InlineData("\U0001F600", "a='\U0001F600'")]
        [InlineData("b\x01", "a='b\x01'")]
        public void WritesStringsQuotedOnlyWhenNeeded(string value, string expected)
        {
            if (expected == "a=")
            {
                Assert.Throws<ArgumentException>(() => new ShorthandWriter().Key("a").Value(value));
                return;
            }

            string text = new ShorthandWriter().Key("a").Value(value).Complete();

            Assert.Equal(expected, text);
            Assert.Equal(value, ShorthandParser.Parse(text).Entries[0].Value.Text);
        }

        [Fact]
        public void WritesListsHashesFlagsAndTypedValues()
        {
            string text = new ShorthandWriter()
                .Key("Name").Value("x")
                .Key("Files", loadFiles: true).StartList().Value("file://a").Value(string.Empty).EndList()
                .Key("Cfg").StartHash().Key("N").Value(3L).Key("F").Value(1e16).Key("B").Value(true).Key("E").StartHash().EndHash().EndHash()
                .Key("L").StartList().StartHash().Key("k").Value("v").EndHash().StartList().EndList().EndList()
                .Complete();

            Assert.Equal("Name=x,Files@=[file://a,''],Cfg={N=3,F=1e+16,B=true,E={}},L=[{k=v},[]]", text);
        }

        [Fact]
        public void WriteOfAParsedTreeGivesTextThatParsesToTheSameTree()
        {
            const string input = "a = b ,c=d,e, 'f' ,g@={h=[i,'j,k'], l = m },n=[]";
            ParamNode tree = ShorthandParser.Parse(input);

            string text = ShorthandWriter.Write(tree);

            Assert.Equal("a=b,c=[d,e,f],g@={h=[i,j\\,k],l=m},n=[]", text);
            Assert.Equal(RandomTrees.WithFlags(tree), RandomTrees.WithFlags(ShorthandParser.Parse(text)));
        }

        [Fact]
        public void NestingUpToTheParserLimitIsWrittenAndDeeperIsRefused()
        {
            var writer = new ShorthandWriter().Key("a");
            for (int i = 0; i < ShorthandParser.MaxNestingDepth; i++)
            {
                writer.StartList();
            }

            Assert.Throws<InvalidOperationException>(() => writer.StartList());
            for (int i = 0; i < ShorthandParser.MaxNestingDepth; i++)
            {
                writer.EndList();
            }

            Assert.True(ShorthandParser.TryParse(writer.Complete(), out _, out _));
        }

        [Fact]
        public void RefusesWhatShorthandCannotSay()
        {
            Assert.Throws<ArgumentException>(() => new ShorthandWriter().Key("a b"));
            Assert.Throws<ArgumentException>(() => new ShorthandWriter().Key("a").Value("x").Key("a"));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ShorthandWriter().Key("a").Value(double.NaN));
            Assert.Throws<ArgumentException>(() => ShorthandWriter.Write(ParamNode.Map(new List<ParamEntry>(), true)));
            Assert.Throws<ArgumentException>(() => ShorthandWriter.Write(ParamNode.String("x", true)));
            Assert.Throws<ArgumentException>(() => ShorthandWriter.Write(ParamNode.Map(new[] { new ParamEntry("a", ParamNode.Null()) }, false)));
        }

        [Fact]
        public void RefusesMisuse()
        {
            Assert.Throws<InvalidOperationException>(() => new ShorthandWriter().Value("x"));
            Assert.Throws<InvalidOperationException>(() => new ShorthandWriter().Key("a").Key("b"));
            Assert.Throws<InvalidOperationException>(() => new ShorthandWriter().Key("a").StartList().Key("b"));
            Assert.Throws<InvalidOperationException>(() => new ShorthandWriter().Key("a").StartList().EndHash());
            Assert.Throws<InvalidOperationException>(() => new ShorthandWriter().Key("a").StartHash().Key("b").EndHash());
            Assert.Throws<InvalidOperationException>(() => new ShorthandWriter().Key("a").StartList().Complete());
            Assert.Throws<InvalidOperationException>(() => new ShorthandWriter().Key("a").Complete());
            Assert.Throws<InvalidOperationException>(() => new ShorthandWriter().Complete());
        }
    }
}
