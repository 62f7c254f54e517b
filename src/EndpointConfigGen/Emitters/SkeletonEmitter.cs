using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits an operation's name and its <c>--generate-cli-skeleton</c> texts. The texts are built by the
    /// runtime from the schema on first use: as constants they would grow with the nesting of the input,
    /// not with the model.
    /// </summary>
    internal static class SkeletonEmitter
    {
        public static string Emit(ShapeIndex index, OperationSpec operation)
        {
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Line("/// <summary>Facts about the <c>" + DocComments.Escape(operation.Name) + "</c> operation of the " + DocComments.Escape(index.Model.Metadata.ServiceId) + " model.</summary>");
            // [GeneratedCode] goes on the members: other emitters add parts of this class, and the attribute may appear once per type.
            writer.Open("public static partial class " + operation.ClassName);
            writer.Line("/// <summary>The operation's name in the model.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line("public const string Name = " + Literals.String(operation.Name) + ";");
            writer.Line();
            writer.Line("/// <summary>The skeletons below, built from the schema when first read.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line(GeneratedFile.Hidden);
            writer.Line("public static " + ShapeIndex.Rt + "OperationSkeletons Skeletons { get; } = new " + ShapeIndex.Rt + "OperationSkeletons(" + Schema(index, operation.Input) + ", " + Schema(index, operation.Output) + ");");
            writer.Line();
            writer.Line("/// <summary>What <c>--generate-cli-skeleton input</c> prints (AWS CLI v2): the request as JSON, every member present.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line("public static string InputSkeleton => Skeletons.Input;");
            writer.Line();
            writer.Line("/// <summary>What <c>--generate-cli-skeleton yaml-input</c> prints (AWS CLI v2): the request as YAML with member comments.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line("public static string YamlInputSkeleton => Skeletons.YamlInput;");
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// What <c>--generate-cli-skeleton output</c> means to print: a sample response, strings named after");
            writer.Line("/// their members. Empty when the operation returns nothing, as the CLI then prints nothing.");
            writer.Line("/// </summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line("public static string OutputSkeleton => Skeletons.Output;");
            writer.Close();
            return GeneratedFile.End(writer);
        }

        private static string Schema(ShapeIndex index, string? shapeName) => shapeName is null ? "null" : SchemaEmitter.Reference(index, shapeName);
    }
}
