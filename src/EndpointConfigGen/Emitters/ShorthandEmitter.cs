using System;
using System.Globalization;
using System.Linq;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits the typed shorthand API of a structure (<c>ParseShorthand</c>, <c>TryParseShorthand</c>,
    /// <c>ParseShorthandList</c>, <c>ToShorthand</c>), its one-pass reader (<see cref="ShorthandReadEmitter"/>)
    /// and its binding to and from the untyped <c>ParamNode</c> tree that the hand-written grammar
    /// core produces, which the reference pipeline uses.
    /// </summary>
    internal static class ShorthandEmitter
    {
        private const string Node = ShapeIndex.Rt + nameof(ParamNode);
        private const string Binding = ShapeIndex.Rt + "ParamBinding";

        /// <summary>The name of the private property holding the structure's schema shape, which shorthand and validation pass on.</summary>
        public const string SchemaProperty = "__Schema";

        public static void EmitMembers(SourceWriter writer, ShapeIndex index, ShapeSpec shape)
        {
            var typeName = shape.TypeName;
            var arguments = "(text, " + SchemaProperty + ", " + Literals.String(shape.Name) + ", ReadShorthand, FromParamNode";
            writer.Line("private static " + ShapeIndex.Rt + nameof(SchemaShape) + " " + SchemaProperty + " => " + SchemaEmitter.Reference(index, shape.Name) + ";");
            writer.Line();
            writer.Line("/// <summary>Parses AWS CLI shorthand (<c>Key=value,Other=[a,b]</c>) as the AWS CLI reads it; bad text throws <see cref=\"" + ShapeIndex.Rt + nameof(ShorthandException) + "\"/> with the CLI's message.</summary>");
            writer.Line("public static " + typeName + " ParseShorthand(string text) => " + ShapeIndex.Rt + "ShorthandBinding.Parse" + arguments + ");");
            writer.Line();
            writer.Line("/// <summary>As <see cref=\"ParseShorthand\"/>, returning what is wrong and where instead of throwing.</summary>");
            writer.Line("public static bool TryParseShorthand(string text, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + typeName + "? value, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out " + ShapeIndex.Rt + nameof(ShorthandError) + "? error) =>");
            writer.Indent().Line(ShapeIndex.Rt + "ShorthandBinding.TryParse" + arguments + ", out value, out error);").Outdent();
            writer.Line();
            writer.Line("/// <summary>Parses a list as the CLI takes it: one shorthand structure per command-line token.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + typeName + "> ParseShorthandList(params string[] tokens) => "
                + ShapeIndex.Rt + "ShorthandBinding.ParseList" + arguments.Replace("(text,", "(tokens,") + (IsOldListItem(index, shape) ? ", oldListCase: true" : "") + ");");
            writer.Line();
            writer.Line("/// <summary>This value as shorthand that <see cref=\"ParseShorthand\"/> and the AWS CLI read back as an equal value; throws <see cref=\"global::System.ArgumentException\"/> when no member is set.</summary>");
            writer.Line("public string ToShorthand() => " + ShapeIndex.Rt + nameof(ShorthandWriter) + ".Write(ToParamNode());");
            writer.Line();
            ShorthandReadEmitter.Emit(writer, index, shape, typeName);
            EmitFromParamNode(writer, index, shape, typeName);
            EmitToParamNode(writer, index, shape);
        }

        // The item of a list argument in the CLI's table of one-member list arguments (the table is the runtime's).
        private static bool IsOldListItem(ShapeIndex index, ShapeSpec shape) =>
            shape.Members.Count == 1 && index.Operations.Any(operation => operation.Input is { } input && index.Shape(input).Members.Any(member =>
                index.Shape(member.Target).ListMember == shape.Name
                && Runtime.ShorthandSpecialCases.IsOldListArgument(index.Model.Metadata.ServiceId, operation.CommandName, member.CliOption.Substring(2))));

        private static void EmitFromParamNode(SourceWriter writer, ShapeIndex index, ShapeSpec shape, string typeName)
        {
            writer.Open("internal static " + typeName + " FromParamNode(" + Node + " node)");
            writer.Line(Binding + ".ExpectMap(node, " + Literals.String(shape.Name) + ");");
            foreach (var member in shape.Members)
            {
                writer.Line(index.TypeOf(member.Target) + "? " + member.Local + " = null;");
            }

            writer.Open("foreach (var entry in node.Entries)");
            writer.Open("switch (entry.Key)");
            foreach (var member in shape.Members)
            {
                writer.Line("case " + Literals.String(member.Name) + ":");
                writer.Indent();
                writer.Line(member.Local + " = " + BindExpr(index, member.Target, "entry.Value", 0) + ";");
                writer.Line("break;");
                writer.Outdent();
            }

            writer.Line("default:");
            writer.Indent().Line("throw " + Binding + ".UnknownMember(entry, " + Literals.String(shape.Name) + ");").Outdent();
            writer.Close();
            writer.Close();
            writer.Line();
            RecordConstruction.EmitReturn(writer, shape, typeName, member => member.Required
                ? Binding + ".Required(" + member.Local + ", " + Literals.String(member.Name) + ")"
                : member.Local);
            writer.Close();
            writer.Line();
        }

        private static void EmitToParamNode(SourceWriter writer, ShapeIndex index, ShapeSpec shape)
        {
            writer.Open("internal " + Node + " ToParamNode()");
            writer.Line("var entries = new global::System.Collections.Generic.List<" + ShapeIndex.Rt + nameof(ParamEntry) + ">(" + shape.Members.Count.ToString(CultureInfo.InvariantCulture) + ");");
            foreach (var member in shape.Members)
            {
                // Through 'this': a member may be named like the 'entries' local (CloudWatch Logs has one).
                var property = "this." + member.Property;
                if (member.Required && index.IsValueType(member.Target))
                {
                    writer.Line("entries.Add(new " + ShapeIndex.Rt + nameof(ParamEntry) + "(" + Literals.String(member.Name) + ", " + NodeExpr(index, member.Target, property, 0) + "));");
                    continue;
                }

                writer.Open("if (" + property + " is { } " + member.Local + ")");
                writer.Line("entries.Add(new " + ShapeIndex.Rt + nameof(ParamEntry) + "(" + Literals.String(member.Name) + ", " + NodeExpr(index, member.Target, member.Local, 0) + "));");
                writer.Close();
            }

            writer.Line();
            writer.Line("return " + Node + ".Map(entries, fromShorthand: false);");
            writer.Close();
        }

        private static string BindExpr(ShapeIndex index, string shapeName, string node, int depth)
        {
            var shape = index.Shape(shapeName);
            if (ScalarKind.TryGet(shape.Kind, out var scalar))
            {
                return ScalarKind.Wrap(index, shape, Binding + "." + scalar.Binding + "(" + node + ")");
            }

            switch (shape.Kind)
            {
                case SchemaKind.Structure:
                    return index.QualifiedTypeName(shape.Name) + ".FromParamNode(" + node + ")";
                case SchemaKind.List:
                case SchemaKind.Map:
                    var item = "n" + (depth + 1).ToString(CultureInfo.InvariantCulture);
                    var itemShape = shape.Kind == SchemaKind.List ? shape.ListMember! : shape.MapValue!;
                    return Binding + (shape.Kind == SchemaKind.List ? ".ToList<" : ".ToMap<") + index.TypeOf(itemShape) + ">(" + node + ", static " + item + " => " + BindExpr(index, itemShape, item, depth + 1) + ")";
                default:
                    throw new InvalidOperationException("Unhandled shape kind " + shape.Kind);
            }
        }

        private static string NodeExpr(ShapeIndex index, string shapeName, string value, int depth)
        {
            var shape = index.Shape(shapeName);
            if (ScalarKind.TryGet(shape.Kind, out var scalar))
            {
                return scalar.ToNode(value);
            }

            switch (shape.Kind)
            {
                case SchemaKind.Structure:
                    return value + ".ToParamNode()";
                case SchemaKind.List:
                case SchemaKind.Map:
                    var item = "v" + (depth + 1).ToString(CultureInfo.InvariantCulture);
                    var itemShape = shape.Kind == SchemaKind.List ? shape.ListMember! : shape.MapValue!;
                    return Binding + (shape.Kind == SchemaKind.List ? ".FromList<" : ".FromMap<") + index.TypeOf(itemShape) + ">(" + value + ", static " + item + " => " + NodeExpr(index, itemShape, item, depth + 1) + ")";
                default:
                    throw new InvalidOperationException("Unhandled shape kind " + shape.Kind);
            }
        }
    }
}
