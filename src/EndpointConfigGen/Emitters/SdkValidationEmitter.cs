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
    /// file's structures: each SDK value becomes the parameter tree our own type would give, and runs through
    /// the same validator, schema and rules, so both report the same problems.
    /// </summary>
    internal static class SdkValidationEmitter
    {
        private const string Rt = ShapeIndex.Rt;
        private const string Node = Rt + "ParamNode";
        private const string Binding = Rt + "ParamBinding";
        private const string Problems = "global::System.Collections.Generic.IReadOnlyList<" + Rt + "ValidationProblem>";
        private const string Options = Rt + "ValidationOptions";
        private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

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

        public static string Emit(ShapeIndex index, SdkSurface sdk, ISet<string> operationInputs, bool hasClient)
        {
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Line("/// <summary>");
            writer.Line("/// <c>Validate()</c> and <c>ThrowIfInvalid()</c> on the AWS SDK for .NET's " + DocComments.Escape(sdk.Service) + " types: the checks and");
            writer.Line("/// messages of the generated types, for requests built with the SDK's own classes.");
            writer.Line("/// </summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Open((index.Bound.BuiltIn ? "internal" : "public") + " static class " + ClassName(index));
            foreach (var structure in sdk.Structures)
            {
                EmitExtensions(writer, index, structure, operationInputs);
            }

            foreach (var structure in sdk.Structures)
            {
                EmitNode(writer, index, structure);
            }

            EmitScalarNodes(writer);
            if (hasClient)
            {
                EmitSendRegistration(writer, sdk, operationInputs);
            }

            writer.Close();
            return GeneratedFile.End(writer);
        }

        private static void EmitExtensions(SourceWriter writer, ShapeIndex index, SdkStructure structure, ISet<string> operationInputs)
        {
            // As ValidationEmitter: an operation's input is the root "input"; a structure checked alone is named after its shape.
            var root = operationInputs.Contains(structure.Shape) ? string.Empty : structure.Shape;
            var arguments = StructureNode(index, structure.Shape) + "(value ?? throw new global::System.ArgumentNullException(nameof(value))), " + SchemaEmitter.Reference(index, structure.Shape)
                + ", " + Literals.String(root) + ", " + Rt + "ValidationDefaults.WithRules(options, " + SchemaEmitter.Rules(index) + ")";
            var cref = structure.TypeName.Replace('<', '{').Replace('>', '}');
            writer.Line("/// <summary>Every problem with this <see cref=\"" + cref + "\"/>, as <c>Validate()</c> on the generated type reports it.</summary>");
            writer.Line("/// <param name=\"value\">The SDK value.</param>");
            writer.Line("/// <param name=\"options\">Relaxations, e.g. accepting enum values newer than the model; the rules stay on unless set.</param>");
            writer.Line("/// <returns>Errors and warnings, in botocore's order.</returns>");
            writer.Line("public static " + Problems + " Validate(this " + structure.TypeName + " value, " + Options + "? options = null) =>");
            writer.Indent().Line(Rt + "ParamValidator.Validate(" + arguments + ");").Outdent();
            writer.Line();
            writer.Line("/// <summary>Throws when <c>Validate()</c> finds an error in this <see cref=\"" + cref + "\"/>.</summary>");
            writer.Line("/// <param name=\"value\">The SDK value.</param>");
            writer.Line("/// <param name=\"options\">As for <c>Validate()</c>.</param>");
            writer.Line("/// <returns>The warnings, when there is no error.</returns>");
            writer.Line("/// <exception cref=\"" + Rt + "ValidationException\">One or more errors; the message is botocore's <c>Parameter validation failed:</c> text.</exception>");
            writer.Line("public static " + Problems + " ThrowIfInvalid(this " + structure.TypeName + " value, " + Options + "? options = null) =>");
            writer.Indent().Line(Rt + "ParamValidator.ThrowIfInvalid(" + arguments + ");").Outdent();
            writer.Line();
        }

        /// <summary>The parameter tree of an SDK value: the same entries, in the same order, as the generated type's <c>ToParamNode()</c>.</summary>
        private static void EmitNode(SourceWriter writer, ShapeIndex index, SdkStructure structure)
        {
            writer.Open("private static " + Node + " " + StructureNode(index, structure.Shape) + "(" + structure.TypeName + "? value)");
            writer.Open("if (value is null)");
            writer.Line("return " + Node + ".Null();");
            writer.Close();
            writer.Line();
            writer.Line("var entries = new global::System.Collections.Generic.List<" + Rt + "ParamEntry>(" + structure.Properties.Count.ToString(CultureInfo.InvariantCulture) + ");");
            var members = index.Shape(structure.Shape).Members.ToDictionary(m => m.Name);
            for (var i = 0; i < structure.Properties.Count; i++)
            {
                // Pattern variables share the method's scope: one name per member.
                var property = structure.Properties[i];
                var local = "m" + i.ToString(CultureInfo.InvariantCulture);
                writer.Open("if (value." + property.Property + " is { } " + local + ")");
                writer.Line("entries.Add(new " + Rt + "ParamEntry(" + Literals.String(property.Member) + ", " + NodeExpr(index, members[property.Member].Target, local, 0) + "));");
                writer.Close();
            }

            writer.Line();
            writer.Line("return " + Node + ".Map(entries, fromShorthand: false);");
            writer.Close();
            writer.Line();
        }

        /// <summary>Lists and maps follow the model; structures go to their own builder, scalars to the <c>Node</c> overload of the SDK's type.</summary>
        private static string NodeExpr(ShapeIndex index, string shapeName, string value, int depth)
        {
            var shape = index.Shape(shapeName);
            if (shape.Kind == SchemaKind.Structure)
            {
                return StructureNode(index, shapeName) + "(" + value + ")";
            }

            if (shape.Kind is not (SchemaKind.List or SchemaKind.Map))
            {
                return "Node(" + value + ")";
            }

            var item = "v" + (depth + 1).ToString(CultureInfo.InvariantCulture);
            var itemShape = shape.Kind == SchemaKind.List ? shape.ListMember! : shape.MapValue!;
            return Binding + (shape.Kind == SchemaKind.List ? ".FromList(" : ".FromMap(") + value + ", static " + item + " => " + NodeExpr(index, itemShape, item, depth + 1) + ")";
        }

        /// <summary>
        /// The tree builder of one structure, named apart from the scalars' <c>Node</c> overloads: as overloads of one name,
        /// every call would weigh every structure's (EC2's 1,687 took the compiler minutes).
        /// </summary>
        private static string StructureNode(ShapeIndex index, string shapeName) => "Node" + index.Shape(shapeName).TypeName.TrimStart('@');

        /// <summary>
        /// Hands each SDK request class's <c>ThrowIfInvalid()</c> to EndpointConfigGen.Client, whose pipeline handler runs it
        /// before the SDK marshals a request, once validation is on (<c>EndpointConfigGenValidation</c>).
        /// </summary>
        private static void EmitSendRegistration(SourceWriter writer, SdkSurface sdk, ISet<string> operationInputs)
        {
            writer.Line();
            writer.Line("/// <summary>Registers the checks of the SDK's request classes for <c>EndpointConfigGenValidation</c>, as the assembly loads.</summary>");
            writer.Line("#pragma warning disable CA2255 // Registering generated code is what module initializers are for.");
            writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
            writer.Line("#pragma warning restore CA2255");
            writer.Open("internal static void RegisterSendChecks()");
            foreach (var structure in sdk.Structures.Where(s => operationInputs.Contains(s.Shape)))
            {
                writer.Line("global::EndpointConfigGen.Client.EndpointConfigGenValidation.Register(typeof(" + structure.TypeName + "), static request => ((" + structure.TypeName + ")request).ThrowIfInvalid());");
            }

            writer.Close();
        }

        /// <summary>The SDK's scalar types as the generated types write them (numbers as JSON numbers, blobs as bytes, times in UTC).</summary>
        private static void EmitScalarNodes(SourceWriter writer)
        {
            writer.Line("private static " + Node + " Node(string? value) => value is null ? " + Node + ".Null() : " + Node + ".String(value, fromShorthand: false);");
            writer.Line();
            writer.Line("private static " + Node + " Node(global::" + SdkNaming.ConstantClass + "? value) => value?.Value is { } text ? " + Node + ".String(text, fromShorthand: false) : " + Node + ".Null();");
            writer.Line();
            writer.Line("private static " + Node + " Node(int value) => " + Binding + ".FromInteger(value);");
            writer.Line();
            writer.Line("private static " + Node + " Node(long value) => " + Binding + ".FromInteger(value);");
            writer.Line();
            writer.Line("private static " + Node + " Node(double value) => " + Binding + ".FromDouble(value);");
            writer.Line();
            // The float's shortest text, not its widened binary value: 0.1f is 0.1, as in the SDK's JSON.
            writer.Line("private static " + Node + " Node(float value) => " + Binding + ".FromDouble(double.Parse(value.ToString(\"R\", " + Invariant + "), " + Invariant + "));");
            writer.Line();
            writer.Line("private static " + Node + " Node(bool value) => " + Node + ".Boolean(value);");
            writer.Line();
            writer.Line("private static " + Node + " Node(global::System.DateTime value) => " + Binding + ".FromTimestamp(new global::System.DateTimeOffset(value.ToUniversalTime()));");
            writer.Line();
            writer.Line("private static " + Node + " Node(global::System.IO.MemoryStream? value) => value is null ? " + Node + ".Null() : " + Binding + ".FromBlob(value.ToArray());");
        }
    }
}
