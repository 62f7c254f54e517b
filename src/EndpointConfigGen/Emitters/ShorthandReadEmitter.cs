using System;
using System.Globalization;
using System.Linq;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits a structure's one-pass shorthand reader (<c>ReadShorthand(ref ShorthandCursor)</c>):
    /// keys matched as spans, values read straight into the members' types. It gives up (the
    /// cursor fails) wherever the reference pipeline would do more than read, and the caller then
    /// takes that pipeline, so this code never decides what is valid.
    /// </summary>
    internal static class ShorthandReadEmitter
    {
        private const string Cursor = ShapeIndex.Rt + "ShorthandCursor";

        public static void Emit(SourceWriter writer, ShapeIndex index, ShapeSpec shape, string typeName)
        {
            writer.Open("internal static " + typeName + "? ReadShorthand(ref " + Cursor + " cursor)");
            foreach (var member in shape.Members)
            {
                writer.Line(index.TypeOf(member.Target) + "? " + member.Local + " = null;");
            }

            writer.Line("var keys = cursor.BeginStructure();");
            writer.Open("while (cursor.NextKey(ref keys, out var key))");
            if (shape.Members.Count == 0)
            {
                writer.Line("cursor.Fail();");
            }
            else
            {
                // A repeated key falls through to the default: the CLI rejects it at the top and keeps the last in a hash.
                writer.Open("switch (key)");
                foreach (var member in shape.Members)
                {
                    var local = member.Local;
                    writer.Line("case " + Literals.String(member.Name) + " when " + local + " is null:");
                    // Lists, maps and structures declare locals, so their sections get a block of their own.
                    var block = !ScalarKind.TryGet(index.Shape(member.Target).Kind, out _);
                    if (block)
                    {
                        writer.Line("{");
                    }

                    writer.Indent();
                    EmitRead(writer, index, member.Target, value => local + " = " + value + ";", 1);
                    writer.Line("break;");
                    if (block)
                    {
                        writer.Close();
                    }
                    else
                    {
                        writer.Outdent();
                    }
                }

                writer.Line("default:");
                writer.Indent().Line("cursor.Fail();").Line("break;").Outdent();
                writer.Close();
            }

            writer.Close();
            writer.Line();
            var missing = string.Concat(shape.Members.Where(m => m.Required).Select(m => " || " + m.Local + " is null"));
            writer.Open("if (cursor.Failed" + missing + ")");
            writer.Line("cursor.Fail();");
            writer.Line("return null;");
            writer.Close();
            writer.Line();
            RecordConstruction.EmitReturn(writer, shape, typeName, member => RecordConstruction.CheckedLocal(index, member));
            writer.Close();
            writer.Line();
        }

        /// <summary>Statements that read one value of <paramref name="shapeName"/> and hand it to <paramref name="store"/>.</summary>
        private static void EmitRead(SourceWriter writer, ShapeIndex index, string shapeName, Func<string, string> store, int depth)
        {
            var shape = index.Shape(shapeName);
            var n = depth.ToString(CultureInfo.InvariantCulture);
            if (ScalarKind.TryGet(shape.Kind, out var scalar))
            {
                // Timestamps, blobs and documents are rare in shorthand; the reference pipeline reads them.
                writer.Line(scalar.ShorthandRead is null ? "cursor.Fail();" : store(ScalarKind.Wrap(index, shape, "cursor." + scalar.ShorthandRead + "()")));
                return;
            }

            switch (shape.Kind)
            {
                case SchemaKind.Structure:
                    writer.Open("if (" + index.QualifiedTypeName(shape.Name) + ".ReadShorthand(ref cursor) is { } value" + n + ")");
                    writer.Line(store("value" + n));
                    writer.Close();
                    return;
                case SchemaKind.List:
                    var item = index.Shape(shape.ListMember!);
                    var isText = item.Kind == SchemaKind.String || item.Kind == SchemaKind.Enum;
                    writer.Line("var items" + n + " = new " + ShapeIndex.Rt + "ItemBuffer<" + index.TypeOf(item.Name) + ">();");
                    writer.Line("var list" + n + " = cursor.BeginList(itemsAreText: " + (isText ? "true" : "false") + ");");
                    writer.Open("while (cursor.NextItem(ref list" + n + "))");
                    EmitRead(writer, index, item.Name, value => "items" + n + ".Add(" + value + ");", depth + 1);
                    writer.Close();
                    writer.Line(store("items" + n + ".ToArray()"));
                    return;
                case SchemaKind.Map:
                    writer.Line("var map" + n + " = new global::System.Collections.Generic.Dictionary<string, " + index.TypeOf(shape.MapValue!) + ">(global::System.StringComparer.Ordinal);");
                    writer.Line("var keys" + n + " = cursor.BeginMap();");
                    writer.Open("while (cursor.NextKey(ref keys" + n + ", out var key" + n + "))");
                    writer.Line("var name" + n + " = key" + n + ".ToString();");
                    writer.Open("if (map" + n + ".ContainsKey(name" + n + "))");
                    writer.Line("cursor.Fail();");
                    writer.Close();
                    writer.Open("else");
                    EmitRead(writer, index, shape.MapValue!, value => "map" + n + ".Add(name" + n + ", " + value + ");", depth + 1);
                    writer.Close();
                    writer.Close();
                    writer.Line(store("map" + n));
                    return;
                default:
                    throw new InvalidOperationException("Unhandled shape kind " + shape.Kind);
            }
        }
    }
}
