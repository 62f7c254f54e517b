using System.Collections.Generic;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// The support-code method that reads each scalar kind, for the JSON reader
    /// (<c>JsonReadContext.ReadX(ref reader)</c>), the parameter-tree binding (<c>ParamBinding.ToX(node)</c>)
    /// and the one-pass shorthand reader (<c>ShorthandCursor.ReadX()</c>; null where it leaves the kind
    /// to the reference pipeline). Enums read as strings and are wrapped by the caller.
    /// </summary>
    internal static class ScalarCalls
    {
        private static readonly Dictionary<ShapeKind, (string Json, string Binding, string? Shorthand)> Methods = new Dictionary<ShapeKind, (string, string, string?)>
        {
            [ShapeKind.String] = ("ReadString", "ToText", "ReadString"),
            [ShapeKind.Enum] = ("ReadString", "ToText", "ReadString"),
            [ShapeKind.Integer] = ("ReadInt32", "ToInt32", "ReadInt32"),
            [ShapeKind.Long] = ("ReadInt64", "ToInt64", "ReadInt64"),
            [ShapeKind.Float] = ("ReadDouble", "ToDouble", "ReadDouble"),
            [ShapeKind.Double] = ("ReadDouble", "ToDouble", "ReadDouble"),
            [ShapeKind.Boolean] = ("ReadBoolean", "ToBoolean", "ReadBoolean"),
            [ShapeKind.Timestamp] = ("ReadTimestamp", "ToTimestamp", null),
            [ShapeKind.Blob] = ("ReadBlob", "ToBlob", null),
            [ShapeKind.Document] = ("ReadDocument", "ToDocument", null),
        };

        public static bool TryGet(ShapeKind kind, out (string Json, string Binding, string? Shorthand) methods) => Methods.TryGetValue(kind, out methods);

        /// <summary>Wraps a string read into the enum's type; other scalars are used as read.</summary>
        public static string Wrap(ShapeIndex index, ShapeSpec shape, string read) =>
            shape.Kind == ShapeKind.Enum ? "new " + index.QualifiedTypeName(shape.Name) + "(" + read + ")" : read;
    }
}
