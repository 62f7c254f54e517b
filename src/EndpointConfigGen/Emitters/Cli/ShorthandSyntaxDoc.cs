using System.Collections.Generic;
using System.Text;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters.Cli
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
        public static bool Supports(ShapeIndex index, ShapeSpec shape)
        {
            if (IsDocumentContainer(index, shape))
            {
                return false;
            }

            return shape.Kind switch
            {
                ShapeKind.Structure or ShapeKind.Map => true,
                ShapeKind.List => IsComplex(index.Shape(shape.ListMember!)),
                _ => false,
            };
        }

        /// <summary>The example text, or null when the option takes no shorthand.</summary>
        public static string? Example(ShapeIndex index, ShapeSpec shape)
        {
            if (!Supports(index, shape))
            {
                return null;
            }

            // The CLI documents no shorthand for a lone string "Value" wrapper; it takes the bare value.
            if (shape.Kind == ShapeKind.Structure && shape.Members.Count == 1 && shape.Members[0].Name == "Value"
                && IsString(index.Shape(shape.Members[0].Target)))
            {
                return null;
            }

            var stack = new List<string>();
            try
            {
                return shape.Kind == ShapeKind.List
                    ? Docs(index, index.Shape(shape.ListMember!), stack) + " ..."
                    : Docs(index, shape, stack);
            }
            catch (TooComplex)
            {
                return string.Empty;
            }
        }

        private static string Docs(ShapeIndex index, ShapeSpec shape, List<string> stack)
        {
            if (stack.Count > MaxStack)
            {
                throw new TooComplex();
            }

            switch (shape.Kind)
            {
                case ShapeKind.Structure:
                    return StructureDocs(index, shape, stack);
                case ShapeKind.List:
                    return ListDocs(index, shape, stack);
                case ShapeKind.Map:
                    return MapDocs(index, shape, stack);
                default:
                    return TypeName(shape.Kind);
            }
        }

        private static string ListDocs(ShapeIndex index, ShapeSpec shape, List<string> stack)
        {
            var item = index.Shape(shape.ListMember!);
            stack.Add(item.Name);
            var element = Docs(index, item, stack);
            stack.RemoveAt(stack.Count - 1);
            return IsComplex(item) || stack.Count > 1 ? "[" + element + "," + element + "]" : element + "," + element;
        }

        private static string MapDocs(ShapeIndex index, ShapeSpec shape, List<string> stack)
        {
            var value = index.Shape(shape.MapValue!);
            stack.Add(value.Name);
            var valueDocs = Docs(index, value, stack);
            stack.RemoveAt(stack.Count - 1);
            var text = new StringBuilder("KeyName1=" + valueDocs + ",KeyName2=" + valueDocs);
            var key = index.Shape(shape.MapKey!);
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

        private static string StructureDocs(ShapeIndex index, ShapeSpec shape, List<string> stack)
        {
            var parts = new List<string>();
            foreach (var member in shape.Members)
            {
                var target = index.Shape(member.Target);
                if (IsDocumentContainer(index, target))
                {
                    continue;
                }

                if (stack.Contains(target.Name))
                {
                    parts.Add(member.Name + "=( ... recursive ... )");
                    continue;
                }

                stack.Add(target.Name);
                var value = Docs(index, target, stack);
                stack.RemoveAt(stack.Count - 1);
                parts.Add(member.Name + "=" + value);
            }

            var inner = string.Join(",", parts);
            return stack.Count == 0 ? inner : "{" + inner + "}";
        }

        /// <summary>The botocore type name; enums are strings.</summary>
        public static string TypeName(ShapeKind kind) => kind == ShapeKind.Enum ? "string" : kind.ToString().ToLowerInvariant();

        private static bool IsString(ShapeSpec shape) => shape.Kind == ShapeKind.String || shape.Kind == ShapeKind.Enum;

        private static bool IsComplex(ShapeSpec shape) =>
            shape.Kind == ShapeKind.Structure || shape.Kind == ShapeKind.List || shape.Kind == ShapeKind.Map || shape.Kind == ShapeKind.Document;

        /// <summary>A document, or lists and maps that end in one (the CLI wants JSON for those).</summary>
        public static bool IsDocumentContainer(ShapeIndex index, ShapeSpec shape)
        {
            var current = shape;
            for (var depth = 0; depth < 64; depth++)
            {
                switch (current.Kind)
                {
                    case ShapeKind.Document:
                        return true;
                    case ShapeKind.List:
                        current = index.Shape(current.ListMember!);
                        break;
                    case ShapeKind.Map:
                        current = index.Shape(current.MapValue!);
                        break;
                    default:
                        return false;
                }
            }

            return false;
        }
    }
}
