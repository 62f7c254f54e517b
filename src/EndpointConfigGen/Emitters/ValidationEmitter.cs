using System.Collections.Generic;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits <c>Validate()</c>/<c>ThrowIfInvalid()</c> on a structure: the value as a parameter
    /// tree, checked by the shared validator against the generated schema and the shape file's
    /// operation rules (the same code the analyzers run at compile time).
    /// </summary>
    internal static class ValidationEmitter
    {
        private const string Problems = "global::System.Collections.Generic.IReadOnlyList<" + ShapeIndex.Rt + nameof(ValidationProblem) + ">";
        private const string Options = ShapeIndex.Rt + nameof(ValidationOptions);

        public static void EmitMembers(SourceWriter writer, ShapeIndex index, ShapeSpec shape, ISet<string> operationInputs)
        {
            // botocore names the top of an operation's input "input"; a structure checked on its own is named after its shape.
            var root = operationInputs.Contains(shape.Name) ? string.Empty : shape.Name;
            var arguments = "(ToParamNode(), " + ShorthandEmitter.SchemaProperty + ", " + Literals.String(root) + ", "
                + ShapeIndex.Rt + "ValidationDefaults.WithRules(options, " + SchemaEmitter.Rules(index) + "));";
            writer.Line("/// <summary>Every problem botocore reports, in its wording and order, plus what it skips (maximums, list counts, patterns, unknown enum values) and the shape file's rules; empty when AWS should accept the value.</summary>");
            writer.Line("/// <param name=\"options\">Relaxations, e.g. accepting enum values newer than the model; the rules stay on unless set.</param>");
            writer.Line("public " + Problems + " Validate(" + Options + "? options = null) =>");
            writer.Indent().Line(ShapeIndex.Rt + nameof(ParamValidator) + ".Validate" + arguments).Outdent();
            writer.Line();
            writer.Line("/// <summary>Throws <see cref=\"" + ShapeIndex.Rt + nameof(ValidationException) + "\"/> (botocore's <c>Parameter validation failed:</c> text) when <see cref=\"Validate\"/> finds an error; returns the warnings otherwise.</summary>");
            writer.Line("/// <param name=\"options\">As for <see cref=\"Validate\"/>.</param>");
            writer.Line("public " + Problems + " ThrowIfInvalid(" + Options + "? options = null) =>");
            writer.Indent().Line(ShapeIndex.Rt + nameof(ParamValidator) + ".ThrowIfInvalid" + arguments).Outdent();
        }
    }
}
