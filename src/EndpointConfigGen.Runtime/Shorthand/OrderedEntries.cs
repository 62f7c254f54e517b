using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Map entries as a Python dict holds them: a repeated key keeps its first position (and key) and takes the
    /// last value, as <c>json.loads</c> leaves them. The one implementation of that rule for the runtime's and
    /// EndpointConfigGen.Cli's readers; support for those, not for application code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class OrderedEntries
    {
        private readonly List<ParamEntry> _entries = new List<ParamEntry>();
        private readonly Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>True when an entry has this key.</summary>
        public bool Contains(string key) => _index.ContainsKey(key);

        /// <summary>Adds the entry, or gives an earlier entry of its key its value.</summary>
        public void Set(ParamEntry entry)
        {
            if (_index.TryGetValue(entry.Key, out int at))
            {
                var first = _entries[at];
                _entries[at] = new ParamEntry(first.Key, entry.Value, first.KeyOffset, entry.LoadFiles);
            }
            else
            {
                _index.Add(entry.Key, _entries.Count);
                _entries.Add(entry);
            }
        }

        /// <summary>The entries, each key once, in the order their keys first came.</summary>
        public List<ParamEntry> ToList() => _entries;
    }
}
