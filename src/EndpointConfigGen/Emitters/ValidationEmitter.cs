using System.Collections.Generic;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits <c>Validate()</c>/<c>ThrowIfInvalid()</c> on a structure: the value as a parameter
    /// tree, checked by the shared validator against the generated schema and the shape file's
    /// operation rules (the same code the analyzers run at compile time).
    /// </summary>
    internal static class ValidationEmitter
    {
        private const string Problems = "global::System.Collections.Generic.IReadOnlyList<" + ShapeIndex.Rt + "ValidationProblem>";
        private const string Options = ShapeIndex.Rt + "ValidationOptions";

        public static string Emit(ShapeIndex index, ShapeSpec shape, ISet<string> operationInputs)
        {
            var typeName = shape.TypeName;

            // botocore names the top of an operation's input "input"; a structure checked on its own is named after its shape.
            var root = operationInputs.Contains(shape.Name) ? string.Empty : shape.Name;
            var arguments = "ToParamNode(), " + SchemaEmitter.Reference(index, shape.Name) + ", " + Literals.String(root) + ", "
                + ShapeIndex.Rt + "ValidationDefaults.WithRules(options, " + SchemaEmitter.Rules(index) + ")";
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Open("partial record " + typeName);
            writer.Line("/// <summary>");
            writer.Line("/// Every problem with this value: what botocore checks (required, types, minimums, with its");
            writer.Line("/// wording), what it skips (maximums, list counts, patterns, unknown enum values) and the");
            writer.Line("/// operation rules of the shape file. An empty list means AWS should accept it.");
            writer.Line("/// </summary>");
            writer.Line("/// <param name=\"options\">Relaxations, e.g. accepting enum values newer than the model; the rules stay on unless set.</param>");
            writer.Line("/// <returns>Errors and warnings, in botocore's order.</returns>");
            writer.Line("public " + Problems + " Validate(" + Options + "? options = null) =>");
            writer.Indent().Line(ShapeIndex.Rt + "ParamValidator.Validate(" + arguments + ");").Outdent();
            writer.Line();
            writer.Line("/// <summary>Throws when <see cref=\"Validate\"/> finds an error.</summary>");
            writer.Line("/// <param name=\"options\">As for <see cref=\"Validate\"/>.</param>");
            writer.Line("/// <returns>The warnings, when there is no error.</returns>");
            writer.Line("/// <exception cref=\"" + ShapeIndex.Rt + "ValidationException\">One or more errors; the message is botocore's <c>Parameter validation failed:</c> text.</exception>");
            writer.Line("public " + Problems + " ThrowIfInvalid(" + Options + "? options = null) =>");
            writer.Indent().Line(ShapeIndex.Rt + "ParamValidator.ThrowIfInvalid(" + arguments + ");").Outdent();
            writer.Close();
            return GeneratedFile.End(writer);
        }
    }
}
