using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits an operation's AWS CLI command (<c>Cli</c> on its operation class): the option table
    /// the CLI derives from the input shape (help texts are built from the schema at run time), and the
    /// delegates that bind and serialise the input. The generic driver in EndpointConfigGen.Cli runs it; emitted only when that assembly is referenced.
    /// </summary>
    internal static class CliEmitter
    {
        private const string Cli = "global::EndpointConfigGen.Cli.";

        public static string Emit(ShapeIndex index, OperationSpec operation)
        {
            var writer = GeneratedFile.Begin(index.Namespace);
            // The skeleton emitter's part of the class carries the summary and GeneratedCode attribute.
            writer.Open("public static partial class " + operation.ClassName);
            writer.Line("/// <summary>");
            writer.Line("/// The <c>" + DocComments.Escape(operation.CommandName) + "</c> command as the AWS CLI defines it: one option per input member.");
            writer.Line("/// Run it with <see cref=\"" + Cli + "CliRunner\"/>.");
            writer.Line("/// </summary>");
            const string skeletons = "Skeletons";
            // The operation class's Name constant, then the command.
            var command = "Name, " + Literals.String(operation.CommandName);
            if (operation.Input is null)
            {
                writer.Line("public static " + Cli + "CliOperation Cli { get; } = " + Cli + "CliOperation.WithoutInput(" + command + ", " + skeletons + ");");
            }
            else
            {
                var input = index.Shape(operation.Input);
                var type = input.TypeName;
                writer.Line("public static " + Cli + "CliOperation Cli { get; } = " + Cli + "CliOperation.Create<" + type + ">(");
                writer.Indent();
                writer.Line(command + ",");
                writer.Line(SchemaEmitter.Reference(index, input.Name) + ",");
                writer.Line("new " + Cli + "CliOption[]");
                writer.Line("{");
                writer.Indent();
                foreach (var member in input.Members)
                {
                    writer.Line(Option(index, member) + ",");
                }

                writer.Outdent();
                writer.Line("},");
                writer.Line(type + ".FromParamNode,");
                writer.Line("static value => value.ToJson(),");
                writer.Line(skeletons + ",");
                // The rules file's operation rules, so the driver validates as generated Validate() does.
                writer.Line(SchemaEmitter.Rules(index) + ");");
                writer.Outdent();
            }

            writer.Close();
            return GeneratedFile.End(writer);
        }

        private static string Option(ShapeIndex index, MemberSpec member)
        {
            // The CLI never requires an idempotency token: it fills one in.
            var required = member.Required && !member.IdempotencyToken;
            return "new " + Cli + "CliOption("
                + Literals.String(member.Name) + ", "
                + Literals.String(member.CliOption) + ", "
                + SchemaEmitter.Reference(index, member.Target) + ", "
                + "required: " + Bool(required) + ", "
                + "isIdempotencyToken: " + Bool(member.IdempotencyToken) + ")";
        }

        private static string Bool(bool value) => value ? "true" : "false";
    }
}
