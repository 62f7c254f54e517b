using System.Collections.Generic;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// The support-code method that reads each scalar kind, for the JSON reader
    /// (<c>JsonReadContext.ReadX(ref reader)</c>), the parameter-tree binding (<c>ParamBinding.ToX(node)</c>)
    /// and the one-pass shorthand reader (<c>ShorthandCursor.ReadX()</c>; null where it leaves the kind
    /// to the reference pipeline), and the zero value a response reader gives a required member the
    /// response left out. Enums read as strings and are wrapped by the caller.
    /// </summary>
    internal static class ScalarCalls
    {
        private static readonly Dictionary<ShapeKind, (string Json, string Binding, string? Shorthand, string Zero)> Methods = new Dictionary<ShapeKind, (string, string, string?, string)>
        {
            [ShapeKind.String] = ("ReadString", "ToText", "ReadString", "\"\""),
            [ShapeKind.Enum] = ("ReadString", "ToText", "ReadString", "\"\""),
            [ShapeKind.Integer] = ("ReadInt32", "ToInt32", "ReadInt32", "0"),
            [ShapeKind.Long] = ("ReadInt64", "ToInt64", "ReadInt64", "0L"),
            [ShapeKind.Float] = ("ReadDouble", "ToDouble", "ReadDouble", "0d"),
            [ShapeKind.Double] = ("ReadDouble", "ToDouble", "ReadDouble", "0d"),
            [ShapeKind.Boolean] = ("ReadBoolean", "ToBoolean", "ReadBoolean", "false"),
            [ShapeKind.Timestamp] = ("ReadTimestamp", "ToTimestamp", null, "global::System.DateTimeOffset.UnixEpoch"),
            [ShapeKind.Blob] = ("ReadBlob", "ToBlob", null, "global::System.ReadOnlyMemory<byte>.Empty"),
            [ShapeKind.Document] = ("ReadDocument", "ToDocument", null, ShapeIndex.Rt + "JsonSupport.NullDocument"),
        };

        public static bool TryGet(ShapeKind kind, out (string Json, string Binding, string? Shorthand, string Zero) methods) => Methods.TryGetValue(kind, out methods);

        /// <summary>Wraps a string read into the enum's type; other scalars are used as read.</summary>
        public static string Wrap(ShapeIndex index, ShapeSpec shape, string read) =>
            shape.Kind == ShapeKind.Enum ? "new " + index.QualifiedTypeName(shape.Name) + "(" + read + ")" : read;
    }
}
