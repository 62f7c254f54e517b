using System;
using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>The known enum values closest to an unknown one, for messages and code fixes.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class EnumSuggestions
    {
        /// <summary>
        /// Up to <paramref name="count"/> values of <paramref name="known"/> nearest to <paramref name="value"/> by
        /// case-insensitive edit distance, nearest first, ties in model order.
        /// </summary>
        public static IReadOnlyList<string> Closest(string value, IReadOnlyList<string> known, int count = 3)
        {
            var scored = new List<KeyValuePair<int, int>>(known.Count);
            string lower = value.ToLowerInvariant();
            for (int i = 0; i < known.Count; i++)
            {
                scored.Add(new KeyValuePair<int, int>(Distance(lower, known[i].ToLowerInvariant()), i));
            }

            // List.Sort is unstable: compare the model index too so ties keep model order.
            scored.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Value.CompareTo(b.Value));
            var result = new List<string>(Math.Min(count, scored.Count));
            for (int i = 0; i < scored.Count && i < count; i++)
            {
                result.Add(known[scored[i].Value]);
            }

            return result;
        }

        /// <summary>Levenshtein distance, two rows.</summary>
        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
