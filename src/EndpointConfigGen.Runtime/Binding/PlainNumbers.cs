using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// The spellings of numbers and booleans that need none of <see cref="PythonNumbers"/>' generality,
    /// read without allocating. Each accepts a subset of what Python reads, with the same result;
    /// anything else returns false and the caller takes the general path.
    /// </summary>
    internal static class PlainNumbers
    {
        /// <summary><c>-?[0-9]{1,18}</c>, which always fits a <see cref="long"/>.</summary>
        public static bool TryParseInteger(ReadOnlySpan<char> s, out long value)
        {
            value = 0;
            int i = s.Length > 0 && s[0] == '-' ? 1 : 0;
            if (s.Length == i || s.Length - i > 18)
            {
                return false;
            }

            for (; i < s.Length; i++)
            {
                uint digit = (uint)(s[i] - '0');
                if (digit > 9)
                {
                    return false;
                }

                value = (value * 10) + digit;
            }

            if (s[0] == '-')
            {
                value = -value;
            }

            return true;
        }

        private static readonly double[] PowersOfTen =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        };

        /// <summary>
        /// <c>-?[0-9]+(\.[0-9]+)?</c> with at most 15 digits. Such a number is an exact integer over an
        /// exact power of ten, so one division rounds it correctly, as Python's <c>float()</c> does.
        /// </summary>
        public static bool TryParseDecimal(ReadOnlySpan<char> s, out double value)
        {
            value = 0;
            bool negative = s.Length > 0 && s[0] == '-';
            long mantissa = 0;
            int digits = 0;
            int dot = -1;
            for (int i = negative ? 1 : 0; i < s.Length; i++)
            {
                uint digit = (uint)(s[i] - '0');
                if (digit <= 9)
                {
                    mantissa = (mantissa * 10) + digit;
                    digits++;
                }
                else if (s[i] == '.' && dot < 0 && digits > 0)
                {
                    dot = i;
                }
                else
                {
                    return false;
                }
            }

            if (digits == 0 || digits > 15 || dot == s.Length - 1)
            {
                return false;
            }

            value = mantissa / PowersOfTen[dot < 0 ? 0 : s.Length - dot - 1];
            if (negative)
            {
                value = -value;
            }

            return true;
        }

        /// <summary><c>true</c> or <c>false</c> in any ASCII case, as the CLI's test reads them.</summary>
        public static bool TryParseBoolean(ReadOnlySpan<char> s, out bool value)
        {
            value = AsciiEquals(s, "true");
            return value || AsciiEquals(s, "false");
        }

        private static bool AsciiEquals(ReadOnlySpan<char> s, string lower)
        {
            if (s.Length != lower.Length)
            {
                return false;
            }

            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if ((c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) != lower[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
