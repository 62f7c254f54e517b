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
            Assert.Null(ModelPattern.Get("[\\p{LD}]"));
            Assert.True(ModelPattern.IsMatch("[\\p{LD}]", "anything"));
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
