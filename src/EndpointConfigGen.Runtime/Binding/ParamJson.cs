using System;
using System.Collections.Generic;
using System.Text.Json;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// JSON to and from <see cref="ParamNode"/> trees: how <c>--cli-input-json</c> and JSON
    /// argument values enter the CLI pipeline, and how documents leave it.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ParamJson
    {
        /// <summary>Reads JSON text as a tree, keeping member order; duplicate members keep the last, as Python's json does.</summary>
        /// <exception cref="JsonException">The text is not valid JSON.</exception>
        public static ParamNode Parse(string json)
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            return FromElement(document.RootElement);
        }

        /// <summary>A tree for a JSON element.</summary>
        public static ParamNode FromElement(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var entries = new OrderedEntries();
                    foreach (var property in element.EnumerateObject())
                    {
                        entries.Set(new ParamEntry(property.Name, FromElement(property.Value)));
                    }

                    return ParamNode.Map(entries.ToList(), fromShorthand: false);
                case JsonValueKind.Array:
                    var items = new List<ParamNode>();
                    foreach (var item in element.EnumerateArray())
                    {
                        items.Add(FromElement(item));
                    }

                    return ParamNode.List(items, fromShorthand: false);
                case JsonValueKind.String:
                    return ParamNode.String(element.GetString()!, fromShorthand: false);
                case JsonValueKind.Number:
                    return ParamNode.Number(element.GetRawText());
                case JsonValueKind.True:
                    return ParamNode.Boolean(true);
                case JsonValueKind.False:
                    return ParamNode.Boolean(false);
                default:
                    return ParamNode.Null();
            }
        }

        /// <summary>
        /// Writes a tree as JSON, each map as the Python dict it stands for (<see cref="PythonValue.DistinctEntries"/>).
        /// The one walk of a tree into JSON: the runtime's documents, and EndpointConfigGen.Cli's botocore body.
        /// </summary>
        /// <param name="writer">Receives the JSON.</param>
        /// <param name="node">The tree.</param>
        /// <param name="writeNumber">Writes a number node; null writes its text as it is.</param>
        public static void Write(Utf8JsonWriter writer, ParamNode node, Action<Utf8JsonWriter, ParamNode>? writeNumber = null)
        {
            switch (node.Kind)
            {
                case ParamNodeKind.Map:
                    writer.WriteStartObject();
                    foreach (var entry in PythonValue.DistinctEntries(node))
                    {
                        writer.WritePropertyName(entry.Key);
                        Write(writer, entry.Value, writeNumber);
                    }

                    writer.WriteEndObject();
                    break;
                case ParamNodeKind.List:
                    writer.WriteStartArray();
                    foreach (var item in node.Items)
                    {
                        Write(writer, item, writeNumber);
                    }

                    writer.WriteEndArray();
                    break;
                case ParamNodeKind.String:
                    writer.WriteStringValue(node.Text);
                    break;
                case ParamNodeKind.Number when writeNumber is not null:
                    writeNumber(writer, node);
                    break;
                case ParamNodeKind.Number:
                    writer.WriteRawValue(node.Text);
                    break;
                case ParamNodeKind.Boolean:
                    writer.WriteBooleanValue(node.Text == "true");
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }
    }
}
