using System;
using System.Linq;
using EndpointConfigGen.Runtime.Tests.Oracle;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests
{
    /// <summary><see cref="BotocoreTimestamp"/> against botocore 1.43.11's parse_to_aware_datetime.</summary>
    public class BotocoreTimestampTests
    {
        /// <summary>Read the same (to the microsecond) or refused by both.</summary>
        private static readonly string[] Agreed =
        {
            "1700000000", "1700000000.5", "0", "-1", "-0.5", "-1.5", "1e3", " 1_0 ", "+7", "1699999999.9999996", "0.0000005", "0.0000015",
            "253402300799", "253402300800", "-62135596800", "nan", "", " ", "x", "0x10", "1e400",
            "2024-01-02", "2024-01-02T03:04:05Z", "2024-01-02T03:04:05", "2024-01-02 03:04:05", "2024-01-02T03:04",
            "2024-01-02T03:04:05.123+02:00", "2024-01-02T03:04:05.5-0130", "2024-01-02T03:04:05+05", "2024-01-02T03:04:05.1234567Z",
            "2024-02-29", "2023-02-29", "2024-13-01", "2024-01-02T24:00:00", "2024-01-02T23:60", "2024-01-02T03:04:60",
            "Tue, 01 Dec 2026 10:00:00 GMT", "01 Dec 2026 10:00:00 GMT", "9999-12-31T23:59:59Z",
        };

        /// <summary>Forms botocore reads through dateutil that are refused on purpose (README, Known differences).</summary>
        private static readonly string[] Refused = { "Dec 1 2026", "2024-1-2", "20240102T030405", "2024-01", "inf", "-62135596801" };

        [Fact]
        public void Reads_what_botocore_reads()
        {
            var answers = PythonOracle.Ask("timestamp", Agreed);
            for (var i = 0; i < Agreed.Length; i++)
            {
                var ok = BotocoreTimestamp.TryParse(Agreed[i], out var value);
                Assert.True(ok == answers[i].GetProperty("ok").GetBoolean(), "'" + Agreed[i] + "': ours " + ok + ", botocore " + answers[i]);
                if (ok)
                {
                    Assert.Equal(answers[i].GetProperty("seconds").GetInt64(), BotocoreTimestamp.ToEpochSeconds(value));
                    Assert.Equal(answers[i].GetProperty("micros").GetInt64(), (value.UtcTicks / 10) % 1_000_000);
                }
            }
        }

        [Fact]
        public void Refuses_the_documented_free_forms()
        {
            var answers = PythonOracle.Ask("timestamp", Refused);
            Assert.All(Refused, text => Assert.False(BotocoreTimestamp.TryParse(text, out _), text));

            // Each is a real difference: botocore takes it, or crashes on it ('inf', before year 1).
            Assert.All(answers.Select((a, i) => (a, Refused[i])), p => Assert.True(p.a.GetProperty("ok").GetBoolean() || p.a.GetProperty("message").GetString()!.StartsWith("Unable to calculate", StringComparison.Ordinal), p.Item2));
        }

        [Theory]
        [InlineData(0L, 0L)]
        [InlineData(15_000_000L, 1L)]
        [InlineData(-5_000_000L, -1L)]
        [InlineData(-10_000_000L, -1L)]
        public void Sends_whole_seconds_rounded_down_as_botocore_does(long ticks, long seconds) =>
            Assert.Equal(seconds, BotocoreTimestamp.ToEpochSeconds(DateTimeOffset.UnixEpoch.AddTicks(ticks)));
    }
}
