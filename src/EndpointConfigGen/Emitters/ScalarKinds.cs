using System;
using System.Collections.Generic;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// What generated code does with a value of one scalar kind, in one row: its C# type, the JSON
    /// write and read, the parameter-tree binding both ways, the one-pass shorthand read, the zero a
    /// response reader fills in, and the equality comparer. Structures, lists and maps are the emitters'.
    /// </summary>
    internal sealed class ScalarKind
    {
        private const string Rt = ShapeIndex.Rt;
        private const string ParamNode = Rt + nameof(Runtime.ParamNode);
        private const string ParamBinding = Rt + "ParamBinding";

        private static readonly Dictionary<SchemaKind, ScalarKind> Rows = new Dictionary<SchemaKind, ScalarKind>
        {
            [SchemaKind.String] = new ScalarKind("string", false, "ReadString", e => "writer.WriteStringValue(" + e + ");", "ToText", e => ParamNode + ".String(" + e + ", fromShorthand: false)", "ReadString", "\"\"", null),
            // An enum has its own type (Type is null): it reads and binds as a string the caller wraps.
            [SchemaKind.Enum] = new ScalarKind(null, true, "ReadString", e => "writer.WriteStringValue(" + e + ".Value);", "ToText", e => ParamNode + ".String(" + e + ".Value, fromShorthand: false)", "ReadString", "\"\"", null),
            [SchemaKind.Integer] = new ScalarKind("int", true, "ReadInt32", e => "writer.WriteNumberValue(" + e + ");", "ToInt32", e => ParamBinding + ".FromInteger(" + e + ")", "ReadInt32", "0", null),
            [SchemaKind.Long] = new ScalarKind("long", true, "ReadInt64", e => "writer.WriteNumberValue(" + e + ");", "ToInt64", e => ParamBinding + ".FromInteger(" + e + ")", "ReadInt64", "0L", null),
            [SchemaKind.Float] = new ScalarKind("double", true, "ReadDouble", e => Rt + "JsonSupport.WriteDouble(writer, " + e + ");", "ToDouble", e => ParamBinding + ".FromDouble(" + e + ")", "ReadDouble", "0d", null),
            [SchemaKind.Double] = new ScalarKind("double", true, "ReadDouble", e => Rt + "JsonSupport.WriteDouble(writer, " + e + ");", "ToDouble", e => ParamBinding + ".FromDouble(" + e + ")", "ReadDouble", "0d", null),
            [SchemaKind.Boolean] = new ScalarKind("bool", true, "ReadBoolean", e => "writer.WriteBooleanValue(" + e + ");", "ToBoolean", e => ParamNode + ".Boolean(" + e + ")", "ReadBoolean", "false", null),
            // The one-pass shorthand reader leaves timestamps, blobs and documents to the reference pipeline.
            [SchemaKind.Timestamp] = new ScalarKind("global::System.DateTimeOffset", true, "ReadTimestamp", e => Rt + "JsonSupport.WriteTimestamp(writer, " + e + ");", "ToTimestamp", e => ParamBinding + ".FromTimestamp(" + e + ")", null, "global::System.DateTimeOffset.UnixEpoch", null),
            [SchemaKind.Blob] = new ScalarKind("global::System.ReadOnlyMemory<byte>", true, "ReadBlob", e => "writer.WriteBase64StringValue(" + e + ".Span);", "ToBlob", e => ParamBinding + ".FromBlob(" + e + ")", null, "global::System.ReadOnlyMemory<byte>.Empty", Rt + "ValueComparer.Blob"),
            [SchemaKind.Document] = new ScalarKind("global::System.Text.Json.JsonElement", true, "ReadDocument", e => e + ".WriteTo(writer);", "ToDocument", e => ParamBinding + ".FromDocument(" + e + ")", null, Rt + "JsonSupport.NullDocument", Rt + "ValueComparer.Document"),
        };

        private ScalarKind(string? type, bool isValueType, string jsonRead, Func<string, string> jsonWrite, string binding, Func<string, string> toNode, string? shorthandRead, string zero, string? comparer)
        {
            Type = type;
            IsValueType = isValueType;
            JsonRead = jsonRead;
            JsonWrite = jsonWrite;
            Binding = binding;
            ToNode = toNode;
            ShorthandRead = shorthandRead;
            Zero = zero;
            Comparer = comparer;
        }

        /// <summary>The C# type; null for an enum, whose type is the shape's own.</summary>
        public string? Type { get; }

        public bool IsValueType { get; }

        /// <summary>The <c>JsonReadContext.ReadX(ref reader)</c> method.</summary>
        public string JsonRead { get; }

        /// <summary>The statement writing a value expression with the <c>writer</c> in scope.</summary>
        public Func<string, string> JsonWrite { get; }

        /// <summary>The <c>ParamBinding.ToX(node)</c> method.</summary>
        public string Binding { get; }

        /// <summary>The expression making a <c>ParamNode</c> of a value expression.</summary>
        public Func<string, string> ToNode { get; }

        /// <summary>The <c>ShorthandCursor.ReadX()</c> method; null where the one-pass reader leaves the kind to the reference pipeline.</summary>
        public string? ShorthandRead { get; }

        /// <summary>The value a response reader gives a required member the response left out.</summary>
        public string Zero { get; }

        /// <summary>The equality comparer expression; null when the default one compares by value.</summary>
        public string? Comparer { get; }

        /// <summary>The row of a scalar kind; false for structures, lists and maps.</summary>
        public static bool TryGet(SchemaKind kind, out ScalarKind scalar) => Rows.TryGetValue(kind, out scalar!);

        /// <summary>Wraps a string read into the enum's type; other scalars are used as read.</summary>
        public static string Wrap(ShapeIndex index, ShapeSpec shape, string read) =>
            shape.Kind == SchemaKind.Enum ? "new " + index.QualifiedTypeName(shape.Name) + "(" + read + ")" : read;
    }
}
