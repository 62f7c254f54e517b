using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>Runs every emitter over one bound model: the last pure step before sources are added.</summary>
    internal static class SourceBuilder
    {
        /// <summary>Both steps at once, for tests and tools that run the emitters without a driver.</summary>
        public static GenerationOutput Build(string filePath, ServiceModel model, GeneratorOptions options, EquatableArray<string> itemOperations, CompilationFacts facts, CancellationToken cancellationToken)
        {
            var bound = ModelBinder.Bind(filePath, model, options, new FileSettings(itemOperations, null));
            var output = Emit(bound.Bound!, filePath, facts, cancellationToken);
            return output with { Diagnostics = bound.Diagnostics.Concat(output.Diagnostics).ToEquatableArray() };
        }

        public static GenerationOutput Emit(BoundModel bound, string filePath, CompilationFacts facts, CancellationToken cancellationToken, SdkSurface? sdk = null)
        {
            var diagnostics = new DiagnosticSink(filePath);
            var model = bound.Model;
            var stem = bound.Stem;
            var index = new ShapeIndex(bound);
            var sources = ImmutableArray.CreateBuilder<GeneratedSource>();
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

            void Add(string name, string text)
            {
                var hint = stem + "." + name;
                for (var n = 2; !hintNames.Add(hint); n++)
                {
                    hint = stem + "." + name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                sources.Add(new GeneratedSource(hint + ".g.cs", text));
            }

            // One source per generated type, holding all its partial parts, so that packing sources into
            // few files (Pipeline/OutputFiles, for the driver's cost per file) never splits a type.
            Add(index.SchemaClass, SchemaEmitter.Emit(index));
            var operationInputs = new HashSet<string>(index.Operations.Where(op => op.Input is not null).Select(op => op.Input!), StringComparer.Ordinal);
            var sdkStructures = sdk?.Structures.ToDictionary(s => s.Shape, StringComparer.Ordinal);
            var sdkEnums = sdk?.Enums.ToDictionary(e => e.Shape, StringComparer.Ordinal);
            void AddSdkValidation()
            {
                if (sdk is not null && sdk.Structures.Count > 0)
                {
                    Add(SdkValidationEmitter.ClassName(index), SdkValidationEmitter.Emit(index, sdk, facts.HasClient));
                }
            }

            if (bound.Generate == GenerateMode.SdkChecks)
            {
                // The encoding (for the analyzers and the extensions' schema) and the extensions are all SDK checks need.
                AddSdkValidation();
                return new GenerationOutput(new EquatableArray<GeneratedSource>(sources.ToImmutable()), diagnostics.ToArray());
            }

            foreach (var shape in index.Generated)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var typeName = shape.TypeName.TrimStart('@');
                switch (shape.Kind)
                {
                    case SchemaKind.Structure:
                        var parts = new List<string> { RecordEmitter.Emit(index, shape, operationInputs) };
                        if (sdkStructures is not null && sdkStructures.TryGetValue(shape.Name, out var sdkStructure))
                        {
                            parts.Add(SdkConversionEmitter.Emit(index, shape, sdkStructure, sdk!.InitializeCollections));
                        }

                        Add(typeName, Join(parts, index.Namespace));
                        break;
                    case SchemaKind.Enum:
                        var enumParts = new List<string> { EnumEmitter.Emit(index, shape) };
                        if (sdkEnums is not null && sdkEnums.TryGetValue(shape.Name, out var sdkEnum))
                        {
                            enumParts.Add(SdkConversionEmitter.EmitEnum(index, shape, sdkEnum));
                        }

                        Add(typeName, Join(enumParts, index.Namespace));
                        break;
                }
            }

            foreach (var operation in index.Operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var parts = new List<string> { SkeletonEmitter.Emit(index, operation) };
                if (facts.HasCli)
                {
                    // The option table only CLI front ends (which reference EndpointConfigGen.Cli) run.
                    parts.Add(CliEmitter.Emit(index, operation));
                }

                if (bound.DeclaresClient(facts))
                {
                    parts.Add(ClientEmitter.EmitDescription(index, operation));
                }

                Add(operation.ClassName, Join(parts, index.Namespace));
            }

            if (sdk is not null)
            {
                SdkSkew.Report(diagnostics, sdk);
            }

            AddSdkValidation();
            if (bound.DeclaresClient(facts))
            {
                Add(bound.Client.Client, ClientEmitter.Emit(index));
                foreach (var error in bound.Errors)
                {
                    Add(error.TypeName.TrimStart('@'), ErrorEmitter.Emit(index, error));
                }
            }
            else if (facts.HasClient)
            {
                diagnostics.ReportOnFile(DiagnosticDescriptors.NoClientForProtocol, model.Metadata.ServiceId, model.Metadata.Protocol);
            }

            return new GenerationOutput(new EquatableArray<GeneratedSource>(sources.ToImmutable()), diagnostics.ToArray());
        }

        /// <summary>Parts of one type, one after another under the first one's header and namespace.</summary>
        private static string Join(List<string> parts, string ns) =>
            string.Join("\n", parts.Select((part, i) => i == 0 ? part : GeneratedFile.Body(part, ns) ?? throw new InvalidOperationException("A part of a type declares another namespace.")));
    }
}
