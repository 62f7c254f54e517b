using System;
using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// The open explicit lists and hashes while <see cref="ShorthandReader"/> reads nested values.
    /// Frames are structs and every open frame's items share one pending list, so a level of
    /// nesting costs only its result: the node and an exact-size array.
    /// </summary>
    internal sealed class NestedStack
    {
        /// <summary>Above this many entries a hash indexes its keys instead of scanning them.</summary>
        private const int LinearKeyLimit = 8;

        private readonly List<ParamNode> _items = new List<ParamNode>();
        private readonly List<ParamEntry> _entries = new List<ParamEntry>();
        private Frame[] _frames = new Frame[4];

        public int Count { get; private set; }

        public bool TopIsHash => _frames[Count - 1].IsHash;

        public char TopCloser => TopIsHash ? '}' : ']';

        public void Open(bool isHash, int offset)
        {
            if (Count == _frames.Length)
            {
                Array.Resize(ref _frames, _frames.Length * 2);
            }

            _frames[Count++] = new Frame(isHash, offset, isHash ? _entries.Count : _items.Count);
        }

        /// <summary>Remembers the key whose value is being read.</summary>
        public void SetPendingKey(string key, int keyOffset, bool loadFiles)
        {
            ref Frame top = ref _frames[Count - 1];
            top.PendingKey = key;
            top.PendingKeyOffset = keyOffset;
            top.PendingLoadFiles = loadFiles;
        }

        /// <summary>Adds a list item, or the pending key's value; a repeated key replaces the value where it first appeared, as a Python dict does.</summary>
        public void Add(ParamNode item)
        {
            ref Frame top = ref _frames[Count - 1];
            if (!top.IsHash)
            {
                _items.Add(item);
                return;
            }

            var entry = new ParamEntry(top.PendingKey, item, top.PendingKeyOffset, top.PendingLoadFiles);
            int at = IndexOfKey(ref top, entry.Key);
            if (at >= 0)
            {
                _entries[at] = entry;
                return;
            }

            top.Index?.Add(entry.Key, _entries.Count);
            _entries.Add(entry);
        }

        /// <summary>Closes the innermost frame.</summary>
        /// <returns>Its list or map node.</returns>
        public ParamNode Close()
        {
            Frame frame = _frames[--Count];
            if (frame.IsHash)
            {
                return ParamNode.Map(Take(_entries, frame.Start), true, frame.Offset);
            }

            return ParamNode.List(Take(_items, frame.Start), true, frame.Offset);
        }

        private static T[] Take<T>(List<T> pending, int start)
        {
            int count = pending.Count - start;
            if (count == 0)
            {
                return Array.Empty<T>();
            }

            var taken = new T[count];
            pending.CopyTo(start, taken, 0, count);
            pending.RemoveRange(start, count);
            return taken;
        }

        private int IndexOfKey(ref Frame frame, string key)
        {
            if (frame.Index != null)
            {
                return frame.Index.TryGetValue(key, out int at) ? at : -1;
            }

            for (int i = frame.Start; i < _entries.Count; i++)
            {
                if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            if (_entries.Count - frame.Start >= LinearKeyLimit)
            {
                // A long hash: index it once, so reading it stays linear.
                frame.Index = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = frame.Start; i < _entries.Count; i++)
                {
                    frame.Index.Add(_entries[i].Key, i);
                }
            }

            return -1;
        }

        private struct Frame
        {
            public Frame(bool isHash, int offset, int start)
            {
                IsHash = isHash;
                Offset = offset;
                Start = start;
                PendingKey = string.Empty;
                PendingKeyOffset = 0;
                PendingLoadFiles = false;
                Index = null;
            }

            public bool IsHash { get; }

            public int Offset { get; }

            /// <summary>Where this frame's items (or entries) begin in the shared pending list.</summary>
            public int Start { get; }

            public string PendingKey { get; set; }

            public int PendingKeyOffset { get; set; }

            public bool PendingLoadFiles { get; set; }

            public Dictionary<string, int>? Index { get; set; }
        }
    }
}
