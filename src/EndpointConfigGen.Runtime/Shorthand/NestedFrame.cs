using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>One open explicit list or hash while <see cref="ShorthandReader"/> reads nested values.</summary>
    internal sealed class NestedFrame
    {
        private readonly int _offset;
        private readonly List<ParamNode>? _items;
        private readonly OrderedEntries? _entries;
        private string _pendingKey = string.Empty;
        private int _pendingKeyOffset;
        private bool _pendingLoadFiles;

        public NestedFrame(bool isHash, int offset)
        {
            IsHash = isHash;
            _offset = offset;
            if (isHash)
            {
                _entries = new OrderedEntries();
            }
            else
            {
                _items = new List<ParamNode>();
            }
        }

        public bool IsHash { get; }

        public char Closer => IsHash ? '}' : ']';

        /// <summary>Remembers the key whose value is being read.</summary>
        public void SetPendingKey(string key, int keyOffset, bool loadFiles)
        {
            _pendingKey = key;
            _pendingKeyOffset = keyOffset;
            _pendingLoadFiles = loadFiles;
        }

        /// <summary>Adds a list item, or the pending key's value (a repeated key silently replaces the value).</summary>
        public void Add(ParamNode item)
        {
            if (_entries != null)
            {
                _entries.Set(new ParamEntry(_pendingKey, item, _pendingKeyOffset, _pendingLoadFiles));
            }
            else
            {
                _items!.Add(item);
            }
        }

        public ParamNode Build() =>
            _entries != null ? ParamNode.Map(_entries.ToList(), true, _offset) : ParamNode.List(_items!, true, _offset);
    }
}
