using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Collects list items and hands back an exact-size array. The first four live in the struct, so
    /// the short lists requests hold allocate nothing but the result; longer lists fill chunks of at
    /// most <see cref="ChunkSize"/> items. Chunks stay small objects: a growing array on the large
    /// object heap that points at new items would be rescanned by every collection while the list is
    /// read, which makes reading a long list cost more than linear time.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public struct ItemBuffer<T>
    {
        private const int ChunkSize = 1024;

        private T _item0;
        private T _item1;
        private T _item2;
        private T _item3;
        private T[]? _chunk;
        private int _chunkCount;
        private T[][]? _full;
        private int _fullCount;
        private int _count;

        /// <summary>Appends an item.</summary>
        /// <param name="item">The item.</param>
        public void Add(T item)
        {
            switch (_count)
            {
                case 0: _item0 = item; break;
                case 1: _item1 = item; break;
                case 2: _item2 = item; break;
                case 3: _item3 = item; break;
                default: AddToChunk(item); break;
            }

            _count++;
        }

        /// <summary>The items, in order.</summary>
        /// <returns>A new array of exactly the items (a shared empty one when there are none).</returns>
        public readonly T[] ToArray()
        {
            if (_count == 0)
            {
                return Array.Empty<T>();
            }

            var items = new T[_count];
            items[0] = _item0;
            if (_count > 1)
            {
                items[1] = _item1;
            }

            if (_count > 2)
            {
                items[2] = _item2;
            }

            if (_count > 3)
            {
                items[3] = _item3;
            }

            var at = 4;
            for (var i = 0; i < _fullCount; i++)
            {
                Array.Copy(_full![i], 0, items, at, ChunkSize);
                at += ChunkSize;
            }

            if (_chunkCount > 0)
            {
                Array.Copy(_chunk!, 0, items, at, _chunkCount);
            }

            return items;
        }

        private void AddToChunk(T item)
        {
            if (_chunk is null)
            {
                _chunk = new T[4];
            }
            else if (_chunkCount == _chunk.Length)
            {
                if (_chunk.Length < ChunkSize)
                {
                    Array.Resize(ref _chunk, _chunk.Length * 2);
                }
                else
                {
                    if (_full is null || _fullCount == _full.Length)
                    {
                        Array.Resize(ref _full, _full is null ? 4 : _full.Length * 2);
                    }

                    _full[_fullCount++] = _chunk;
                    _chunk = new T[ChunkSize];
                    _chunkCount = 0;
                }
            }

            _chunk[_chunkCount++] = item;
        }
    }
}
