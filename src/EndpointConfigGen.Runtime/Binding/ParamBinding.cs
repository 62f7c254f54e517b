using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Conversions between typed values and <see cref="ParamNode"/> trees, used by the generated
    /// <c>FromParamNode</c>/<c>ToParamNode</c>. Input is expected to be converted and structurally
    /// validated already; anything else is a caller error and throws <see cref="ArgumentException"/>.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ParamBinding
    {
        /// <summary>Checks that a node is a map.</summary>
        public static void ExpectMap(ParamNode node, string shape)
        {
            if (node.Kind != ParamNodeKind.Map)
            {
                throw new ArgumentException("A " + shape + " needs a map, not a " + node.Kind + ".", nameof(node));
            }
        }

        /// <summary>The error for a key the shape does not have.</summary>
        public static ArgumentException UnknownMember(ParamEntry entry, string shape) =>
            new ArgumentException("Unknown member \"" + entry.Key + "\" of " + shape + ".");

        /// <summary>A required member's value.</summary>
        public static T Required<T>(T? value, string member)
            where T : class =>
            value ?? throw new ArgumentException("Missing required member \"" + member + "\".");

        /// <summary>A required member's value.</summary>
        public static T Required<T>(T? value, string member)
            where T : struct =>
            value ?? throw new ArgumentException("Missing required member \"" + member + "\".");

        /// <summary>The text of a string node.</summary>
        public static string ToText(ParamNode node) => Expect(node, ParamNodeKind.String).Text;

        /// <summary>The value of an integer node.</summary>
        public static int ToInt32(ParamNode node) =>
            int.TryParse(Expect(node, ParamNodeKind.Number).Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ArgumentException("Not an integer in the 32-bit range: " + node.Text);

        /// <summary>The value of a long node.</summary>
        public static long ToInt64(ParamNode node) =>
            long.TryParse(Expect(node, ParamNodeKind.Number).Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ArgumentException("Not an integer in the 64-bit range: " + node.Text);

        /// <summary>The value of a float or double node.</summary>
        public static double ToDouble(ParamNode node) =>
            double.TryParse(Expect(node, ParamNodeKind.Number).Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value)
                ? value
                : throw new ArgumentException("Not a finite number: " + node.Text);

        /// <summary>The value of a boolean node.</summary>
        public static bool ToBoolean(ParamNode node) => Expect(node, ParamNodeKind.Boolean).Text == "true";

        /// <summary>A timestamp from epoch seconds or text, as botocore reads them (<see cref="BotocoreTimestamp"/>).</summary>
        public static DateTimeOffset ToTimestamp(ParamNode node) =>
            (node.Kind == ParamNodeKind.Number || node.Kind == ParamNodeKind.String) && BotocoreTimestamp.TryParse(node.Text, out var value)
                ? value
                : throw new ArgumentException("Not a timestamp: " + node.Text);

        /// <summary>A blob from text: the CLI sends the text's UTF-8 bytes.</summary>
        public static ReadOnlyMemory<byte> ToBlob(ParamNode node) => Encoding.UTF8.GetBytes(ToText(node));

        /// <summary>A document from any node.</summary>
        public static JsonElement ToDocument(ParamNode node)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                ParamJson.Write(writer, node);
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            return document.RootElement.Clone();
        }

        /// <summary>The items of a list node, as an exact-size array.</summary>
        public static T[] ToList<T>(ParamNode node, Func<ParamNode, T> item)
        {
            var items = new T[Expect(node, ParamNodeKind.List).Items.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = item(node.Items[i]);
            }

            return items;
        }

        /// <summary>The entries of a map node.</summary>
        public static Dictionary<string, T> ToMap<T>(ParamNode node, Func<ParamNode, T> value)
        {
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var entry in Expect(node, ParamNodeKind.Map).Entries)
            {
                map[entry.Key] = value(entry.Value);
            }

            return map;
        }

        /// <summary>A number node for an integer.</summary>
        public static ParamNode FromInteger(long value) => ParamNode.Number(value.ToString(CultureInfo.InvariantCulture));

        /// <summary>A number node for a float, in Python's <c>repr</c> form as the CLI sends it.</summary>
        public static ParamNode FromDouble(double value) => ParamNode.Number(PythonNumbers.FormatDouble(value));

        /// <summary>A string node for a timestamp, in ISO 8601 form.</summary>
        public static ParamNode FromTimestamp(DateTimeOffset value) =>
            ParamNode.String(value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture), fromShorthand: false);

        /// <summary>A string node for a blob holding UTF-8 text.</summary>
        public static ParamNode FromBlob(ReadOnlyMemory<byte> value) =>
            ParamNode.String(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(value.ToArray()), fromShorthand: false);

        /// <summary>A node for a document.</summary>
        public static ParamNode FromDocument(JsonElement value) => ParamJson.FromElement(value);

        /// <summary>A list node.</summary>
        public static ParamNode FromList<T>(IReadOnlyList<T> values, Func<T, ParamNode> item)
        {
            var items = new ParamNode[values.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = item(values[i]);
            }

            return ParamNode.List(items, fromShorthand: false);
        }

        /// <summary>A map node; entries in the dictionary's order.</summary>
        public static ParamNode FromMap<T>(IReadOnlyDictionary<string, T> values, Func<T, ParamNode> value)
        {
            var entries = new List<ParamEntry>(values.Count);
            foreach (var pair in values)
            {
                entries.Add(new ParamEntry(pair.Key, value(pair.Value)));
            }

            return ParamNode.Map(entries, fromShorthand: false);
        }

        private static ParamNode Expect(ParamNode node, ParamNodeKind kind) =>
            node.Kind == kind ? node : throw new ArgumentException("Expected a " + kind + " value, found a " + node.Kind + ".", nameof(node));
    }
}
