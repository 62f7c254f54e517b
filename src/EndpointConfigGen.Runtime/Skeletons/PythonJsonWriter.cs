using System.Globalization;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Writes a skeleton exactly as Python's <c>json.dump(value, indent=4)</c> followed by a newline:
    /// <c>,</c> at line ends, <c>": "</c> between key and value, <c>{}</c> for an empty map.
    /// </summary>
    internal static class PythonJsonWriter
    {
        // ensureAscii is Python's ensure_ascii: the input skeleton escapes non-ASCII, the CLI's output formatter does not.
        public static string Write(SkeletonNode root, bool ensureAscii)
        {
            var builder = new StringBuilder();
            WriteValue(builder, root, 0, ensureAscii);
            return builder.Append('\n').ToString();
        }

        private static void WriteValue(StringBuilder builder, SkeletonNode node, int depth, bool ensureAscii)
        {
            switch (node.Kind)
            {
                case SkeletonKind.Map:
                    if (node.Entries!.Count == 0)
                    {
                        builder.Append("{}");
                        return;
                    }

                    builder.Append('{');
                    for (var i = 0; i < node.Entries.Count; i++)
                    {
                        builder.Append(i == 0 ? "\n" : ",\n").Append(' ', (depth + 1) * 4);
                        WriteString(builder, node.Entries[i].Key, ensureAscii);
                        builder.Append(": ");
                        WriteValue(builder, node.Entries[i].Value, depth + 1, ensureAscii);
                    }

                    builder.Append('\n').Append(' ', depth * 4).Append('}');
                    return;
                case SkeletonKind.List:
                    builder.Append("[\n").Append(' ', (depth + 1) * 4);
                    WriteValue(builder, node.Item!, depth + 1, ensureAscii);
                    builder.Append('\n').Append(' ', depth * 4).Append(']');
                    return;
                case SkeletonKind.String:
                    WriteString(builder, node.Text, ensureAscii);
                    return;
                case SkeletonKind.Integer:
                    builder.Append('0');
                    return;
                case SkeletonKind.Float:
                    builder.Append("0.0");
                    return;
                case SkeletonKind.True:
                    builder.Append("true");
                    return;
                case SkeletonKind.Timestamp:
                    // The CLI's json_encoder writes datetime(1970, 1, 1) with isoformat().
                    builder.Append("\"1970-01-01T00:00:00\"");
                    return;
                default:
                    // A blob is None in botocore's skeleton.
                    builder.Append("null");
                    return;
            }
        }

        private static void WriteString(StringBuilder builder, string text, bool ensureAscii)
        {
            builder.Append('"');
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case '\n':
                        builder.Append("\\n");
                        break;
                    case '\r':
                        builder.Append("\\r");
                        break;
                    case '\t':
                        builder.Append("\\t");
                        break;
                    case '\b':
                        builder.Append("\\b");
                        break;
                    case '\f':
                        builder.Append("\\f");
                        break;
                    default:
                        // Python escapes controls always, and with ensure_ascii everything outside ' '..'~'
                        // (UTF-16 units, so astral characters come out as surrogate pairs, as in Python).
                        if (c < ' ' || (ensureAscii && c > '~'))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
        }
    }
}
