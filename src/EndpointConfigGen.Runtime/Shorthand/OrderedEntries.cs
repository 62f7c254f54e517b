using System;
using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Map entries with Python dict semantics: input order of first appearance, and setting a
    /// key again replaces its entry in place.
    /// </summary>
    internal sealed class OrderedEntries
    {
        private readonly List<ParamEntry> _entries = new List<ParamEntry>();
        private readonly Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.Ordinal);

        public bool Contains(string key) => _index.ContainsKey(key);

        public void Set(ParamEntry entry)
        {
            if (_index.TryGetValue(entry.Key, out int at))
            {
                _entries[at] = entry;
            }
            else
            {
                _index.Add(entry.Key, _entries.Count);
                _entries.Add(entry);
            }
        }

        public List<ParamEntry> ToList() => _entries;
    }
}
