using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Model <c>pattern</c>s (ECMAScript-style, some with Java classes such as <c>\p{Alnum}</c>) as .NET
    /// regexes anchored at both ends, compiled once per pattern.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ModelPattern
    {
        /// <summary>How long one match may run; a value that takes longer is not reported.</summary>
        public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

        private static readonly ConcurrentDictionary<string, Regex?> Cache = new ConcurrentDictionary<string, Regex?>(StringComparer.Ordinal);

        // Java's POSIX and java.lang.Character classes, and its category LD, as the contents of a .NET character class.
        private static readonly Dictionary<string, string> JavaClasses = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Alpha"] = "a-zA-Z",
            ["Digit"] = "0-9",
            ["Alnum"] = "a-zA-Z0-9",
            ["Upper"] = "A-Z",
            ["Lower"] = "a-z",
            ["ASCII"] = "\\x00-\\x7F",
            ["XDigit"] = "0-9a-fA-F",
            ["Punct"] = "!-/:-@\\[-`{-~",
            ["Graph"] = "!-~",
            ["Print"] = " -~",
            ["Blank"] = " \\t",
            ["Space"] = " \\t\\n\\x0B\\f\\r",
            ["Cntrl"] = "\\x00-\\x1F\\x7F",
            ["IsAlphabetic"] = "\\p{L}\\p{Nl}",
            ["LD"] = "\\p{L}\\p{Nd}",
            ["IsWhitespace"] = "\\s",
            ["all"] = "\\s\\S",
        };

        // A supplementary range written as surrogate pairs (\uD800\uDC00-\uDBFF\uDFFF) is reversed for .NET,
        // which matches code units: accept any surrogate instead.
        private static readonly Regex SurrogateRange = new Regex(
            @"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}-\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

        /// <summary>The regex for a model pattern, or null when .NET cannot read it even after translation.</summary>
        public static Regex? Get(string pattern) => Cache.GetOrAdd(pattern, Compile);

        /// <summary>
        /// True when <paramref name="value"/> matches the whole pattern; also true when the pattern cannot be
        /// read or the match times out, as the service is then the judge.
        /// </summary>
        public static bool IsMatch(string pattern, string value)
        {
            var regex = Get(pattern);
            if (regex is null)
            {
                return true;
            }

            try
            {
                return regex.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                return true;
            }
        }

        /// <summary>Rewrites a model pattern in .NET syntax with ECMAScript meanings, anchored at both ends.</summary>
        public static string Translate(string pattern)
        {
            string source = SurrogateRange.Replace(pattern, @"\uD800-\uDBFF\uDC00-\uDFFF");
            var text = new StringBuilder("\\A(?:");
            bool inClass = false;
            bool afterQuantifier = false;
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                bool quantifier = false;
                if (c == '\\' && i + 1 < source.Length)
                {
                    i = TranslateEscape(source, i, inClass, text, out bool classEscape);

                    // After a class escape inside a class, '-' is a literal in ECMAScript, a range in .NET.
                    if (inClass && classEscape && i + 2 < source.Length && source[i + 1] == '-' && source[i + 2] != ']')
                    {
                        text.Append("\\-");
                        i++;
                    }
                }
                else if (inClass)
                {
                    text.Append(c);
                    inClass = c != ']';
                }
                else if (c == '[')
                {
                    text.Append(c);
                    inClass = true;

                    // A ']' right after '[' or '[^' is a literal in Java; keep it out of the class-end test.
                    if (i + 1 < source.Length && source[i + 1] == '^')
                    {
                        text.Append('^');
                        i++;
                    }
                }
                else if (c == '.')
                {
                    // ECMAScript's '.' excludes every line terminator; .NET's only '\n'.
                    text.Append("[^\\n\\r\\u2028\\u2029]");
                }
                else if (c == '$')
                {
                    // ECMAScript's '$' is the very end; .NET's also matches before a final '\n'.
                    text.Append("\\z");
                }
                else if (c == '{' && CountedEnd(source, i) is int end && end > 0)
                {
                    // Java applies a counted quantifier right after another (x{11}{0,1011}) to an empty atom, so the
                    // whole is x{11}; .NET rejects it as nested.
                    text.Append(afterQuantifier ? "(?:)" : string.Empty).Append(source, i, end - i + 1);
                    i = end;
                    quantifier = true;
                }
                else if (c == '+' && afterQuantifier)
                {
                    // Java's possessive quantifier (x{2}+): .NET has none; greedy matches the same whole values here.
                }
                else
                {
                    text.Append(c);
                    quantifier = c == '*' || c == '+' || c == '?';
                }

                afterQuantifier = quantifier;
            }

            return text.Append(")\\z").ToString();
        }

        /// <summary>The index of the '}' closing the counted quantifier ({n}, {n,} or {n,m}) at <paramref name="at"/>, or -1.</summary>
        private static int CountedEnd(string source, int at)
        {
            int i = at + 1;
            while (i < source.Length && source[i] >= '0' && source[i] <= '9')
            {
                i++;
            }

            if (i == at + 1)
            {
                return -1;
            }

            if (i < source.Length && source[i] == ',')
            {
                i++;
                while (i < source.Length && source[i] >= '0' && source[i] <= '9')
                {
                    i++;
                }
            }

            return i < source.Length && source[i] == '}' ? i : -1;
        }

        /// <summary>Appends the translation of the escape at <paramref name="at"/>; returns the index of its last character.</summary>
        private static int TranslateEscape(string source, int at, bool inClass, StringBuilder text, out bool classEscape)
        {
            char e = source[at + 1];
            classEscape = "dDwWsSpP".IndexOf(e) >= 0;

            // ECMAScript's \d and \w are ASCII only; .NET's are Unicode.
            string? ascii = e == 'd' ? "0-9" : e == 'w' ? "a-zA-Z0-9_" : null;
            if (ascii != null)
            {
                text.Append(inClass ? ascii : "[" + ascii + "]");
                return at + 1;
            }

            if (!inClass && (e == 'D' || e == 'W'))
            {
                text.Append(e == 'D' ? "[^0-9]" : "[^a-zA-Z0-9_]");
                return at + 1;
            }

            int close = source.IndexOf('}', at);
            if ((e == 'p' || e == 'P' || e == 'x') && at + 2 < source.Length && source[at + 2] == '{' && close > 0)
            {
                string name = source.Substring(at + 3, close - at - 3);
                if (e == 'x' && name.Length <= 4)
                {
                    text.Append("\\u").Append(name.PadLeft(4, '0'));
                    return close;
                }

                // A negated Java class inside a class has no .NET spelling: left as is, .NET rejects it.
                if (JavaClasses.TryGetValue(name, out var members) && !(inClass && e == 'P'))
                {
                    string negate = e == 'P' ? "^" : string.Empty;
                    text.Append(inClass && e == 'p' ? members : "[" + negate + members + "]");
                    return close;
                }
            }

            // ECMAScript reads an escaped character with no escape meaning (\_) as itself; .NET rejects letters and '_'.
            bool known = "dDwWsSbBpPxunrtfv0cAzZ".IndexOf(e) >= 0 || (e >= '1' && e <= '9');
            text.Append(known || !(char.IsLetterOrDigit(e) || e == '_') ? "\\" + e : e.ToString());
            return at + 1;
        }

        private static Regex? Compile(string pattern)
        {
            try
            {
                return new Regex(Translate(pattern), RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }
}
