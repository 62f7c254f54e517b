using System.Collections.Generic;
using System.Linq;
using System.Text;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// The "JSON Syntax" example of an option's help, laid out as the AWS CLI's <c>clidocs</c>
    /// writes it: enum values as <c>"a"|"b"</c>, one list item then <c>...</c>, recursion cut short.
    /// </summary>
    internal static class JsonSyntaxDoc
    {
        private const string Indent = "  ";

        /// <summary>The example, or null for scalar options (the CLI shows none).</summary>
        public static string? Example(SchemaShape shape)
        {
            if (!shape.IsComplex)
            {
                return null;
            }

            var text = new StringBuilder();
            Write(shape, new List<SchemaShape>(), text, 0);
            return text.ToString();
        }

        private static void Write(SchemaShape shape, List<SchemaShape> stack, StringBuilder text, int depth)
        {
            var seen = 0;
            foreach (var onStack in stack)
            {
                seen += onStack == shape ? 1 : 0;
            }

            // Document the recursion once, then only note it.
            if (seen > 1)
            {
                if (shape.Kind == SchemaKind.Structure)
                {
                    text.Append("{ ... recursive ... }");
                }

                return;
            }

            stack.Add(shape);
            switch (shape.Kind)
            {
                case SchemaKind.List:
                    var item = shape.Item!;
                    text.Append('[');
                    if (!item.IsComplex)
                    {
                        text.Append(ValueName(item)).Append(", ...");
                    }
                    else
                    {
                        NewLine(text, depth + 1);
                        Write(item, stack, text, depth + 1);
                        NewLine(text, depth + 1);
                        text.Append("...");
                        NewLine(text, depth);
                    }

                    text.Append(']');
                    break;
                case SchemaKind.Map:
                    var value = shape.Value!;
                    text.Append('{');
                    NewLine(text, depth + 1);
                    text.Append(ValueName(shape.Key!)).Append(": ");
                    if (!value.IsComplex)
                    {
                        text.Append(ValueName(value));
                    }
                    else
                    {
                        Write(value, stack, text, depth + 1);
                    }

                    NewLine(text, depth + 1);
                    text.Append("...");
                    NewLine(text, depth);
                    text.Append('}');
                    break;
                case SchemaKind.Document:
                    text.Append("{...}");
                    break;
                default:
                    WriteStructure(shape, stack, text, depth);
                    break;
            }

            stack.RemoveAt(stack.Count - 1);
        }

        private static void WriteStructure(SchemaShape shape, List<SchemaShape> stack, StringBuilder text, int depth)
        {
            text.Append('{');
            for (var i = 0; i < shape.Members.Count; i++)
            {
                var member = shape.Members[i];
                NewLine(text, depth + 1);
                text.Append('"').Append(member.Name).Append("\": ");
                if (!member.Target.IsComplex)
                {
                    text.Append(ValueName(member.Target));
                }
                else
                {
                    Write(member.Target, stack, text, depth + 1);
                }

                if (i < shape.Members.Count - 1)
                {
                    text.Append(',');
                }
            }

            NewLine(text, depth);
            text.Append('}');
        }

        private static void NewLine(StringBuilder text, int depth)
        {
            text.Append('\n');
            for (var i = 0; i < depth; i++)
            {
                text.Append(Indent);
            }
        }

        private static string ValueName(SchemaShape shape) => shape.Kind switch
        {
            SchemaKind.Enum => string.Join("|", shape.EnumValues.Select(value => "\"" + value + "\"")),
            SchemaKind.String => "\"string\"",
            SchemaKind.Boolean => "true|false",
            _ => ShorthandSyntaxDoc.TypeName(shape.Kind),
        };
    }
}
