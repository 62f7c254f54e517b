using System;
using System.Collections.Generic;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits <c>ToJson</c>/<c>FromJson</c> for a structure: straight-line Utf8JsonWriter/Utf8JsonReader
    /// code in the wire (<c>--cli-input-json</c>) form, members in model order, no reflection.
    /// </summary>
    internal static class JsonEmitter
    {
        private const string Reader = "global::System.Text.Json.Utf8JsonReader";
        private const string Writer = "global::System.Text.Json.Utf8JsonWriter";
        private const string Context = ShapeIndex.Rt + "JsonReadContext";

        public static string Emit(ShapeIndex index, ShapeSpec shape)
        {
            var typeName = shape.TypeName;
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Open("partial record " + typeName);
            EmitEntryPoints(writer, typeName);
            EmitWrite(writer, index, shape);
            EmitRead(writer, index, shape, typeName);
            writer.Close();
            return GeneratedFile.End(writer);
        }

        private static void EmitEntryPoints(SourceWriter writer, string typeName)
        {
            writer.Line("/// <summary>The request as compact JSON in the wire and <c>--cli-input-json</c> form; unset members are omitted.</summary>");
            writer.Line("/// <returns>The JSON text.</returns>");
            writer.Line("public string ToJson() => " + ShapeIndex.Rt + "JsonSupport.Write(this, static (value, writer) => value.WriteJson(writer));");
            writer.Line();
            writer.Line("/// <summary>As <see cref=\"ToJson\"/>, encoded as UTF-8.</summary>");
            writer.Line("/// <returns>The JSON bytes.</returns>");
            writer.Line("public byte[] ToJsonUtf8() => " + ShapeIndex.Rt + "JsonSupport.WriteUtf8(this, static (value, writer) => value.WriteJson(writer));");
            writer.Line();
            writer.Line("/// <summary>Reads the wire / <c>--cli-input-json</c> form.</summary>");
            writer.Line("/// <param name=\"json\">The JSON text.</param>");
            writer.Line("/// <returns>The value.</returns>");
            writer.Line("/// <exception cref=\"" + ShapeIndex.Rt + "JsonRequestException\">The JSON is malformed or does not fit the model; the message names the JSON path.</exception>");
            writer.Line("public static " + typeName + " FromJson(string json) => " + ShapeIndex.Rt + "JsonSupport.Read(json, ReadJson);");
            writer.Line();
            writer.Line("/// <summary>Reads the wire / <c>--cli-input-json</c> form from UTF-8.</summary>");
            writer.Line("/// <param name=\"utf8Json\">The JSON bytes.</param>");
            writer.Line("/// <returns>The value.</returns>");
            writer.Line("/// <exception cref=\"" + ShapeIndex.Rt + "JsonRequestException\">The JSON is malformed or does not fit the model; the message names the JSON path.</exception>");
            writer.Line("public static " + typeName + " FromJson(global::System.ReadOnlySpan<byte> utf8Json) => " + ShapeIndex.Rt + "JsonSupport.Read(utf8Json, ReadJson);");
            writer.Line();
        }

        private static void EmitWrite(SourceWriter writer, ShapeIndex index, ShapeSpec shape)
        {
            writer.Line("/// <summary>Writes this value as a JSON object.</summary>");
            writer.Line("/// <param name=\"writer\">The destination.</param>");
            writer.Line(GeneratedFile.Hidden);
            writer.Open("public void WriteJson(" + Writer + " writer)");
            writer.Line("writer.WriteStartObject();");
            foreach (var member in shape.Members)
            {
                // Through 'this': a member may be named like the 'writer' parameter.
                var property = "this." + member.Property;
                if (member.Required && index.IsValueType(member.Target))
                {
                    writer.Line("writer.WritePropertyName(" + Literals.String(member.Name) + "u8);");
                    WriteValue(writer, index, member.Target, property, 0);
                    continue;
                }

                // Optional members are omitted when unset; a required reference left null by a
                // caller who bypassed 'required' is omitted too, and validation reports it.
                writer.Open("if (" + property + " is { } " + member.Local + ")");
                writer.Line("writer.WritePropertyName(" + Literals.String(member.Name) + "u8);");
                WriteValue(writer, index, member.Target, member.Local, 0);
                writer.Close();
            }

            writer.Line("writer.WriteEndObject();");
            writer.Close();
            writer.Line();
        }

        private static void WriteValue(SourceWriter writer, ShapeIndex index, string shapeName, string expr, int depth)
        {
            var shape = index.Shape(shapeName);
            if (ScalarKind.TryGet(shape.Kind, out var scalar))
            {
                writer.Line(scalar.JsonWrite(expr));
                return;
            }

            switch (shape.Kind)
            {
                case SchemaKind.Structure:
                    writer.Line(expr + ".WriteJson(writer);");
                    break;
                case SchemaKind.List:
                    var item = "item" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    writer.Line("writer.WriteStartArray();");
                    writer.Open("foreach (var " + item + " in " + expr + ")");
                    WriteValue(writer, index, shape.ListMember!, item, depth + 1);
                    writer.Close();
                    writer.Line("writer.WriteEndArray();");
                    break;
                case SchemaKind.Map:
                    var pair = "pair" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    writer.Line("writer.WriteStartObject();");
                    writer.Open("foreach (var " + pair + " in " + expr + ")");
                    writer.Line("writer.WritePropertyName(" + pair + ".Key);");
                    WriteValue(writer, index, shape.MapValue!, pair + ".Value", depth + 1);
                    writer.Close();
                    writer.Line("writer.WriteEndObject();");
                    break;
                default:
                    throw new InvalidOperationException("Unhandled shape kind " + shape.Kind);
            }
        }

        private static void EmitRead(SourceWriter writer, ShapeIndex index, ShapeSpec shape, string typeName)
        {
            writer.Line("/// <summary>Reads a JSON object at the reader's current token.</summary>");
            writer.Line("/// <param name=\"reader\">The reader, at the object's start.</param>");
            writer.Line("/// <param name=\"context\">The path being read, for error messages.</param>");
            writer.Line("/// <returns>The value.</returns>");
            writer.Line(GeneratedFile.Hidden);
            writer.Open("public static " + typeName + " ReadJson(ref " + Reader + " reader, " + Context + " context)");
            writer.Line("context.ExpectObject(ref reader);");
            foreach (var member in shape.Members)
            {
                var type = index.TypeOf(member.Target);
                writer.Line(type + "? " + member.Local + " = null;");
            }

            writer.Open("while (context.NextProperty(ref reader))");
            var first = true;
            foreach (var member in shape.Members)
            {
                writer.Open((first ? "if" : "else if") + " (reader.ValueTextEquals(" + Literals.String(member.Name) + "u8))");
                writer.Line("reader.Read();");
                writer.Line("context.Push(" + Literals.String(member.Name) + ");");
                writer.Line(member.Local + " = " + ReadExpr(index, member.Target, "reader", "context", 0) + ";");
                writer.Line("context.Pop();");
                writer.Close();
                first = false;
            }

            var names = new List<string>();
            foreach (var member in shape.Members)
            {
                names.Add(member.Name);
            }

            if (first)
            {
                writer.Line("context.UnknownProperty(ref reader, " + Literals.String(string.Join(", ", names)) + ");");
            }
            else
            {
                writer.Open("else");
                writer.Line("context.UnknownProperty(ref reader, " + Literals.String(string.Join(", ", names)) + ");");
                writer.Close();
            }

            writer.Close();
            writer.Line();
            foreach (var member in shape.Members)
            {
                if (member.Required)
                {
                    writer.Open("if (" + member.Local + " is null)");
                    writer.Line(member.Local + " = context.MissingRequired(" + Literals.String(member.Name) + ", " + index.ZeroOf(member.Target) + ");");
                    writer.Close();
                    writer.Line();
                }
            }

            RecordConstruction.EmitReturn(writer, shape, typeName, member => RecordConstruction.CheckedLocal(index, member));
            writer.Close();
        }

        /// <summary>An expression reading one value of the shape at the reader (also for the members of exceptions).</summary>
        internal static string ReadExpr(ShapeIndex index, string shapeName, string reader, string context, int depth)
        {
            var shape = index.Shape(shapeName);
            if (ScalarKind.TryGet(shape.Kind, out var scalar))
            {
                return ScalarKind.Wrap(index, shape, context + "." + scalar.JsonRead + "(ref " + reader + ")");
            }

            switch (shape.Kind)
            {
                case SchemaKind.Structure:
                    return index.QualifiedTypeName(shape.Name) + ".ReadJson(ref " + reader + ", " + context + ")";
                case SchemaKind.List:
                case SchemaKind.Map:
                    var suffix = (depth + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var itemShape = shape.Kind == SchemaKind.List ? shape.ListMember! : shape.MapValue!;
                    var lambda = "static (ref " + Reader + " r" + suffix + ", " + Context + " c" + suffix + ") => "
                        + ReadExpr(index, itemShape, "r" + suffix, "c" + suffix, depth + 1);
                    return context + (shape.Kind == SchemaKind.List ? ".ReadList<" : ".ReadMap<") + index.TypeOf(itemShape) + ">(ref " + reader + ", " + lambda + ")";
                default:
                    throw new InvalidOperationException("Unhandled shape kind " + shape.Kind);
            }
        }
    }
}
