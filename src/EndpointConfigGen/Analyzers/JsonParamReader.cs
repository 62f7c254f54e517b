using System.Collections.Generic;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// Turns the positioned JSON tree into the <see cref="ParamNode"/> tree the CLI builds from
    /// <c>--cli-input-json</c> (values typed as written), offsets kept for diagnostics.
    /// </summary>
    internal static class JsonParamReader
    {
        /// <param name="ends">The end offset of every value and key, by start offset.</param>
        public static ParamNode Read(JsonNode root, out Dictionary<int, int> ends)
        {
            ends = new Dictionary<int, int>();
            return Convert(root, ends);
        }

        // Depth is bounded by JsonTextParser.MaxDepth.
        private static ParamNode Convert(JsonNode node, Dictionary<int, int> ends)
        {
            int at = node.Start.Offset;
            ends[at] = node.End.Offset;
            switch (node.Kind)
            {
                case JsonKind.Object:
                    var entries = new List<ParamEntry>(node.Properties!.Count);
                    foreach (var property in node.Properties)
                    {
                        ends[property.NameStart.Offset] = property.NameEnd.Offset;
                        entries.Add(new ParamEntry(property.Name, Convert(property.Value, ends), property.NameStart.Offset));
                    }

                    return ParamNode.Map(entries, false, at);
                case JsonKind.Array:
                    var items = new List<ParamNode>(node.Items!.Count);
                    foreach (var item in node.Items)
                    {
                        items.Add(Convert(item, ends));
                    }

                    return ParamNode.List(items, false, at);
                case JsonKind.String:
                    return ParamNode.String(node.Text, false, at);
                case JsonKind.Number:
                    return ParamNode.Number(node.Text, at);
                case JsonKind.True:
                    return ParamNode.Boolean(true, at);
                case JsonKind.False:
                    return ParamNode.Boolean(false, at);
                default:
                    return ParamNode.Null(at);
            }
        }
    }
}
