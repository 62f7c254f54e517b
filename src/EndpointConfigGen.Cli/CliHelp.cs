using System.Text;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>The command's help: synopsis, then each option with its type and syntax examples.</summary>
    internal static class CliHelp
    {
        public static string Format(CliOperation operation)
        {
            var text = new StringBuilder();
            text.Append("NAME\n    ").Append(operation.CommandName).Append("\n\nSYNOPSIS\n    ").Append(operation.CommandName).Append('\n');
            foreach (var option in operation.Options)
            {
                var usage = option.IsBoolean ? option.Name + " | " + option.NegatedName : option.Name + (option.IsList ? " <value> [<value>...]" : " <value>");
                text.Append("    ").Append(option.Required ? usage : "[" + usage + "]").Append('\n');
            }

            text.Append("    [--cli-input-json <value>]\n    [--generate-cli-skeleton <value>]\n\nOPTIONS\n");
            foreach (var option in operation.Options)
            {
                text.Append("    ").Append(option.IsBoolean ? option.Name + " | " + option.NegatedName : option.Name)
                    .Append(" (").Append(TypeName(option.Shape)).Append(")\n");
                if (!string.IsNullOrEmpty(option.ShorthandSyntax))
                {
                    Block(text, "Shorthand Syntax:", option.ShorthandSyntax!);
                }

                if (!string.IsNullOrEmpty(option.JsonSyntax))
                {
                    Block(text, "JSON Syntax:", option.JsonSyntax!);
                }

                text.Append('\n');
            }

            text.Append("    --cli-input-json (string)\n        Reads the arguments from the JSON string given (file:// to load a file); arguments on the command line override its values.\n\n");
            text.Append("    --generate-cli-skeleton (string)\n        Prints a skeleton of the input (input, yaml-input) or output (output) and exits.\n");
            return text.ToString();
        }

        private static void Block(StringBuilder text, string title, string body)
        {
            text.Append("        ").Append(title).Append("\n\n");
            foreach (var line in body.Split('\n'))
            {
                text.Append(line.Length == 0 ? string.Empty : "            " + line).Append('\n');
            }

            text.Append('\n');
        }

        /// <summary>The botocore type name the CLI prints beside an option.</summary>
        private static string TypeName(SchemaShape shape) =>
            shape.Kind == SchemaKind.Enum ? "string" : shape.Kind.ToString().ToLowerInvariant();
    }
}
