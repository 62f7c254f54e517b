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
        private const string Node = ShapeIndex.Rt + "ParamNode";
        private const string Binding = ShapeIndex.Rt + "ParamBinding";

        public static string Emit(ShapeIndex index, ShapeSpec shape)
        {
            var typeName = shape.TypeName;
            var schema = SchemaEmitter.Reference(index, shape.Name);
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Open("partial record " + typeName);
            writer.Line("/// <summary>Parses AWS CLI shorthand (<c>Key=value,Other=[a,b]</c>) exactly as the AWS CLI reads it.</summary>");
            writer.Line("/// <param name=\"text\">The shorthand text.</param>");
            writer.Line("/// <returns>The value.</returns>");
            writer.Line("/// <exception cref=\"" + ShapeIndex.Rt + "ShorthandException\">The text is malformed, or names an unknown member, a value of the wrong type, or misses a required member.</exception>");
            writer.Line("public static " + typeName + " ParseShorthand(string text) => " + ShapeIndex.Rt + "ShorthandBinding.Parse(text, " + schema + ", " + Literals.String(shape.Name) + ", ReadShorthand, FromParamNode);");
            writer.Line();
            writer.Line("/// <summary>Parses AWS CLI shorthand without throwing.</summary>");
            writer.Line("/// <param name=\"text\">The shorthand text.</param>");
            writer.Line("/// <param name=\"value\">The value, when the text is valid.</param>");
            writer.Line("/// <param name=\"error\">What is wrong and where, when it is not.</param>");
            writer.Line("/// <returns>True when the text is valid.</returns>");
            writer.Line("public static bool TryParseShorthand(string text, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + typeName + "? value, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out " + ShapeIndex.Rt + "ShorthandError? error) =>");
            writer.Indent().Line(ShapeIndex.Rt + "ShorthandBinding.TryParse(text, " + schema + ", " + Literals.String(shape.Name) + ", ReadShorthand, FromParamNode, out value, out error);").Outdent();
            writer.Line();
            writer.Line("/// <summary>Parses a list given as the CLI takes it: one shorthand structure per command-line token.</summary>");
            writer.Line("/// <param name=\"tokens\">One shorthand text per item.</param>");
            writer.Line("/// <returns>The items.</returns>");
            writer.Line("/// <exception cref=\"" + ShapeIndex.Rt + "ShorthandException\">A token is not valid.</exception>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + typeName + "> ParseShorthandList(params string[] tokens) => " + ShapeIndex.Rt + "ShorthandBinding.ParseList(tokens, " + schema + ", " + Literals.String(shape.Name) + ", ReadShorthand, FromParamNode" + (IsOldListItem(index, shape) ? ", oldListCase: true" : "") + ");");
            writer.Line();
            writer.Line("/// <summary>Writes this value as shorthand that <see cref=\"ParseShorthand\"/> and the AWS CLI read back as an equal value.</summary>");
            writer.Line("/// <returns>The shorthand text.</returns>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">No member is set (shorthand cannot express an empty structure at the top).</exception>");
            writer.Line("public string ToShorthand() => " + ShapeIndex.Rt + "ShorthandWriter.Write(ToParamNode());");
            writer.Line();
            ShorthandReadEmitter.Emit(writer, index, shape, typeName);
            EmitFromParamNode(writer, index, shape, typeName);
            EmitToParamNode(writer, index, shape);
            writer.Close();
            return GeneratedFile.End(writer);
        }

        // The item of a list argument in the CLI's table of one-member list arguments (the table is the runtime's).
        private static bool IsOldListItem(ShapeIndex index, ShapeSpec shape) =>
            shape.Members.Count == 1 && index.Operations.Any(operation => operation.Input is { } input && index.Shape(input).Members.Any(member =>
                index.Shape(member.Target).ListMember == shape.Name
                && Runtime.ShorthandSpecialCases.IsOldListArgument(index.Model.Metadata.ServiceId, operation.CommandName, member.CliOption.Substring(2))));

        private static void EmitFromParamNode(SourceWriter writer, ShapeIndex index, ShapeSpec shape, string typeName)
        {
            writer.Line("/// <summary>Builds the value from a converted and structurally valid parameter tree.</summary>");
            writer.Line("/// <param name=\"node\">A map node whose keys are member names.</param>");
            writer.Line("/// <returns>The value.</returns>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">The tree does not fit the shape.</exception>");
            writer.Line(GeneratedFile.Hidden);
            writer.Open("public static " + typeName + " FromParamNode(" + Node + " node)");
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
            writer.Line("/// <summary>This value as an untyped parameter tree, members in model order, unset ones left out.</summary>");
            writer.Line("/// <returns>A map node.</returns>");
            writer.Line(GeneratedFile.Hidden);
            writer.Open("public " + Node + " ToParamNode()");
            writer.Line("var entries = new global::System.Collections.Generic.List<" + ShapeIndex.Rt + "ParamEntry>(" + shape.Members.Count.ToString(CultureInfo.InvariantCulture) + ");");
            foreach (var member in shape.Members)
            {
                // Through 'this': a member may be named like the 'entries' local (CloudWatch Logs has one).
                var property = "this." + member.Property;
                if (member.Required && index.IsValueType(member.Target))
                {
                    writer.Line("entries.Add(new " + ShapeIndex.Rt + "ParamEntry(" + Literals.String(member.Name) + ", " + NodeExpr(index, member.Target, property, 0) + "));");
                    continue;
                }

                writer.Open("if (" + property + " is { } " + member.Local + ")");
                writer.Line("entries.Add(new " + ShapeIndex.Rt + "ParamEntry(" + Literals.String(member.Name) + ", " + NodeExpr(index, member.Target, member.Local, 0) + "));");
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
