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
        // Depth is bounded by JsonTextParser.MaxDepth.
        public static ParamNode Read(JsonNode node)
        {
            int at = node.Start.Offset;
            switch (node.Kind)
            {
                case JsonKind.Object:
                    var entries = new List<ParamEntry>(node.Properties!.Count);
                    foreach (var property in node.Properties)
                    {
                        entries.Add(new ParamEntry(property.Name, Read(property.Value), property.NameStart.Offset));
                    }

                    return ParamNode.Map(entries, false, at);
                case JsonKind.Array:
                    var items = new List<ParamNode>(node.Items!.Count);
                    foreach (var item in node.Items)
                    {
                        items.Add(Read(item));
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

        /// <summary>The end offset of every value and key, by start offset: only reports need them, so apart from <see cref="Read"/>.</summary>
        public static Dictionary<int, int> Ends(JsonNode root)
        {
            var ends = new Dictionary<int, int>();
            AddEnds(root, ends);
            return ends;
        }

        private static void AddEnds(JsonNode node, Dictionary<int, int> ends)
        {
            ends[node.Start.Offset] = node.End.Offset;
            if (node.Kind == JsonKind.Object)
            {
                foreach (var property in node.Properties!)
                {
                    ends[property.NameStart.Offset] = property.NameEnd.Offset;
                    AddEnds(property.Value, ends);
                }
            }
            else if (node.Kind == JsonKind.Array)
            {
                foreach (var item in node.Items!)
                {
                    AddEnds(item, ends);
                }
            }
        }
    }
}
