using System.Linq;
using EndpointConfigGen.Binding;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits the exception type of one error shape: an <c>AwsServiceException</c> of EndpointConfigGen.Client
    /// with the shape's members as typed properties, read from the error body as responses are read.
    /// The client throws it for the shape's codes (<see cref="ClientEmitter"/>).
    /// </summary>
    internal static class ErrorEmitter
    {
        private const string Client = "global::EndpointConfigGen.Client.";
        private const string Reader = "global::System.Text.Json.Utf8JsonReader";
        private const string Context = ShapeIndex.Rt + "JsonReadContext";

        public static string Emit(ShapeIndex index, ErrorTypeSpec error)
        {
            var writer = GeneratedFile.Begin(index.Namespace);
            var codes = string.Join(", ", error.Codes.Select(code => "<c>" + DocComments.Escape(code) + "</c>"));
            DocComments.Summary(writer, error.Documentation, "The <c>" + DocComments.Escape(error.ShapeName) + "</c> error of " + DocComments.Escape(index.Model.Metadata.ServiceId) + ".");
            writer.Line("/// <remarks>Thrown by <see cref=\"" + index.Bound.Client.Client + "\"/> for the error code " + codes
                + (error.HttpStatus is null ? string.Empty : " (HTTP " + error.HttpStatus + ")") + ".</remarks>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Open("public sealed partial class " + error.TypeName + " : " + Client + "AwsServiceException");
            writer.Line("/// <summary>The typed form of a service error of this code, with the members its body holds.</summary>");
            writer.Line("/// <param name=\"error\">The error as read from the response.</param>");
            if (error.Members.Count == 0)
            {
                writer.Line(GeneratedFile.Hidden);
                writer.Line("public " + error.TypeName + "(" + Client + "AwsServiceException error) : base(error) { }");
                writer.Close();
                return GeneratedFile.End(writer);
            }

            writer.Line("/// <exception cref=\"" + ShapeIndex.Rt + "JsonRequestException\">The body is not this error's JSON.</exception>");
            writer.Line(GeneratedFile.Hidden);
            writer.Line("public " + error.TypeName + "(" + Client + "AwsServiceException error) : base(error) =>");
            writer.Line("    " + ShapeIndex.Rt + "JsonSupport.Read(ErrorBody.Span, ReadMembers, response: true);");
            foreach (var member in error.Members)
            {
                writer.Line();
                DocComments.Summary(writer, member.Documentation, "The error's <c>" + DocComments.Escape(member.Name) + "</c>, when the service sent it.");
                writer.Line("public " + index.TypeOf(member.Target) + "? " + member.Property + " { get; private set; }");
            }

            writer.Line();
            EmitReadMembers(writer, index, error);
            writer.Close();
            return GeneratedFile.End(writer);
        }

        // Members are set as read; the message and members the model does not know are skipped (response reading).
        private static void EmitReadMembers(SourceWriter writer, ShapeIndex index, ErrorTypeSpec error)
        {
            writer.Open("private bool ReadMembers(ref " + Reader + " reader, " + Context + " context)");
            writer.Line("context.ExpectObject(ref reader);");
            writer.Open("while (context.NextProperty(ref reader))");
            var first = true;
            foreach (var member in error.Members)
            {
                writer.Open((first ? "if" : "else if") + " (reader.ValueTextEquals(" + Literals.String(member.Name) + "u8))");
                writer.Line("reader.Read();");
                writer.Line("context.Push(" + Literals.String(member.Name) + ");");
                writer.Line("this." + member.Property + " = " + JsonEmitter.ReadExpr(index, member.Target, "reader", "context", 0) + ";");
                writer.Line("context.Pop();");
                writer.Close();
                first = false;
            }

            writer.Open("else");
            writer.Line("context.UnknownProperty(ref reader, " + Literals.String(string.Join(", ", error.Members.Select(member => member.Name))) + ");");
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Line("return true;");
            writer.Close();
        }
    }
}
