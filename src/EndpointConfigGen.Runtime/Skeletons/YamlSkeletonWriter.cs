using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Writes a skeleton as CLI v2's <c>yaml-input</c> does (ruamel.yaml round-trip dumper, block
    /// style, mappings indented by 2, sequences not indented under their key).
    /// </summary>
    internal static class YamlSkeletonWriter
    {
        public static string Write(SkeletonNode root)
        {
            var output = new YamlText();
            if (root.IsEmptyMap)
            {
                output.Append("{}");
                output.LineBreak();
            }
            else
            {
                Entries(output, root, 0, continuesLine: false);
            }

            return output.ToString();
        }

        // continuesLine: the first key follows a "- " already written.
        private static void Entries(YamlText output, SkeletonNode map, int indent, bool continuesLine)
        {
            for (var i = 0; i < map.Entries!.Count; i++)
            {
                if (i > 0 || !continuesLine)
                {
                    output.Pad(indent);
                }

                var entry = map.Entries[i];
                YamlScalar.Write(output, entry.Key, indent + 2, isKey: true);
                output.Append(":");
                if (IsBlock(entry.Value))
                {
                    Comment(output, map, i);
                    output.LineBreak();
                    if (entry.Value.Kind == SkeletonKind.List)
                    {
                        Item(output, entry.Value.Item!, indent, continuesLine: false);
                    }
                    else
                    {
                        Entries(output, entry.Value, indent + 2, continuesLine: false);
                    }
                }
                else
                {
                    output.Append(" ");
                    Scalar(output, entry.Value, indent + 2);
                    Comment(output, map, i);
                    output.LineBreak();
                }
            }
        }

        private static void Item(YamlText output, SkeletonNode item, int indent, bool continuesLine)
        {
            if (!continuesLine)
            {
                output.Pad(indent);
            }

            output.Append("- ");
            if (item.Kind == SkeletonKind.List)
            {
                Item(output, item.Item!, indent + 2, continuesLine: true);
            }
            else if (IsBlock(item))
            {
                Entries(output, item, indent + 2, continuesLine: true);
            }
            else
            {
                Scalar(output, item, indent + 2);
                output.LineBreak();
            }
        }

        private static bool IsBlock(SkeletonNode node) => node.Kind == SkeletonKind.List || (node.Kind == SkeletonKind.Map && !node.IsEmptyMap);

        private static void Scalar(YamlText output, SkeletonNode node, int indent)
        {
            switch (node.Kind)
            {
                case SkeletonKind.Map:
                    output.Append("{}");
                    break;
                case SkeletonKind.String:
                    YamlScalar.Write(output, node.Text, indent, isKey: false);
                    break;
                case SkeletonKind.Integer:
                    output.Append("0");
                    break;
                case SkeletonKind.Float:
                    output.Append("0.0");
                    break;
                case SkeletonKind.True:
                    output.Append("true");
                    break;
                case SkeletonKind.Timestamp:
                    output.Append("1970-01-01 00:00:00");
                    break;
                case SkeletonKind.Blob:
                    // The CLI's _Bytes placeholder: an empty binary scalar.
                    output.Append("!!binary ''");
                    break;
                default:
                    throw new InvalidOperationException("Unhandled skeleton kind " + node.Kind);
            }
        }

        /// <summary>
        /// The end-of-line comment. ruamel gives a comment the column of an earlier one in the same
        /// mapping (the previous key's, else one found scanning keys in order until a key sorting at
        /// or after this one); when there is none the comment starts one space further out.
        /// </summary>
        private static void Comment(YamlText output, SkeletonNode map, int index)
        {
            var entries = map.Entries!;
            var comment = entries[index].Comment;
            if (comment is null)
            {
                return;
            }

            var aligned = index > 0 && entries[index - 1].Comment is not null;
            for (var i = 0; !aligned && i < index && string.CompareOrdinal(entries[i].Key, entries[index].Key) < 0; i++)
            {
                aligned = entries[i].Comment is not null;
            }

            output.Append(aligned ? " # " : "  # ");
            output.Append(comment);
        }
    }
}
