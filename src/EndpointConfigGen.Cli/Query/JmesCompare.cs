using System.Collections.Generic;
using System.Numerics;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>Python's equality, ordering and truth for evaluator values, with jmespath's special cases.</summary>
    internal static class JmesCompare
    {
        /// <summary>
        /// jmespath's <c>==</c>: Python's, except that 0 and 1 never equal a boolean at the top (Python has
        /// <c>1 == True</c>; nested values keep it, as in Python).
        /// </summary>
        public static bool JmesEquals(object? x, object? y)
        {
            if ((x is JmesNumber a && a.IsZeroOrOne && y is bool) || (y is JmesNumber b && b.IsZeroOrOne && x is bool))
            {
                return false;
            }

            return PythonEquals(x, y);
        }

        /// <summary>Python's <c>==</c> on decoded JSON, where <c>True == 1</c> and <c>1 == 1.0</c>.</summary>
        public static bool PythonEquals(object? x, object? y)
        {
            switch (x, y)
            {
                case (null, null):
                    return true;
                case (null, _) or (_, null):
                    return false;
                case (bool p, bool q):
                    return p == q;
                case (bool p, JmesNumber n):
                    return JmesNumber.Compare(n, JmesNumber.Of(new BigInteger(p ? 1 : 0))) == 0;
                case (JmesNumber n, bool p):
                    return JmesNumber.Compare(n, JmesNumber.Of(new BigInteger(p ? 1 : 0))) == 0;
                case (JmesNumber m, JmesNumber n):
                    return JmesNumber.Compare(m, n) == 0;
                case (string s, string t):
                    return s == t;
                case (List<object?> l, List<object?> r):
                    if (l.Count != r.Count)
                    {
                        return false;
                    }

                    for (var i = 0; i < l.Count; i++)
                    {
                        if (!ReferenceEquals(l[i], r[i]) && !PythonEquals(l[i], r[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                case (Dictionary<string, object?> l, Dictionary<string, object?> r):
                    if (l.Count != r.Count)
                    {
                        return false;
                    }

                    foreach (var pair in l)
                    {
                        if (!r.TryGetValue(pair.Key, out var other) || (!ReferenceEquals(pair.Value, other) && !PythonEquals(pair.Value, other)))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return ReferenceEquals(x, y);
            }
        }

        /// <summary>jmespath's truth: false for <c>''</c>, <c>[]</c>, <c>{}</c>, null and false (0 is true).</summary>
        public static bool IsTrue(object? value) => value switch
        {
            null => false,
            bool b => b,
            string s => s.Length > 0,
            List<object?> l => l.Count > 0,
            Dictionary<string, object?> d => d.Count > 0,
            _ => true,
        };

        /// <summary>jmespath's <c>!</c>: Python's <c>not</c>, except that <c>!0</c> is false.</summary>
        public static bool Not(object? value) => value is not JmesNumber && !IsTrue(value);

        /// <summary>Strings or numbers (not booleans): what <c>&lt;</c> and friends compare, null otherwise.</summary>
        public static bool IsComparable(object? value) => value is JmesNumber or string;

        /// <summary>
        /// Python's <c>x OP y</c> for two comparable values: numbers by value, strings by code point, and
        /// Python's <c>TypeError</c> for a string against a number.
        /// </summary>
        public static bool Ordered(string op, object? x, object? y)
        {
            int? order = (x, y) switch
            {
                (JmesNumber m, JmesNumber n) => JmesNumber.Compare(m, n),
                (string s, string t) => CompareCodePoints(s, t),
                _ => throw JmesException.Unorderable(op, x, y),
            };
            return order is int o && op switch
            {
                "<" => o < 0,
                "<=" => o <= 0,
                ">" => o > 0,
                _ => o >= 0,
            };
        }

        /// <summary>Python's string order: by code point, so a surrogate pair sorts after U+FFFF.</summary>
        public static int CompareCodePoints(string s, string t)
        {
            var i = 0;
            var j = 0;
            while (i < s.Length && j < t.Length)
            {
                var a = NextCodePoint(s, ref i);
                var b = NextCodePoint(t, ref j);
                if (a != b)
                {
                    return a < b ? -1 : 1;
                }
            }

            return (s.Length - i).CompareTo(t.Length - j);
        }
    
        // The code point at text[index], moving past it; a lone surrogate counts as itself, as in Python.
        private static int NextCodePoint(string text, ref int index)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index += 2;
                return char.ConvertToUtf32(text[index - 2], text[index - 1]);
            }

            return text[index++];
        }
    }
}
