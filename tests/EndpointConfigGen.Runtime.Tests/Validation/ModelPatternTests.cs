using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests.Validation
{
    /// <summary>Model patterns read as ECMAScript (and Java classes) anchored at both ends.</summary>
    public class ModelPatternTests
    {
        [Theory]
        [InlineData("\\d+", "123", true)]
        [InlineData("\\d+", "\u0661\u0662", false)]
        [InlineData("\\w+", "\u00e9", false)]
        [InlineData("[\\d-]+", "1-2", true)]
        [InlineData(".*", "a\u2028b", false)]
        [InlineData(".*", "a\rb", false)]
        [InlineData("a$", "a\n", false)]
        [InlineData("a", "ab", false)]
        [InlineData("b", "ab", false)]
        [InlineData("a|b", "b", true)]
        [InlineData("\\p{Alnum}+", "aZ9", true)]
        [InlineData("\\p{Alnum}+", "\u00e9", false)]
        [InlineData("[\\p{Alpha}_]+", "a_b", true)]
        [InlineData("\\P{Digit}+", "ab", true)]
        [InlineData("\\x{60}", "`", true)]
        [InlineData("[\\x{41}-\\x{43}]+", "ABC", true)]
        [InlineData("[\\w-.~]+", "a-.~", true)]
        [InlineData("[\\w-.~]+", "/", false)]
        [InlineData("[a-z\\_]+", "a_", true)]
        [InlineData("[0-9A-Z]{2}+", "A1", true)]
        [InlineData("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF]*", "a\ud83d\ude00", true)]
        [InlineData("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF]*", "\u0001", false)]
        [InlineData("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*", "\u00e9t\u00e9 1", true)]
        public void Matches(string pattern, string value, bool expected) =>
            Assert.Equal(expected, ModelPattern.IsMatch(pattern, value));

        // Verbatim from botocore: ds 2015-04-16 RadiusSharedSecret and TrustPassword, rbin 2021-06-15 RuleArn.
        private const string DsPassword = "^(\\p{LD}|\\p{Punct}| )+$";
        private const string RbinRuleArn = "^arn:\\S+:rbin:[a-z\\-0-9]{0,63}:[0-9]{12}:rule/[0-9a-zA-Z]{11}{0,1011}$";
        private const string RuleArnPrefix = "arn:aws:rbin:us-east-1:123456789012:rule/";

        // Expected values are java.util.regex's (JDK 17 and 25).
        [Theory]
        [InlineData("Passw0rd!", true)]
        [InlineData("\u00e9t\u00e9 \u0663 \u4e2d", true)]
        [InlineData("p_w-d{~}", true)]
        [InlineData("", false)]
        [InlineData("tab\t", false)]
        [InlineData("a\nb", false)]
        [InlineData("\u2167", false)]
        [InlineData("\u00b2", false)]
        [InlineData("\u00a0", false)]
        public void JavaLettersAndDigits(string value, bool expected)
        {
            Assert.NotNull(ModelPattern.Get(DsPassword));
            Assert.Equal(expected, ModelPattern.IsMatch(DsPassword, value));
        }

        [Theory]
        [InlineData("nOoSBBtItF3", true)]
        [InlineData("nOoSBBtItF3nOoSBBtItF3", false)]
        [InlineData("", false)]
        [InlineData("nOoSBBtItF", false)]
        [InlineData("nOoSBBtItF-", false)]
        public void RecycleBinRuleArn(string ruleId, bool expected)
        {
            Assert.NotNull(ModelPattern.Get(RbinRuleArn));
            Assert.Equal(expected, ModelPattern.IsMatch(RbinRuleArn, RuleArnPrefix + ruleId));
        }

        // Java applies a braced quantifier right after another to an empty atom: a{2}{3} is a{2}, not a{6}.
        [Theory]
        [InlineData("a{2}{3}", "aa", true)]
        [InlineData("a{2}{3}", "aaaaaa", false)]
        [InlineData("a{2}{3}", "", false)]
        [InlineData("a{2}{0,3}", "", false)]
        [InlineData("a{2}{3,}", "aa", true)]
        [InlineData("a*{2}", "aaa", true)]
        [InlineData("a?{2}", "", true)]
        [InlineData("(ab){2}{3}", "abab", true)]
        [InlineData("(ab){2}{3}", "abababababab", false)]
        [InlineData("a{2}?{3}", "aa", true)]
        [InlineData("a{2}{3}b", "aab", true)]
        [InlineData("a{2}{3}{4}", "aa", true)]
        [InlineData("a\\{2}{3}", "a{2}}}", true)]
        [InlineData("a\\{2}+", "a{2}}}", true)]
        public void StackedQuantifier(string pattern, string value, bool expected)
        {
            Assert.NotNull(ModelPattern.Get(pattern));
            Assert.Equal(expected, ModelPattern.IsMatch(pattern, value));
        }

        [Fact]
        public void StackedQuantifierRepeatsAnEmptyGroup()
        {
            Assert.Equal("\\A(?:a{2}(?:){0,1011})\\z", ModelPattern.Translate("a{2}{0,1011}"));
            Assert.Equal("\\A(?:a\\{2}{3})\\z", ModelPattern.Translate("a\\{2}{3}"));
        }

        [Fact]
        public void StackedQuantifierWithAReversedRangeIsUnreadableAsInJava() =>
            Assert.Null(ModelPattern.Get("a{2}{3,1}"));

        [Fact]
        public void StackedQuantifierStaysLinear()
        {
            var watch = Stopwatch.StartNew();
            Assert.False(ModelPattern.IsMatch(RbinRuleArn, RuleArnPrefix + new string('a', 10_000)));
            Assert.False(ModelPattern.IsMatch("(a{1}{0,1000})+b", new string('a', 10_000)));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        }

        [Fact]
        public void CatastrophicBacktrackingTimesOutAsAMatch()
        {
            var watch = Stopwatch.StartNew();
            Assert.True(ModelPattern.IsMatch("(a+)+b", new string('a', 40)));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        }

        [Fact]
        public void UnreadablePatternIsNotChecked()
        {
            Assert.Null(ModelPattern.Get("[\\P{Alpha}]"));
            Assert.True(ModelPattern.IsMatch("[\\P{Alpha}]", "anything"));
        }

        [Fact]
        public void NearlyEveryBotocorePatternCompiles()
        {
            var start = new ProcessStartInfo("python3", "\"" + Path.Combine(TestModels.Folder, "botocore_patterns.py") + "\"")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            var patterns = JsonSerializer.Deserialize<List<string>>(output)!;
            Assert.True(patterns.Count > 4000, "patterns: " + patterns.Count);
            var unreadable = patterns.Where(p => ModelPattern.Get(p) is null).ToList();
            Assert.True(unreadable.Count <= 5, "unreadable: " + string.Join("\n", unreadable));
        }
    }
}
