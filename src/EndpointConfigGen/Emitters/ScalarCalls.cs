using System.Collections.Generic;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// The support-code method that reads each scalar kind, for the JSON reader
    /// (<c>JsonReadContext.ReadX(ref reader)</c>) and the parameter-tree binding (<c>ParamBinding.ToX(node)</c>).
    /// Enums read as strings and are wrapped by the caller.
    /// </summary>
    internal static class ScalarCalls
    {
        private static readonly Dictionary<ShapeKind, (string Json, string Binding)> Methods = new Dictionary<ShapeKind, (string, string)>
        {
            [ShapeKind.String] = ("ReadString", "ToText"),
            [ShapeKind.Enum] = ("ReadString", "ToText"),
            [ShapeKind.Integer] = ("ReadInt32", "ToInt32"),
            [ShapeKind.Long] = ("ReadInt64", "ToInt64"),
            [ShapeKind.Float] = ("ReadDouble", "ToDouble"),
            [ShapeKind.Double] = ("ReadDouble", "ToDouble"),
            [ShapeKind.Boolean] = ("ReadBoolean", "ToBoolean"),
            [ShapeKind.Timestamp] = ("ReadTimestamp", "ToTimestamp"),
            [ShapeKind.Blob] = ("ReadBlob", "ToBlob"),
            [ShapeKind.Document] = ("ReadDocument", "ToDocument"),
        };

        public static bool TryGet(ShapeKind kind, out (string Json, string Binding) methods) => Methods.TryGetValue(kind, out methods);

        /// <summary>Wraps a string read into the enum's type; other scalars are used as read.</summary>
        public static string Wrap(ShapeIndex index, ShapeSpec shape, string read) =>
            shape.Kind == ShapeKind.Enum ? "new " + index.QualifiedTypeName(shape.Name) + "(" + read + ")" : read;
    }
}
