using System;
using System.Globalization;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Python's <c>int()</c>, <c>float()</c>, <c>repr()</c> and the CLI's boolean test, which the
    /// AWS CLI applies to shorthand strings when the model wants a number or a boolean.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class PythonNumbers
    {
        /// <summary>Python <c>int(s)</c> limited to 64 bits: whitespace, sign, <c>_</c> between digits, Unicode decimal digits.</summary>
        /// <param name="s">The text.</param>
        /// <param name="value">The number, or 0 on failure.</param>
        /// <param name="error">Python's message (<c>invalid literal for int() with base 10: 'abc'</c>) or an out-of-range message; null on success.</param>
        /// <returns>True when <paramref name="s"/> is an integer that fits in a <see cref="long"/>.</returns>
        public static bool TryParseInt(string s, out long value, out string? error)
        {
            value = 0;
            if (!TryReadInt(s, out var digits, out bool negative, out error))
            {
                return false;
            }

            ulong magnitude = 0;
            ulong limit = negative ? 9223372036854775808UL : long.MaxValue;
            for (int i = 0; i < digits.Length; i++)
            {
                ulong digit = (ulong)(digits[i] - '0');
                if (magnitude > (limit - digit) / 10)
                {
                    error = OutOfRange(s, "64");
                    return false;
                }

                magnitude = (magnitude * 10) + digit;
            }

            value = negative ? (long)(0UL - magnitude) : (long)magnitude;
            return true;
        }

        /// <summary>Python <c>int(s)</c> of any size, as the AWS CLI sends it.</summary>
        /// <param name="s">The text.</param>
        /// <param name="text">The integer's decimal text (<c>-0</c> and <c>007</c> normalised), or empty on failure.</param>
        /// <param name="error">Python's message; null on success.</param>
        /// <returns>True when <paramref name="s"/> is a Python int literal.</returns>
        public static bool TryParseBigInt(string s, out string text, out string? error)
        {
            text = string.Empty;
            if (!TryReadInt(s, out var digits, out bool negative, out error))
            {
                return false;
            }

            string magnitude = digits.ToString().TrimStart('0');
            text = magnitude.Length == 0 ? "0" : (negative ? "-" : string.Empty) + magnitude;
            return true;
        }

        /// <summary>
        /// Python <c>float(s)</c> exactly, as the AWS CLI reads it: <c>inf</c>, <c>nan</c> and values too large for a
        /// double (infinity) included.
        /// </summary>
        /// <param name="s">The text.</param>
        /// <param name="value">The number, or 0 on failure.</param>
        /// <param name="error">Python's message (<c>could not convert string to float: 'heavy'</c>); null on success.</param>
        /// <returns>True when <paramref name="s"/> is a Python float literal.</returns>
        public static bool TryParsePythonFloat(string s, out double value, out string? error)
        {
            value = 0;
            if (!TryReadFloat(s, out var ascii, out bool nonFinite, out error))
            {
                return false;
            }

            if (nonFinite)
            {
                // A valid literal here is a sign and inf, infinity or nan, between Python whitespace.
                value = s.IndexOf("nan", StringComparison.OrdinalIgnoreCase) >= 0 ? double.NaN
                    : ascii.Length > 0 && ascii[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
                return true;
            }

            value = double.Parse(ascii.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            return true;
        }

        /// <summary>The refusal of an integer the model's type cannot hold (Python itself has no limit).</summary>
        public static string OutOfRange(string text, string bits) =>
            "integer out of range for a " + bits + "-bit value: " + Truncate(PythonRepr.Of(text), 200);

        /// <summary>
        /// Python <c>float(s)</c>: whitespace, sign, digits with <c>_</c> between them, optional fraction and exponent.
        /// Unlike Python, infinities, NaN and values too large for a double are rejected (JSON cannot carry them).
        /// </summary>
        /// <param name="s">The text.</param>
        /// <param name="value">The number, or 0 on failure.</param>
        /// <param name="error">Python's message (<c>could not convert string to float: 'heavy'</c>), or a not-finite message; null on success.</param>
        /// <returns>True when <paramref name="s"/> is a finite float.</returns>
        public static bool TryParseDouble(string s, out double value, out string? error)
        {
            value = 0;
            if (!TryReadFloat(s, out var ascii, out bool nonFinite, out error))
            {
                return false;
            }

            if (nonFinite
                || !double.TryParse(ascii.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                || double.IsInfinity(value))
            {
                value = 0;
                error = "could not convert string to a finite float: " + PythonRepr.Of(s);
                return false;
            }

            return true;
        }

        /// <summary>Python <c>repr(float)</c>: shortest round-trip digits, <c>1.0</c>, <c>0.0001</c>, <c>1e-05</c>, <c>1e+16</c>, <c>inf</c>, <c>nan</c>.</summary>
        public static string FormatDouble(double value)
        {
            if (double.IsNaN(value))
            {
                return "nan";
            }

            if (double.IsInfinity(value))
            {
                return value > 0 ? "inf" : "-inf";
            }

            // "R" gives the shortest round-trip digits as e.g. "-1.2345E-05"; split into digits and decimal point position.
            string r = value.ToString("R", CultureInfo.InvariantCulture);
            bool negative = r[0] == '-';
            string body = negative ? r.Substring(1) : r;
            int exponent = 0;
            int e = body.IndexOf('E');
            if (e >= 0)
            {
                exponent = int.Parse(body.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                body = body.Substring(0, e);
            }

            int point = body.IndexOf('.');
            string digits = point < 0 ? body : body.Remove(point, 1);
            int decimalPoint = (point < 0 ? body.Length : point) + exponent;
            int lead = 0;
            while (lead < digits.Length - 1 && digits[lead] == '0')
            {
                lead++;
            }

            digits = digits.Substring(lead).TrimEnd('0');
            decimalPoint -= lead;
            string sign = negative ? "-" : string.Empty;
            if (digits.Length == 0)
            {
                return sign + "0.0";
            }

            // Python switches to exponent form when the point is more than 16 digits right or 4 left.
            if (decimalPoint > 16 || decimalPoint <= -4)
            {
                int shown = decimalPoint - 1;
                string mantissa = digits.Length == 1 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1);
                return sign + mantissa + "e" + (shown < 0 ? "-" : "+") + Math.Abs(shown).ToString("00", CultureInfo.InvariantCulture);
            }

            if (decimalPoint <= 0)
            {
                return sign + "0." + new string('0', -decimalPoint) + digits;
            }

            if (decimalPoint >= digits.Length)
            {
                return sign + digits + new string('0', decimalPoint - digits.Length) + ".0";
            }

            return sign + digits.Substring(0, decimalPoint) + "." + digits.Substring(decimalPoint);
        }

        /// <summary>The CLI's boolean test: <c>true</c> or <c>false</c> in any ASCII case, nothing else (no trimming).</summary>
        public static bool TryParseBool(string s, out bool value)
        {
            value = false;
            if (AsciiEqualsIgnoreCase(s, "true"))
            {
                value = true;
                return true;
            }

            return AsciiEqualsIgnoreCase(s, "false");
        }

        private static string InvalidInt(string? s) => "invalid literal for int() with base 10: " + Truncate(PythonRepr.Of(s ?? string.Empty), 200);

        private static string InvalidFloat(string? s) => "could not convert string to float: " + PythonRepr.Of(s ?? string.Empty);

        /// <summary>The start of every int parse: the literal's ASCII digits and sign, or Python's message.</summary>
        private static bool TryReadInt(string? s, out StringBuilder digits, out bool negative, out string? error)
        {
            digits = new StringBuilder();
            negative = false;
            error = s != null && TryNormalizeInt(s, digits, out negative) ? null : InvalidInt(s);
            return error == null;
        }

        /// <summary>The start of every float parse: the literal as ASCII (or that it is inf or nan), or Python's message.</summary>
        private static bool TryReadFloat(string? s, out StringBuilder ascii, out bool nonFinite, out string? error)
        {
            ascii = new StringBuilder();
            nonFinite = false;
            error = s != null && TryNormalizeFloat(s, ascii, out nonFinite) ? null : InvalidFloat(s);
            return error == null;
        }

        /// <summary>Strips, takes the sign, and collects ASCII digits; false when the text is no Python int literal.</summary>
        private static bool TryNormalizeInt(string s, StringBuilder digits, out bool negative)
        {
            int start = 0;
            int end = s.Length;
            Trim(s, ref start, ref end);
            negative = false;
            if (start < end && (s[start] == '+' || s[start] == '-'))
            {
                negative = s[start] == '-';
                start++;
            }

            return ReadDigits(s, ref start, end, digits) && start == end;
        }

        /// <summary>Strips and rewrites the text as an ASCII float literal; false when it is no Python float literal.</summary>
        private static bool TryNormalizeFloat(string s, StringBuilder ascii, out bool nonFinite)
        {
            int start = 0;
            int end = s.Length;
            Trim(s, ref start, ref end);
            nonFinite = false;
            if (start < end && (s[start] == '+' || s[start] == '-'))
            {
                ascii.Append(s[start]);
                start++;
            }

            string rest = s.Substring(start, end - start);
            if (AsciiEqualsIgnoreCase(rest, "inf") || AsciiEqualsIgnoreCase(rest, "infinity") || AsciiEqualsIgnoreCase(rest, "nan"))
            {
                nonFinite = true;
                return true;
            }

            bool intPart = ReadDigits(s, ref start, end, ascii);
            bool fracPart = false;
            if (start < end && s[start] == '.')
            {
                ascii.Append('.');
                start++;
                fracPart = ReadDigits(s, ref start, end, ascii);
            }

            if (!intPart && !fracPart)
            {
                return false;
            }

            if (start < end && (s[start] == 'e' || s[start] == 'E'))
            {
                ascii.Append('e');
                start++;
                if (start < end && (s[start] == '+' || s[start] == '-'))
                {
                    ascii.Append(s[start]);
                    start++;
                }

                if (!ReadDigits(s, ref start, end, ascii))
                {
                    return false;
                }
            }

            return start == end;
        }

        /// <summary>
        /// Reads <c>digit *(["_"] digit)</c> with any Unicode decimal digit, appending ASCII digits.
        /// False (position unspecified) when no digit is there or an underscore is misplaced.
        /// </summary>
        private static bool ReadDigits(string s, ref int i, int end, StringBuilder into)
        {
            bool any = false;
            while (i < end)
            {
                int at = i;
                if (s[at] == '_')
                {
                    if (!any)
                    {
                        return false;
                    }

                    at++;
                }

                int digit = at < end ? CharUnicodeInfo.GetDecimalDigitValue(s, at) : -1;
                if (digit < 0)
                {
                    return at == i ? any : false;
                }

                into.Append((char)('0' + digit));
                any = true;
                i = at + (char.IsSurrogatePair(s, at) ? 2 : 1);
            }

            return any;
        }

        private static void Trim(string s, ref int start, ref int end)
        {
            while (start < end && IsNumberSpace(s[start]))
            {
                start++;
            }

            while (end > start && IsNumberSpace(s[end - 1]))
            {
                end--;
            }
        }

        // int() and float() strip ASCII's six spaces and non-ASCII Unicode whitespace, but not \x1c-\x1f, which str.strip() takes.
        private static bool IsNumberSpace(char c) => c < '\x7f' ? c == ' ' || (c >= '\t' && c <= '\r') : ShorthandChars.IsPythonSpace(c);

        private static bool AsciiEqualsIgnoreCase(string s, string lowerAscii)
        {
            if (s == null || s.Length != lowerAscii.Length)
            {
                return false;
            }

            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c + ('a' - 'A'));
                }

                if (c != lowerAscii[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Python's <c>%.200R</c>: at most that many code points of the repr.</summary>
        private static string Truncate(string repr, int codePoints)
        {
            int i = 0;
            for (int n = 0; n < codePoints && i < repr.Length; n++)
            {
                i += char.IsSurrogatePair(repr, i) ? 2 : 1;
            }

            return repr.Substring(0, i);
        }
    }
}
