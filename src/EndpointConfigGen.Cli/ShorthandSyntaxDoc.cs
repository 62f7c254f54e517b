using System.Collections.Generic;
using System.Text;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// The "Shorthand Syntax" example the AWS CLI prints in an option's help, built the way its
    /// <c>ParamShorthandDocGen</c> builds it: <c>VariantName=string,ModelName=string,... ...</c>.
    /// </summary>
    internal static class ShorthandSyntaxDoc
    {
        // The CLI gives up (prints nothing) once the walk is deeper than this.
        private const int MaxStack = 3;

        private sealed class TooComplex : System.Exception
        {
        }

        /// <summary>True when the CLI reads the option's value as shorthand: structures, maps and lists of those, without documents.</summary>
        public static bool Supports(SchemaShape shape)
        {
            if (IsDocumentContainer(shape))
            {
                return false;
            }

            return shape.Kind switch
            {
                SchemaKind.Structure or SchemaKind.Map => true,
                SchemaKind.List => shape.Item!.IsComplex,
                _ => false,
            };
        }

        /// <summary>The example text, or null when the option takes no shorthand.</summary>
        public static string? Example(SchemaShape shape)
        {
            if (!Supports(shape))
            {
                return null;
            }

            // The CLI documents no shorthand for a lone string "Value" wrapper; it takes the bare value.
            if (ShorthandSpecialCases.IsValueWrapper(shape))
            {
                return null;
            }

            var stack = new List<SchemaShape>();
            try
            {
                return shape.Kind == SchemaKind.List ? Docs(shape.Item!, stack) + " ..." : Docs(shape, stack);
            }
            catch (TooComplex)
            {
                return string.Empty;
            }
        }

        /// <summary>The botocore type name; enums are strings.</summary>
        public static string TypeName(SchemaKind kind) => kind == SchemaKind.Enum ? "string" : kind.ToString().ToLowerInvariant();

        private static string Docs(SchemaShape shape, List<SchemaShape> stack)
        {
            if (stack.Count > MaxStack)
            {
                throw new TooComplex();
            }

            return shape.Kind switch
            {
                SchemaKind.Structure => StructureDocs(shape, stack),
                SchemaKind.List => ListDocs(shape, stack),
                SchemaKind.Map => MapDocs(shape, stack),
                _ => TypeName(shape.Kind),
            };
        }

        private static string ListDocs(SchemaShape shape, List<SchemaShape> stack)
        {
            var item = shape.Item!;
            stack.Add(item);
            var element = Docs(item, stack);
            stack.RemoveAt(stack.Count - 1);
            return item.IsComplex || stack.Count > 1 ? "[" + element + "," + element + "]" : element + "," + element;
        }

        private static string MapDocs(SchemaShape shape, List<SchemaShape> stack)
        {
            var value = shape.Value!;
            stack.Add(value);
            var valueDocs = Docs(value, stack);
            stack.RemoveAt(stack.Count - 1);
            var text = new StringBuilder("KeyName1=" + valueDocs + ",KeyName2=" + valueDocs);
            var key = shape.Key!;
            if (key.EnumValues.Count > 0 && stack.Count == 0)
            {
                text.Append("\n\nWhere valid key names are:\n");
                foreach (var name in key.EnumValues)
                {
                    text.Append("  ").Append(name).Append('\n');
                }
            }
            else if (stack.Count > 0)
            {
                return "{" + text + "}";
            }

            return text.ToString();
        }

        private static string StructureDocs(SchemaShape shape, List<SchemaShape> stack)
        {
            var parts = new List<string>();
            foreach (var member in shape.Members)
            {
                var target = member.Target;
                if (IsDocumentContainer(target))
                {
                    continue;
                }

                if (stack.Contains(target))
                {
                    parts.Add(member.Name + "=( ... recursive ... )");
                    continue;
                }

                stack.Add(target);
                var value = Docs(target, stack);
                stack.RemoveAt(stack.Count - 1);
                parts.Add(member.Name + "=" + value);
            }

            var inner = string.Join(",", parts);
            return stack.Count == 0 ? inner : "{" + inner + "}";
        }

        /// <summary>A document, or lists and maps that end in one (the CLI wants JSON for those).</summary>
        private static bool IsDocumentContainer(SchemaShape shape)
        {
            var current = shape;
            for (var depth = 0; depth < 64; depth++)
            {
                switch (current.Kind)
                {
                    case SchemaKind.Document:
                        return true;
                    case SchemaKind.List:
                        current = current.Item!;
                        break;
                    case SchemaKind.Map:
                        current = current.Value!;
                        break;
                    default:
                        return false;
                }
            }

            return false;
        }
    }
}
