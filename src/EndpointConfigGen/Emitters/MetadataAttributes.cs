using System.Collections.Generic;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// The <c>[AwsShape]</c> and <c>[AwsMember]</c> attributes on generated types: what the analyzers read
    /// from symbols (SymbolSchemaBuilder), named here and there by <c>nameof</c> of the same attribute types.
    /// </summary>
    internal static class MetadataAttributes
    {
        public static string Shape(ShapeIndex index, ShapeSpec shape) =>
            "[" + RuntimeNames.Attribute(typeof(AwsShapeAttribute)) + "(" + Literals.String(shape.Name) + ", "
            + Setting(nameof(AwsShapeAttribute.Service), index.Model.Metadata.ServiceId) + ")]";

        /// <summary>A property's wire name, target shape, required flag and the target's constraints.</summary>
        public static string Member(ShapeIndex index, MemberSpec member, ShapeSpec target)
        {
            var arguments = new List<string> { Literals.String(member.Name), Setting(nameof(AwsMemberAttribute.Shape), member.Target) };
            if (member.Required)
            {
                arguments.Add(nameof(AwsMemberAttribute.Required) + " = true");
            }

            Constraints(arguments, target, nameof(AwsMemberAttribute.Min), nameof(AwsMemberAttribute.Max), nameof(AwsMemberAttribute.Pattern));
            ItemConstraints(arguments, index, target);
            return "[" + RuntimeNames.Attribute(typeof(AwsMemberAttribute)) + "(" + string.Join(", ", arguments) + ")]";
        }

        /// <summary>
        /// Bounds of the scalar items of a list (or values of a map), which have no generated type of
        /// their own to carry them, so the analyzers can check <c>Subnets = ["..."]</c> too.
        /// </summary>
        private static void ItemConstraints(List<string> arguments, ShapeIndex index, ShapeSpec target)
        {
            var itemName = target.Kind == ShapeKind.List ? target.ListMember : target.Kind == ShapeKind.Map ? target.MapValue : null;
            if (itemName is null)
            {
                return;
            }

            var item = index.Shape(itemName);
            if (item.Kind is not (ShapeKind.Structure or ShapeKind.Enum or ShapeKind.List or ShapeKind.Map))
            {
                Constraints(arguments, item, nameof(AwsMemberAttribute.ItemMin), nameof(AwsMemberAttribute.ItemMax), nameof(AwsMemberAttribute.ItemPattern));
            }
        }

        private static void Constraints(List<string> arguments, ShapeSpec shape, string min, string max, string pattern)
        {
            if (shape.Min is not null)
            {
                arguments.Add(Setting(min, shape.Min));
            }

            if (shape.Max is not null)
            {
                arguments.Add(Setting(max, shape.Max));
            }

            if (shape.Pattern is not null)
            {
                arguments.Add(Setting(pattern, shape.Pattern));
            }
        }

        private static string Setting(string name, string value) => name + " = " + Literals.String(value);
    }
}
