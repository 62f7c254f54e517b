using System;
using System.Collections.Generic;
using System.Linq;
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

        /// <summary>The public entry points (one line each onto the runtime) and the generated reader and writer they call.</summary>
        public static void EmitMembers(SourceWriter writer, ShapeIndex index, ShapeSpec shape)
        {
            var typeName = shape.TypeName;
            writer.Line("/// <summary>This value as compact JSON in the wire and <c>--cli-input-json</c> form; unset members are omitted.</summary>");
            writer.Line("public string ToJson() => " + ShapeIndex.Rt + "JsonSupport.Write(this, static (value, writer) => value.WriteJson(writer));");
            writer.Line();
            writer.Line("/// <summary>As <see cref=\"ToJson\"/>, encoded as UTF-8.</summary>");
            writer.Line("public byte[] ToJsonUtf8() => " + ShapeIndex.Rt + "JsonSupport.WriteUtf8(this, static (value, writer) => value.WriteJson(writer));");
            writer.Line();
            writer.Line("/// <summary>Reads the wire / <c>--cli-input-json</c> form; bad JSON throws <see cref=\"" + ShapeIndex.Rt + "JsonRequestException\"/> naming the JSON path.</summary>");
            writer.Line("public static " + typeName + " FromJson(string json) => " + ShapeIndex.Rt + "JsonSupport.Read(json, ReadJson);");
            writer.Line();
            writer.Line("/// <summary>As <see cref=\"FromJson(string)\"/>, from UTF-8.</summary>");
            writer.Line("public static " + typeName + " FromJson(global::System.ReadOnlySpan<byte> utf8Json) => " + ShapeIndex.Rt + "JsonSupport.Read(utf8Json, ReadJson);");
            writer.Line();
            EmitWrite(writer, index, shape);
            EmitRead(writer, index, shape, typeName);
        }

        private static void EmitWrite(SourceWriter writer, ShapeIndex index, ShapeSpec shape)
        {
            writer.Open("internal void WriteJson(" + Writer + " writer)");
            writer.Line("writer.WriteStartObject();");
            foreach (var member in shape.Members)
            {
                // Through 'this': a member may be named like the 'writer' parameter.
                var property = "this." + member.Property;
                if (member.Required && index.IsValueType(member.Target))
                {
                    WriteProperty(writer, index, member, property);
                    continue;
                }

                // Optional members are omitted when unset; a required reference left null by a
                // caller who bypassed 'required' is omitted too, and validation reports it.
                writer.Open("if (" + property + " is { } " + member.Local + ")");
                WriteProperty(writer, index, member, member.Local);
                writer.Close();
            }

            writer.Line("writer.WriteEndObject();");
            writer.Close();
            writer.Line();
        }

        /// <summary>A member's name and value: one call for strings, enums, integers and booleans, which Utf8JsonWriter writes with their names.</summary>
        private static void WriteProperty(SourceWriter writer, ShapeIndex index, MemberSpec member, string expr)
        {
            var name = Literals.String(member.Name) + "u8";
            var call = index.Shape(member.Target).Kind switch
            {
                SchemaKind.String => "WriteString(" + name + ", " + expr + ")",
                SchemaKind.Enum => "WriteString(" + name + ", " + expr + ".Value)",
                SchemaKind.Integer or SchemaKind.Long => "WriteNumber(" + name + ", " + expr + ")",
                SchemaKind.Boolean => "WriteBoolean(" + name + ", " + expr + ")",
                _ => null,
            };
            if (call is not null)
            {
                writer.Line("writer." + call + ";");
                return;
            }

            writer.Line("writer.WritePropertyName(" + name + ");");
            WriteValue(writer, index, member.Target, expr, 0);
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
            writer.Open("internal static " + typeName + " ReadJson(ref " + Reader + " reader, " + Context + " context)");
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
                writer.Open((first ? "if" : "else if") + " (context.Member(ref reader, " + Literals.String(member.Name) + "u8, " + Literals.String(member.Name) + "))");
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
                    writer.Line(member.Local + " ??= context.MissingRequired(" + Literals.String(member.Name) + ", " + index.ZeroOf(member.Target) + ");");
                }
            }

            if (shape.Members.Any(member => member.Required))
            {
                writer.Line();
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
