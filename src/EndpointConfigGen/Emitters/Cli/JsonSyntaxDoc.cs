using System.Collections.Generic;
using System.Text;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters.Cli
{
    /// <summary>
    /// The "JSON Syntax" example of an option's help, laid out as the AWS CLI's <c>clidocs</c>
    /// writes it: enum values as <c>"a"|"b"</c>, one list item then <c>...</c>, recursion cut short.
    /// </summary>
    internal static class JsonSyntaxDoc
    {
        private const string Indent = "  ";

        /// <summary>The example, or null for scalar options (the CLI shows none).</summary>
        public static string? Example(ShapeIndex index, ShapeSpec shape)
        {
            if (IsScalar(shape))
            {
                return null;
            }

            var text = new StringBuilder();
            Write(index, shape, new List<string>(), text, 0);
            return text.ToString();
        }

        private static void Write(ShapeIndex index, ShapeSpec shape, List<string> stack, StringBuilder text, int depth)
        {
            var seen = 0;
            foreach (var name in stack)
            {
                seen += name == shape.Name ? 1 : 0;
            }

            // Document the recursion once, then only note it.
            if (seen > 1)
            {
                if (shape.Kind == ShapeKind.Structure)
                {
                    text.Append("{ ... recursive ... }");
                }

                return;
            }

            stack.Add(shape.Name);
            switch (shape.Kind)
            {
                case ShapeKind.List:
                    var item = index.Shape(shape.ListMember!);
                    text.Append('[');
                    if (IsScalar(item))
                    {
                        text.Append(ValueName(item)).Append(", ...");
                    }
                    else
                    {
                        NewLine(text, depth + 1);
                        Write(index, item, stack, text, depth + 1);
                        NewLine(text, depth + 1);
                        text.Append("...");
                        NewLine(text, depth);
                    }

                    text.Append(']');
                    break;
                case ShapeKind.Map:
                    var value = index.Shape(shape.MapValue!);
                    text.Append('{');
                    NewLine(text, depth + 1);
                    text.Append(ValueName(index.Shape(shape.MapKey!))).Append(": ");
                    if (IsScalar(value))
                    {
                        text.Append(ValueName(value));
                    }
                    else
                    {
                        Write(index, value, stack, text, depth + 1);
                    }

                    NewLine(text, depth + 1);
                    text.Append("...");
                    NewLine(text, depth);
                    text.Append('}');
                    break;
                case ShapeKind.Document:
                    text.Append("{...}");
                    break;
                default:
                    WriteStructure(index, shape, stack, text, depth);
                    break;
            }

            stack.RemoveAt(stack.Count - 1);
        }

        private static void WriteStructure(ShapeIndex index, ShapeSpec shape, List<string> stack, StringBuilder text, int depth)
        {
            text.Append('{');
            for (var i = 0; i < shape.Members.Count; i++)
            {
                var member = shape.Members[i];
                var target = index.Shape(member.Target);
                NewLine(text, depth + 1);
                text.Append('"').Append(member.Name).Append("\": ");
                if (IsScalar(target))
                {
                    text.Append(ValueName(target));
                }
                else
                {
                    Write(index, target, stack, text, depth + 1);
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

        private static string ValueName(ShapeSpec shape)
        {
            switch (shape.Kind)
            {
                case ShapeKind.Enum:
                    var choices = new List<string>();
                    foreach (var value in shape.EnumValues)
                    {
                        choices.Add("\"" + value + "\"");
                    }

                    return string.Join("|", choices);
                case ShapeKind.String:
                    return "\"string\"";
                case ShapeKind.Boolean:
                    return "true|false";
                default:
                    return ShorthandSyntaxDoc.TypeName(shape.Kind);
            }
        }

        private static bool IsScalar(ShapeSpec shape) =>
            shape.Kind != ShapeKind.Structure && shape.Kind != ShapeKind.List && shape.Kind != ShapeKind.Map && shape.Kind != ShapeKind.Document;
    }
}
