using System;
using System.Globalization;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Timestamps as botocore 1.43.11 reads them (<c>botocore.utils.parse_to_aware_datetime</c>): text that
    /// Python's <c>float()</c> reads is epoch seconds, rounded to microseconds as <c>datetime.fromtimestamp</c>
    /// rounds; other text goes to dateutil, of whose free forms this reads ISO 8601 and RFC 822 (README,
    /// Known differences). No time zone means UTC.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class BotocoreTimestamp
    {
        // datetime's range, years 1 to 9999: botocore refuses later seconds and crashes on earlier ones.
        private const long MinSeconds = -62135596800;
        private const long MaxSeconds = 253402300799;

        // DateTimeOffset.UnixEpoch, which netstandard2.0 (the analyzer) lacks.
        private static readonly DateTimeOffset Epoch = new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

        private static readonly string[] Rfc822 =
        {
            "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
            "ddd, d MMM yyyy HH':'mm':'ss 'GMT'",
            "dd MMM yyyy HH':'mm':'ss 'GMT'",
        };

        /// <summary>Reads a timestamp; false where botocore reports an invalid type (or fails).</summary>
        public static bool TryParse(string text, out DateTimeOffset value)
        {
            if (PythonNumbers.TryParseDouble(text, out var seconds, out _))
            {
                return TryFromEpochSeconds(seconds, out value);
            }

            var trimmed = text.Trim();
            return TryParseIso(trimmed, out value)
                || DateTimeOffset.TryParseExact(trimmed, Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }

        /// <summary>Epoch seconds as <c>datetime.fromtimestamp</c> takes them: microseconds rounded half to even.</summary>
        public static bool TryFromEpochSeconds(double seconds, out DateTimeOffset value)
        {
            value = default;
            if (double.IsNaN(seconds) || seconds < MinSeconds - 1 || seconds > MaxSeconds + 1)
            {
                return false;
            }

            var whole = Math.Truncate(seconds);
            var micros = Math.Round((seconds - whole) * 1e6, MidpointRounding.ToEven);
            if (micros >= 1e6)
            {
                whole += 1;
                micros -= 1e6;
            }
            else if (micros < 0)
            {
                whole -= 1;
                micros += 1e6;
            }

            if (whole < MinSeconds || whole > MaxSeconds)
            {
                return false;
            }

            value = Epoch.AddTicks(((long)whole * TimeSpan.TicksPerSecond) + ((long)micros * 10));
            return true;
        }

        /// <summary>The JSON protocol's value: whole epoch seconds, the fraction dropped (botocore's <c>_timestamp_unixtimestamp</c>).</summary>
        public static long ToEpochSeconds(DateTimeOffset value)
        {
            var ticks = value.UtcTicks - Epoch.UtcTicks;
            return (ticks / TimeSpan.TicksPerSecond) - (ticks % TimeSpan.TicksPerSecond < 0 ? 1 : 0);
        }

        // YYYY-MM-DD, optionally [T ]HH:MM[:SS[.fraction]], optionally Z or +HH[[:]MM]; fraction digits past 7 are dropped.
        private static bool TryParseIso(string s, out DateTimeOffset value)
        {
            value = default;
            var i = 0;
            if (!Digits(s, ref i, 4, out var year) || !Char(s, ref i, '-') || !Digits(s, ref i, 2, out var month)
                || !Char(s, ref i, '-') || !Digits(s, ref i, 2, out var day))
            {
                return false;
            }

            int hour = 0, minute = 0, second = 0;
            long ticks = 0;
            var offset = TimeSpan.Zero;
            if (i < s.Length && (s[i] == 'T' || s[i] == ' '))
            {
                i++;
                if (!Digits(s, ref i, 2, out hour) || !Char(s, ref i, ':') || !Digits(s, ref i, 2, out minute))
                {
                    return false;
                }

                if (Char(s, ref i, ':'))
                {
                    if (!Digits(s, ref i, 2, out second))
                    {
                        return false;
                    }

                    if (Char(s, ref i, '.') && !Fraction(s, ref i, out ticks))
                    {
                        return false;
                    }
                }

                if (i < s.Length && !Zone(s, ref i, out offset))
                {
                    return false;
                }
            }

            if (i != s.Length || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            try
            {
                value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks).ToUniversalTime();
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                // An offset that moves the time out of years 1 to 9999.
                return false;
            }
        }

        private static bool Zone(string s, ref int i, out TimeSpan offset)
        {
            offset = TimeSpan.Zero;
            if (s[i] == 'Z')
            {
                i++;
                return true;
            }

            if (s[i] != '+' && s[i] != '-')
            {
                return false;
            }

            var sign = s[i++] == '-' ? -1 : 1;
            var minutes = 0;
            if (!Digits(s, ref i, 2, out var hours) || hours > 23)
            {
                return false;
            }

            Char(s, ref i, ':');
            if (i < s.Length && (!Digits(s, ref i, 2, out minutes) || minutes > 59))
            {
                return false;
            }

            offset = TimeSpan.FromMinutes(sign * ((hours * 60) + minutes));
            return true;
        }

        private static bool Fraction(string s, ref int i, out long ticks)
        {
            ticks = 0;
            var start = i;
            for (; i < s.Length && s[i] >= '0' && s[i] <= '9'; i++)
            {
                if (i - start < 7)
                {
                    ticks = (ticks * 10) + (s[i] - '0');
                }
            }

            for (var n = i - start; n < 7; n++)
            {
                ticks *= 10;
            }

            return i > start;
        }

        private static bool Digits(string s, ref int i, int count, out int value)
        {
            value = 0;
            if (i + count > s.Length)
            {
                return false;
            }

            for (var end = i + count; i < end; i++)
            {
                if (s[i] < '0' || s[i] > '9')
                {
                    return false;
                }

                value = (value * 10) + (s[i] - '0');
            }

            return true;
        }

        private static bool Char(string s, ref int i, char c)
        {
            if (i < s.Length && s[i] == c)
            {
                i++;
                return true;
            }

            return false;
        }
    }
}
