using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits the model of one shape file as data: its encoding (<see cref="ModelEncoder"/>) once, as a constant
    /// that an assembly-level <c>[AwsModel]</c> carries to the analyzers, and the <c>SchemaModel</c> decoded from
    /// it on first use, which CLI conversion, validation, skeletons and the shorthand binding walk.
    /// </summary>
    internal static class SchemaEmitter
    {
        private static readonly string Model = RuntimeNames.Of(typeof(SchemaModel));

        /// <summary>The expression for a shape's schema object: its position in the decoded model.</summary>
        public static string Reference(ShapeIndex index, string shapeName) =>
            ModelReference(index) + ".Shapes[" + index.Position(shapeName).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        /// <summary>The expression for the model's operation rules.</summary>
        public static string Rules(ShapeIndex index) => ModelReference(index) + ".Rules";

        public static string Emit(ShapeIndex index)
        {
            var schemaClass = "global::" + index.Namespace + "." + index.SchemaClass;
            // Without generated types the attribute names no namespace, so that no type of the project is taken for one.
            var typesNamespace = index.Bound.Generate == GenerateMode.All ? index.Namespace : string.Empty;
            var writer = GeneratedFile.Begin(index.Namespace, "[assembly: " + RuntimeNames.Attribute(typeof(AwsModelAttribute)) + "(" + Literals.String(typesNamespace) + ", " + schemaClass + ".Encoded)]");
            writer.Line("/// <summary>The shapes and rules of the " + DocComments.Escape(index.Model.Metadata.ServiceId) + " model as data, for CLI conversion, validation and the analyzers.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Open("internal static class " + index.SchemaClass);
            writer.Line("/// <summary>The model in the text form <c>SchemaDecoder</c> reads.</summary>");
            writer.Line("internal const string Encoded = " + Verbatim(ModelEncoder.Encode(index)) + ";");
            writer.Line();
            writer.Line("/// <summary>The model, decoded on first use.</summary>");
            writer.Line("internal static readonly " + Model + " Model = " + RuntimeNames.Of(typeof(SchemaDecoder)) + ".Decode(Encoded);");
            writer.Close();
            return GeneratedFile.End(writer);
        }

        /// <summary>The expression for the decoded model.</summary>
        public static string ModelReference(ShapeIndex index) => "global::" + index.Namespace + "." + index.SchemaClass + ".Model";

        /// <summary>A verbatim literal: the encoding's lines stay lines, and only quotes double (it escapes everything else itself).</summary>
        private static string Verbatim(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
