using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits <c>Validate()</c>/<c>ThrowIfInvalid()</c> extension methods on the AWS SDK's classes of a shape
    /// file's structures. The runtime's <c>AwsSdkValidator</c> walks an SDK value by the model's schema, as the
    /// parameter tree our own type would give, through the same validator and rules, so both report the same
    /// problems; per SDK class this file holds only one reader of its member values.
    /// </summary>
    internal static class SdkValidationEmitter
    {
        private const string Rt = ShapeIndex.Rt;
        private const string Problems = "global::System.Collections.Generic.IReadOnlyList<" + Rt + nameof(ValidationProblem) + ">";
        private const string Options = Rt + nameof(ValidationOptions);
        private const string Reader = "global::System.Func<object, object?[]>";

        /// <summary>The static class holding the extensions, clear of the file's generated types.</summary>
        public static string ClassName(ShapeIndex index)
        {
            var taken = new HashSet<string>(index.Generated.Select(s => s.TypeName.TrimStart('@')));
            var name = index.Stem + "AwsSdkValidation";
            while (taken.Contains(name) || name == index.SchemaClass)
            {
                name += "_";
            }

            return name;
        }

        public static string Emit(ShapeIndex index, SdkSurface sdk, bool hasClient)
        {
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Line("/// <summary>");
            writer.Line("/// <c>Validate()</c> and <c>ThrowIfInvalid()</c> on the AWS SDK for .NET's " + DocComments.Escape(sdk.Service) + " types: the checks and");
            writer.Line("/// messages of the generated types, for requests built with the SDK's own classes.");
            writer.Line("/// </summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Open((index.Bound.BuiltIn ? "internal" : "public") + " static class " + ClassName(index));
            EmitValidator(writer, index, sdk);
            foreach (var structure in sdk.Structures)
            {
                EmitExtensions(writer, index, structure);
            }

            if (hasClient)
            {
                EmitSendRegistration(writer, index, sdk);
            }

            writer.Close();
            return GeneratedFile.End(writer);
        }

        /// <summary>
        /// The validator and its readers, by shape position: each reads an SDK object's values, one per schema member
        /// (null where the SDK has no property the value can be read from), for the runtime to walk.
        /// </summary>
        private static void EmitValidator(SourceWriter writer, ShapeIndex index, SdkSurface sdk)
        {
            var structures = sdk.Structures.ToDictionary(s => s.Shape);
            writer.Line("private static readonly " + Rt + "AwsSdkValidator Validator = new " + Rt + "AwsSdkValidator(");
            writer.Indent();
            writer.Line(SchemaEmitter.ModelReference(index) + ",");
            writer.Line("static value => ((global::" + SdkNaming.ConstantClass + ")value).Value,");
            writer.Line("new " + Reader + "?[]");
            writer.Line("{");
            writer.Indent();
            foreach (var shape in index.Generated)
            {
                writer.Line((structures.TryGetValue(shape.Name, out var structure) ? ReadValues(shape, structure) : "null") + ",");
            }

            writer.Outdent();
            writer.Line("});");
            writer.Outdent();
            writer.Line();
        }

        /// <summary>
        /// One SDK class's values in model order. A value type the SDK holds without "not set" (an SDK before v4) is
        /// left out, as conversions leave it out: its default would be judged as if it had been set.
        /// </summary>
        private static string ReadValues(ShapeSpec shape, SdkStructure structure)
        {
            var properties = structure.Properties.Where(SdkConversionEmitter.Convertible).ToDictionary(p => p.Member);
            var values = shape.Members.Select(m => properties.TryGetValue(m.Name, out var p) ? "x." + p.Property : "null").ToList();
            return values.Count == 0
                ? "static value => global::System.Array.Empty<object?>()"
                : "static value => { var x = (" + structure.TypeName + ")value; return new object?[] { " + string.Join(", ", values) + " }; }";
        }

        private static void EmitExtensions(SourceWriter writer, ShapeIndex index, SdkStructure structure)
        {
            var arguments = "(value, " + index.Position(structure.Shape).ToString(CultureInfo.InvariantCulture) + ", options)";
            // No cref to the SDK class: the signature names it, and thousands of crefs are what documentation builds bind.
            writer.Line("/// <summary>Every problem with this SDK value, as <c>Validate()</c> on the generated type reports it.</summary>");
            writer.Line("/// <param name=\"value\">The SDK value.</param>");
            writer.Line("/// <param name=\"options\">Relaxations, e.g. accepting enum values newer than the model; the rules stay on unless set.</param>");
            writer.Line("/// <returns>Errors and warnings, in botocore's order.</returns>");
            writer.Line("public static " + Problems + " Validate(this " + structure.TypeName + " value, " + Options + "? options = null) => Validator.Validate" + arguments + ";");
            writer.Line();
            writer.Line("/// <summary>Throws when <c>Validate()</c> finds an error in this SDK value.</summary>");
            writer.Line("/// <param name=\"value\">The SDK value.</param>");
            writer.Line("/// <param name=\"options\">As for <c>Validate()</c>.</param>");
            writer.Line("/// <returns>The warnings, when there is no error.</returns>");
            writer.Line("/// <exception cref=\"" + Rt + nameof(ValidationException) + "\">One or more errors; the message is botocore's <c>Parameter validation failed:</c> text.</exception>");
            writer.Line("public static " + Problems + " ThrowIfInvalid(this " + structure.TypeName + " value, " + Options + "? options = null) => Validator.ThrowIfInvalid" + arguments + ";");
            writer.Line();
        }

        /// <summary>
        /// Hands each SDK request class's <c>ThrowIfInvalid()</c> to EndpointConfigGen.Client, whose pipeline handler runs it
        /// before the SDK marshals a request, once validation is on (<c>EndpointConfigGenValidation</c>).
        /// </summary>
        private static void EmitSendRegistration(SourceWriter writer, ShapeIndex index, SdkSurface sdk)
        {
            var inputs = new HashSet<string>(index.Operations.Where(op => op.Input is not null).Select(op => op.Input!), System.StringComparer.Ordinal);
            writer.Line("/// <summary>Registers the checks of the SDK's request classes for <c>EndpointConfigGenValidation</c>, as the assembly loads.</summary>");
            writer.Line("#pragma warning disable CA2255 // Registering generated code is what module initializers are for.");
            writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
            writer.Line("#pragma warning restore CA2255");
            writer.Open("internal static void RegisterSendChecks()");
            foreach (var structure in sdk.Structures.Where(s => inputs.Contains(s.Shape)))
            {
                writer.Line("global::EndpointConfigGen.Client.EndpointConfigGenValidation.Register(typeof(" + structure.TypeName + "), static request => Validator.ThrowIfInvalid(request, "
                    + index.Position(structure.Shape).ToString(CultureInfo.InvariantCulture) + ", null));");
            }

            writer.Close();
        }
    }
}
