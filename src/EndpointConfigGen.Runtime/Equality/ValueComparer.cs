using System;
using System.Collections.Generic;
using System.Text.Json;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Comparers that give generated records value equality all the way down: lists and maps by
    /// content, blobs by bytes, documents by JSON text.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ValueComparer
    {
        /// <summary>Compares blobs by content.</summary>
        public static readonly IEqualityComparer<ReadOnlyMemory<byte>> Blob = new BlobComparer();

        /// <summary>Compares documents by their JSON text.</summary>
        public static readonly IEqualityComparer<JsonElement> Document = new DocumentComparer();

        /// <summary>A comparer for lists whose items compare with <paramref name="item"/>.</summary>
        public static IEqualityComparer<IReadOnlyList<T>?> List<T>(IEqualityComparer<T> item) => new ListComparer<T>(item);

        /// <summary>A comparer for maps whose values compare with <paramref name="value"/>; order does not matter.</summary>
        public static IEqualityComparer<IReadOnlyDictionary<string, T>?> Map<T>(IEqualityComparer<T> value) => new MapComparer<T>(value);

        /// <summary>A comparer for nullable values.</summary>
        public static IEqualityComparer<T?> Nullable<T>(IEqualityComparer<T> value)
            where T : struct => new NullableComparer<T>(value);

        private sealed class ListComparer<T> : IEqualityComparer<IReadOnlyList<T>?>
        {
            private readonly IEqualityComparer<T> _item;

            public ListComparer(IEqualityComparer<T> item) => _item = item;

            public bool Equals(IReadOnlyList<T>? x, IReadOnlyList<T>? y)
            {
                if (ReferenceEquals(x, y))
                {
                    return true;
                }

                if (x is null || y is null || x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!_item.Equals(x[i], y[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public int GetHashCode(IReadOnlyList<T>? obj)
            {
                if (obj is null)
                {
                    return 0;
                }

                var hash = new HashCode();
                foreach (var item in obj)
                {
                    hash.Add(item, _item);
                }

                return hash.ToHashCode();
            }
        }

        private sealed class MapComparer<T> : IEqualityComparer<IReadOnlyDictionary<string, T>?>
        {
            private readonly IEqualityComparer<T> _value;

            public MapComparer(IEqualityComparer<T> value) => _value = value;

            public bool Equals(IReadOnlyDictionary<string, T>? x, IReadOnlyDictionary<string, T>? y)
            {
                if (ReferenceEquals(x, y))
                {
                    return true;
                }

                if (x is null || y is null || x.Count != y.Count)
                {
                    return false;
                }

                foreach (var pair in x)
                {
                    if (!y.TryGetValue(pair.Key, out var other) || !_value.Equals(pair.Value, other))
                    {
                        return false;
                    }
                }

                return true;
            }

            public int GetHashCode(IReadOnlyDictionary<string, T>? obj)
            {
                if (obj is null)
                {
                    return 0;
                }

                // Order-independent: maps equal by content must hash alike whatever their insertion order.
                var hash = 0;
                foreach (var pair in obj)
                {
                    hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(pair.Key), pair.Value is null ? 0 : _value.GetHashCode(pair.Value));
                }

                return hash;
            }
        }

        private sealed class NullableComparer<T> : IEqualityComparer<T?>
            where T : struct
        {
            private readonly IEqualityComparer<T> _value;

            public NullableComparer(IEqualityComparer<T> value) => _value = value;

            public bool Equals(T? x, T? y) =>
                x.HasValue ? y.HasValue && _value.Equals(x.Value, y.Value) : !y.HasValue;

            public int GetHashCode(T? obj) => obj.HasValue ? _value.GetHashCode(obj.Value) : 0;
        }

        private sealed class BlobComparer : IEqualityComparer<ReadOnlyMemory<byte>>
        {
            public bool Equals(ReadOnlyMemory<byte> x, ReadOnlyMemory<byte> y) => x.Span.SequenceEqual(y.Span);

            public int GetHashCode(ReadOnlyMemory<byte> obj)
            {
                var hash = new HashCode();
                hash.AddBytes(obj.Span);
                return hash.ToHashCode();
            }
        }

        private sealed class DocumentComparer : IEqualityComparer<JsonElement>
        {
            public bool Equals(JsonElement x, JsonElement y) => string.Equals(x.GetRawText(), y.GetRawText(), StringComparison.Ordinal);

            public int GetHashCode(JsonElement obj) => StringComparer.Ordinal.GetHashCode(obj.GetRawText());
        }
    }
}
