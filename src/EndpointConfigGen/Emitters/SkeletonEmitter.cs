using EndpointConfigGen.Emitters.Skeletons;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits an operation's <c>--generate-cli-skeleton</c> texts as constants, computed here at
    /// build time so printing one costs nothing at run time.
    /// </summary>
    internal static class SkeletonEmitter
    {
        public static string Emit(ShapeIndex index, OperationSpec operation, string className)
        {
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Line("/// <summary>Facts about the <c>" + DocComments.Escape(operation.Name) + "</c> operation of the " + DocComments.Escape(index.Model.Metadata.ServiceId) + " model.</summary>");
            // [GeneratedCode] goes on the members: other emitters add parts of this class, and the attribute may appear once per type.
            writer.Open("public static partial class " + className);
            writer.Line("/// <summary>The operation's name in the model.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line("public const string Name = " + Literals.String(operation.Name) + ";");
            writer.Line();
            writer.Line("/// <summary>What <c>--generate-cli-skeleton input</c> prints (AWS CLI v2): the request as JSON, every member present.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line("public const string InputSkeleton = " + Literals.String(InputSkeleton(index, operation)) + ";");
            writer.Line();
            writer.Line("/// <summary>What <c>--generate-cli-skeleton yaml-input</c> prints (AWS CLI v2): the request as YAML with member comments.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line("public const string YamlInputSkeleton = " + Literals.String(YamlInputSkeleton(index, operation)) + ";");
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// What <c>--generate-cli-skeleton output</c> means to print: a sample response, strings named after");
            writer.Line("/// their members. Empty when the operation returns nothing, as the CLI then prints nothing.");
            writer.Line("/// </summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Line("public const string OutputSkeleton = " + Literals.String(OutputSkeleton(index, operation)) + ";");
            writer.Close();
            return GeneratedFile.End(writer);
        }

        // Without an input shape the CLI dumps an empty mapping, in JSON and YAML alike.
        private static string InputSkeleton(ShapeIndex index, OperationSpec operation) =>
            operation.Input is null ? "{}\n" : PythonJsonWriter.Write(SkeletonBuilder.Build(index, operation.Input, SkeletonMode.Input), ensureAscii: true);

        private static string YamlInputSkeleton(ShapeIndex index, OperationSpec operation) =>
            operation.Input is null ? "{}\n" : YamlSkeletonWriter.Write(SkeletonBuilder.Build(index, operation.Input, SkeletonMode.YamlInput));

        /// <summary>The CLI's JSON output formatter: indent 4, non-ASCII kept, and nothing at all for an empty response.</summary>
        private static string OutputSkeleton(ShapeIndex index, OperationSpec operation)
        {
            if (operation.Output is null)
            {
                return string.Empty;
            }

            var skeleton = SkeletonBuilder.Build(index, operation.Output, SkeletonMode.Output);
            return skeleton.IsEmptyMap ? string.Empty : PythonJsonWriter.Write(skeleton, ensureAscii: false);
        }
    }
}
