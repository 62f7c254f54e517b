using System;
using System.Collections.Generic;
using System.Linq;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// A mapping of the response as the table reads it: values by key, and keys grouped into scalars (the row) and
    /// containers (the nested sections), each in Python's sort order. The map's keys are already distinct, as
    /// <c>json.loads</c> leaves them (<see cref="ParamJson.FromElement"/>).
    /// </summary>
    internal sealed class TableDict
    {
        /// <summary>Python's <c>sorted()</c> of strings: by code point.</summary>
        public static readonly Comparer<string> PythonOrder = Comparer<string>.Create(CompareCodePoints);

        private readonly ParamNode _map;
        private readonly Dictionary<string, ParamNode> _values = new(StringComparer.Ordinal);

        public TableDict(ParamNode map)
        {
            _map = map;
            foreach (var entry in map.Entries)
            {
                _values[entry.Key] = entry.Value;
            }
        }

        public ParamNode this[string key] => _values[key];

        public bool TryGetValue(string key, out ParamNode value) => _values.TryGetValue(key, out value!);

        /// <summary>The keys of scalar values (the row) and of containers (the nested sections), each sorted.</summary>
        public (List<string> Scalars, List<string> Nested) GroupKeys()
        {
            var scalars = _map.Entries.Where(e => CliTable.IsScalar(e.Value)).Select(e => e.Key).ToList();
            var nested = _map.Entries.Where(e => !CliTable.IsScalar(e.Value)).Select(e => e.Key).ToList();
            scalars.Sort(PythonOrder);
            nested.Sort(PythonOrder);
            return (scalars, nested);
        }

        private static int CompareCodePoints(string a, string b)
        {
            var shared = Math.Min(a.Length, b.Length);
            for (var i = 0; i < shared; i++)
            {
                if (a[i] != b[i])
                {
                    return CodePointRank(a[i]) - CodePointRank(b[i]);
                }
            }

            return a.Length - b.Length;
        }

        // Python sorts by code point; UTF-16 ranks surrogate pairs (above U+FFFF) below U+E000-U+FFFF.
        private static int CodePointRank(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
    }
}
