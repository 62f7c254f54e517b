using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// The request body as botocore's <c>JSONSerializer</c> writes the checked tree, without the typed model:
    /// members in input order, integers of any size, a float member's integer as an integer and its infinities
    /// and NaN as the strings <c>"Infinity"</c>, <c>"-Infinity"</c>, <c>"NaN"</c>, a boolean where a number is
    /// expected as a boolean (Python's <c>bool</c> is an <c>int</c>), blobs base64, timestamps as epoch seconds.
    /// The botocore-only mode sends this, so that everything the CLI sends is sent as the CLI sends it.
    /// </summary>
    internal static class BotocoreBody
    {
        /// <summary>The body of an input tree that passed botocore's validation against <paramref name="input"/>.</summary>
        public static string Write(ParamNode tree, SchemaShape input)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Value(writer, tree, input);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        // Depth is bounded by the parsers' nesting limits, so recursion is safe here.
        private static void Value(Utf8JsonWriter writer, ParamNode node, SchemaShape? shape)
        {
            switch (shape?.Kind)
            {
                case SchemaKind.Structure:
                    writer.WriteStartObject();
                    foreach (var entry in PythonValue.DistinctEntries(node))
                    {
                        writer.WritePropertyName(entry.Key);
                        Value(writer, entry.Value, shape.Member(entry.Key)?.Target);
                    }

                    writer.WriteEndObject();
                    return;
                case SchemaKind.Map:
                    writer.WriteStartObject();
                    foreach (var entry in PythonValue.DistinctEntries(node))
                    {
                        writer.WritePropertyName(entry.Key);
                        Value(writer, entry.Value, shape.Value);
                    }

                    writer.WriteEndObject();
                    return;
                case SchemaKind.List:
                    writer.WriteStartArray();
                    foreach (var item in node.Items)
                    {
                        Value(writer, item, shape.Item);
                    }

                    writer.WriteEndArray();
                    return;
                case SchemaKind.Float:
                case SchemaKind.Double:
                    Float(writer, node);
                    return;
                case SchemaKind.Blob:
                    writer.WriteStringValue(Convert.ToBase64String(Encoding.UTF8.GetBytes(node.Text)));
                    return;
                case SchemaKind.Timestamp:
                    // botocore's default precision: whole seconds, the fraction dropped.
                    writer.WriteNumberValue(ParamBinding.ToTimestamp(node).ToUnixTimeSeconds());
                    return;
                default:
                    Plain(writer, node);
                    return;
            }
        }

        private static void Float(Utf8JsonWriter writer, ParamNode node)
        {
            if (node.Kind != ParamNodeKind.Number || PythonValue.IsInt(node))
            {
                Plain(writer, node);
                return;
            }

            // NaN and the infinities come from the conversion as these texts, and from JSON as overflowing numbers.
            double value = double.Parse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
            }
            else
            {
                writer.WriteRawValue(PythonNumbers.FormatDouble(value), skipInputValidation: true);
            }
        }

        // Integers, booleans, strings, enums and documents: the value json.loads made, as json.dumps writes it.
        private static void Plain(Utf8JsonWriter writer, ParamNode node) => ParamJson.Write(writer, node, PlainNumber);

        private static void PlainNumber(Utf8JsonWriter writer, ParamNode node)
        {
            if (PythonValue.IsInt(node))
            {
                writer.WriteRawValue(PythonValue.NumberText(node.Text), skipInputValidation: true);
            }
            else
            {
                Float(writer, node);
            }
        }
    }
}
