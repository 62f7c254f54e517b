using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// One <c>ToAwsSdk()</c> or <c>FromAwsSdk()</c> conversion under way: where it is in the value, what it left
    /// out (only when the caller asked), and the list and map copies the generated code calls. The runtime does
    /// not reference the AWS SDK: SDK types reach it only as type arguments.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class AwsSdkConversion
    {
        private readonly List<string>? _dropped;
        private readonly bool _emptyCollectionsAreUnset;
        private readonly AwsSdkConversion? _parent;
        private readonly string _segment;

        private AwsSdkConversion(List<string>? dropped, bool emptyCollectionsAreUnset, AwsSdkConversion? parent, string segment)
        {
            _dropped = dropped;
            _emptyCollectionsAreUnset = emptyCollectionsAreUnset;
            _parent = parent;
            _segment = segment;
        }

        /// <summary>A conversion at the top of a value.</summary>
        /// <param name="reportDropped">Whether to collect the paths of the values left out (<see cref="Dropped"/>).</param>
        /// <param name="emptyCollectionsAreUnset">
        /// The SDK's <c>AWSConfigs.InitializeCollections</c>: when on, the SDK creates every list and map empty and
        /// does not send an empty one, so reading SDK values takes an empty collection as not set.
        /// </param>
        /// <returns>The conversion.</returns>
        public static AwsSdkConversion Start(bool reportDropped, bool emptyCollectionsAreUnset = false) =>
            new AwsSdkConversion(reportDropped ? new List<string>() : null, emptyCollectionsAreUnset, null, string.Empty);

        /// <summary>The paths of the set values the other side had no member for, in the order met (empty unless reported).</summary>
        public IReadOnlyList<string> Dropped => (IReadOnlyList<string>?)_dropped ?? Array.Empty<string>();

        /// <summary>The conversion of a member's value: its path is this one's with <c>.member</c> added.</summary>
        /// <param name="member">The member's name in the model.</param>
        /// <returns>The member's conversion.</returns>
        public AwsSdkConversion At(string member) => Child("." + member);

        /// <summary>Records that a set value had no member to go to on the other side.</summary>
        /// <param name="member">The member's name.</param>
        public void Drop(string member) => _dropped?.Add(Join(member));

        /// <summary>Whether an SDK value counts as set, as the SDK's own marshallers decide it (see <see cref="Start"/>).</summary>
        /// <typeparam name="T">The SDK property's type.</typeparam>
        /// <param name="value">The value.</param>
        /// <returns>True when the SDK would send it.</returns>
        public bool IsSet<T>(T value) =>
            !EqualityComparer<T>.Default.Equals(value, default!)
            && !(_emptyCollectionsAreUnset && value is ICollection { Count: 0 });

        /// <summary>A required member's SDK value, which must be set.</summary>
        /// <typeparam name="T">The value's type.</typeparam>
        /// <param name="value">The value.</param>
        /// <param name="member">The member's name, for the message.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentException">The value is not set.</exception>
        public T Required<T>([NotNull] T? value, string member)
            where T : class =>
            value ?? throw NotSet(member);

        /// <summary>A required member's SDK value, which must be set.</summary>
        /// <typeparam name="T">The value's type.</typeparam>
        /// <param name="value">The value.</param>
        /// <param name="member">The member's name, for the message.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentException">The value is not set.</exception>
        public T Required<T>(T? value, string member)
            where T : struct =>
            value ?? throw NotSet(member);

        /// <summary>A required member the SDK type does not have: the value cannot be made up.</summary>
        /// <typeparam name="T">The member's type.</typeparam>
        /// <param name="member">The member's name.</param>
        /// <returns>Never returns.</returns>
        /// <exception cref="ArgumentException">Always.</exception>
        public T Unavailable<T>(string member) =>
            throw new ArgumentException("FromAwsSdk: " + Join(member) + " is required by the model, but the AWS SDK type has no such member (ECG113)");

        /// <summary>A list for the SDK: a new <see cref="List{T}"/>, items converted in order.</summary>
        /// <typeparam name="TSource">Our item type.</typeparam>
        /// <typeparam name="TTarget">The SDK's item type.</typeparam>
        /// <param name="source">Our list, or null when not set.</param>
        /// <param name="convert">Converts one item, given the item's conversion.</param>
        /// <returns>The SDK's list; null when <paramref name="source"/> is.</returns>
        [return: NotNullIfNotNull(nameof(source))]
        public List<TTarget>? ToSdkList<TSource, TTarget>(IReadOnlyList<TSource>? source, Func<TSource, AwsSdkConversion, TTarget> convert)
        {
            if (source is null)
            {
                return null;
            }

            var list = new List<TTarget>(source.Count);
            for (var i = 0; i < source.Count; i++)
            {
                list.Add(convert(source[i], Item(i)));
            }

            return list;
        }

        /// <summary>A map for the SDK: a new <see cref="Dictionary{TKey, TValue}"/>, values converted, in our order.</summary>
        /// <typeparam name="TSource">Our value type.</typeparam>
        /// <typeparam name="TTarget">The SDK's value type.</typeparam>
        /// <param name="source">Our map, or null when not set.</param>
        /// <param name="convert">Converts one value, given the value's conversion.</param>
        /// <returns>The SDK's map; null when <paramref name="source"/> is.</returns>
        [return: NotNullIfNotNull(nameof(source))]
        public Dictionary<string, TTarget>? ToSdkMap<TSource, TTarget>(IReadOnlyDictionary<string, TSource>? source, Func<TSource, AwsSdkConversion, TTarget> convert)
        {
            if (source is null)
            {
                return null;
            }

            var map = new Dictionary<string, TTarget>(source.Count, StringComparer.Ordinal);
            foreach (var pair in source)
            {
                map.Add(pair.Key, convert(pair.Value, Key(pair.Key)));
            }

            return map;
        }

        /// <summary>A member's SDK list as ours: null when the SDK would not send it.</summary>
        /// <typeparam name="TSource">The SDK's item type.</typeparam>
        /// <typeparam name="TTarget">Our item type.</typeparam>
        /// <param name="source">The SDK's list.</param>
        /// <param name="convert">Converts one item, given the item's conversion.</param>
        /// <returns>Our list, or null.</returns>
        /// <exception cref="ArgumentException">An item is null.</exception>
        public IReadOnlyList<TTarget>? FromSdkList<TSource, TTarget>(List<TSource>? source, Func<TSource, AwsSdkConversion, TTarget> convert) =>
            IsSet(source) ? FromSdkItems(source, convert) : null;

        /// <summary>An SDK list inside a list or map as ours: every item is sent, empty or not.</summary>
        /// <typeparam name="TSource">The SDK's item type.</typeparam>
        /// <typeparam name="TTarget">Our item type.</typeparam>
        /// <param name="source">The SDK's list.</param>
        /// <param name="convert">Converts one item, given the item's conversion.</param>
        /// <returns>Our list.</returns>
        /// <exception cref="ArgumentException">The list or an item is null.</exception>
        public IReadOnlyList<TTarget> FromSdkItems<TSource, TTarget>(List<TSource>? source, Func<TSource, AwsSdkConversion, TTarget> convert)
        {
            if (source is null)
            {
                throw Null();
            }

            var items = new TTarget[source.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var item = Item(i);
                items[i] = convert(source[i] ?? throw item.Null(), item);
            }

            return items;
        }

        /// <summary>A member's SDK map as ours: null when the SDK would not send it.</summary>
        /// <typeparam name="TSource">The SDK's value type.</typeparam>
        /// <typeparam name="TTarget">Our value type.</typeparam>
        /// <param name="source">The SDK's map.</param>
        /// <param name="convert">Converts one value, given the value's conversion.</param>
        /// <returns>Our map, or null.</returns>
        /// <exception cref="ArgumentException">A value is null.</exception>
        public IReadOnlyDictionary<string, TTarget>? FromSdkMap<TSource, TTarget>(Dictionary<string, TSource>? source, Func<TSource, AwsSdkConversion, TTarget> convert) =>
            IsSet(source) ? FromSdkEntries(source, convert) : null;

        /// <summary>An SDK map inside a list or map as ours.</summary>
        /// <typeparam name="TSource">The SDK's value type.</typeparam>
        /// <typeparam name="TTarget">Our value type.</typeparam>
        /// <param name="source">The SDK's map.</param>
        /// <param name="convert">Converts one value, given the value's conversion.</param>
        /// <returns>Our map.</returns>
        /// <exception cref="ArgumentException">The map or a value is null.</exception>
        public IReadOnlyDictionary<string, TTarget> FromSdkEntries<TSource, TTarget>(Dictionary<string, TSource>? source, Func<TSource, AwsSdkConversion, TTarget> convert)
        {
            if (source is null)
            {
                throw Null();
            }

            var map = new Dictionary<string, TTarget>(source.Count, StringComparer.Ordinal);
            foreach (var pair in source)
            {
                var value = Key(pair.Key);
                map.Add(pair.Key, convert(pair.Value ?? throw value.Null(), value));
            }

            return map;
        }

        /// <summary>An integer the SDK holds as a <see cref="long"/> where the model's is 32-bit.</summary>
        /// <param name="value">The SDK's value.</param>
        /// <param name="member">The member's name, for the message.</param>
        /// <returns>The value, or null.</returns>
        /// <exception cref="ArgumentException">The value does not fit 32 bits.</exception>
        public int? ToInt32(long? value, string member) =>
            value is not { } number ? null
            : number is >= int.MinValue and <= int.MaxValue ? (int)number
            : throw new ArgumentException("FromAwsSdk: " + Join(member) + " is " + number.ToString(CultureInfo.InvariantCulture) + ", which the model's 32-bit integer cannot hold");

        /// <summary>An SDK <see cref="float"/> as the model's double: by its shortest text, so 0.1f is 0.1 as the SDK sends it.</summary>
        /// <param name="value">The SDK's value.</param>
        /// <returns>The double.</returns>
        public static double FromSingle(float value) =>
            double.Parse(value.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        /// <summary>An SDK <see cref="DateTime"/> as a UTC <see cref="DateTimeOffset"/>; an unspecified kind is local time, as the SDK's marshallers take it.</summary>
        /// <param name="value">The SDK's value.</param>
        /// <returns>The instant.</returns>
        public static DateTimeOffset FromDateTime(DateTime value) => new DateTimeOffset(value.ToUniversalTime());

        /// <summary>Our bytes as the SDK's <see cref="MemoryStream"/> (a copy, positioned at 0).</summary>
        /// <param name="value">The bytes.</param>
        /// <returns>The stream.</returns>
        public static MemoryStream ToStream(ReadOnlyMemory<byte> value) => new MemoryStream(value.ToArray());

        /// <summary>The SDK's <see cref="MemoryStream"/> as bytes: its whole content, wherever it is positioned, as the SDK sends it.</summary>
        /// <param name="value">The stream.</param>
        /// <returns>The bytes.</returns>
        public static ReadOnlyMemory<byte> FromStream(MemoryStream value) => value.ToArray();

        // Paths are built only when one is shown: a conversion costs one small object per nested value, no text.
        private AwsSdkConversion Child(string segment) => new AwsSdkConversion(_dropped, _emptyCollectionsAreUnset, this, segment);

        private AwsSdkConversion Item(int index) => Child("[" + index.ToString(CultureInfo.InvariantCulture) + "]");

        private AwsSdkConversion Key(string key) => Child("[\"" + key + "\"]");

        private string Join(string member) => Path(Child("." + member));

        private static string Path(AwsSdkConversion at)
        {
            var segments = new List<string>();
            for (var c = at; c is not null; c = c._parent)
            {
                segments.Add(c._segment);
            }

            segments.Reverse();
            var path = string.Concat(segments);
            return path.StartsWith('.') ? path.Substring(1) : path.Length == 0 ? "the value" : path;
        }

        private ArgumentException NotSet(string member) =>
            new ArgumentException("FromAwsSdk: " + Join(member) + " is required by the model but not set in the AWS SDK value");

        private ArgumentException Null() =>
            new ArgumentException("FromAwsSdk: " + Path(this) + " is null in the AWS SDK value");
    }
}
