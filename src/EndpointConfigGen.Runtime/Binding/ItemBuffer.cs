using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Collects list items and hands back an exact-size array: the first four live in the struct,
    /// so the short lists requests hold allocate nothing but the result.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    public struct ItemBuffer<T>
    {
        private T _item0;
        private T _item1;
        private T _item2;
        private T _item3;
        private T[]? _spill;
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
                default:
                    var at = _count - 4;
                    if (_spill is null || at == _spill.Length)
                    {
                        Array.Resize(ref _spill, _spill is null ? 4 : _spill.Length * 2);
                    }

                    _spill[at] = item;
                    break;
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

            if (_count > 4)
            {
                Array.Copy(_spill!, 0, items, 4, _count - 4);
            }

            return items;
        }
    }
}
