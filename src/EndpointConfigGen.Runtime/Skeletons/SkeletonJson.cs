using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>A skeleton as Python's <c>json.dump(value, indent=4)</c> writes it, followed by a newline.</summary>
    internal static class SkeletonJson
    {
        // ensureAscii is Python's ensure_ascii: the input skeleton escapes non-ASCII, the CLI's output formatter does not.
        public static string Write(SkeletonNode root, bool ensureAscii)
        {
            var text = new StringBuilder();
            WriteValue(new PythonJsonWriter(text, indented: true, ensureAscii), root);
            return text.Append('\n').ToString();
        }

        private static void WriteValue(PythonJsonWriter writer, SkeletonNode node)
        {
            switch (node.Kind)
            {
                case SkeletonKind.Map:
                    writer.StartObject();
                    foreach (var entry in node.Entries!)
                    {
                        writer.PropertyName(entry.Key);
                        WriteValue(writer, entry.Value);
                    }

                    writer.EndObject();
                    return;
                case SkeletonKind.List:
                    writer.StartArray();
                    WriteValue(writer, node.Item!);
                    writer.EndArray();
                    return;
                case SkeletonKind.String:
                    writer.StringValue(node.Text);
                    return;
                case SkeletonKind.Integer:
                    writer.RawValue("0");
                    return;
                case SkeletonKind.Float:
                    writer.RawValue("0.0");
                    return;
                case SkeletonKind.True:
                    writer.RawValue("true");
                    return;
                case SkeletonKind.Timestamp:
                    // The CLI's json_encoder writes datetime(1970, 1, 1) with isoformat().
                    writer.StringValue("1970-01-01T00:00:00");
                    return;
                default:
                    // A blob is None in botocore's skeleton.
                    writer.RawValue("null");
                    return;
            }
        }
    }
}
