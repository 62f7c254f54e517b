using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;

namespace EndpointConfigGen.Emitters
{
    /// <summary>Runs every emitter over one model: the last pure step before sources are added.</summary>
    internal static class SourceBuilder
    {
        public static GenerationOutput Build(string filePath, ServiceModel model, GeneratorOptions options, EquatableArray<string> itemOperations, CompilationFacts facts, CancellationToken cancellationToken)
        {
            var diagnostics = new DiagnosticSink(filePath);
            var operations = SelectOperations(filePath, model, itemOperations.Count > 0 ? itemOperations : options.Operations, diagnostics);
            var stem = FileStem(filePath);
            var index = new ShapeIndex(model, options.Namespace, stem, operations);
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
            var rulesClass = RulesEmitter.ClassName(index, stem);
            Add(rulesClass, RulesEmitter.EmitData(index, rulesClass));

            var ruleAttributes = RulesEmitter.EmitAttributes(index);
            var operationInputs = new HashSet<string>(index.Operations.Where(op => op.Input is not null).Select(op => op.Input!), StringComparer.Ordinal);
            foreach (var shape in index.Generated)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var typeName = Naming.TypeName(shape.Name).TrimStart('@');
                switch (shape.Kind)
                {
                    case ShapeKind.Structure:
                        var parts = new List<string>
                        {
                            RecordEmitter.Emit(index, shape),
                            JsonEmitter.Emit(index, shape),
                            ShorthandEmitter.Emit(index, shape),
                            ValidationEmitter.Emit(index, shape, rulesClass, operationInputs),
                        };
                        if (ruleAttributes.TryGetValue(shape.Name, out var attributes))
                        {
                            parts.Add(attributes);
                        }

                        Add(typeName, Join(parts));
                        break;
                    case ShapeKind.Enum:
                        Add(typeName, EnumEmitter.Emit(index, shape));
                        break;
                }
            }

            // Every shape's C# name, computed once: operations are checked against all of them.
            var shapeTypeNames = new HashSet<string>(model.Shapes.Select(shape => Naming.TypeName(shape.Name).TrimStart('@')), StringComparer.Ordinal);
            foreach (var operation in index.Operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var className = Naming.OperationClassName(operation.Name, shapeTypeNames);
                var parts = new List<string> { SkeletonEmitter.Emit(index, operation, className) };
                if (facts.HasCli)
                {
                    // The option table only CLI front ends (which reference EndpointConfigGen.Cli) run.
                    parts.Add(CliEmitter.Emit(index, operation, className));
                }

                Add(className, Join(parts));
            }

            if (facts.HasClient)
            {
                if (model.Metadata.Protocol == ClientEmitter.JsonProtocol)
                {
                    var names = ClientNames.For(model.Metadata.ServiceId, shapeTypeNames);
                    Add(names.Client, ClientEmitter.Emit(index, names));
                }
                else
                {
                    var origin = new TextPosition(0, 0, 0);
                    diagnostics.Report(DiagnosticDescriptors.NoClientForProtocol, origin, origin, model.Metadata.ServiceId, model.Metadata.Protocol);
                }
            }

            return new GenerationOutput(new EquatableArray<GeneratedSource>(sources.ToImmutable()), diagnostics.ToArray());
        }

        private static List<OperationSpec> SelectOperations(string filePath, ServiceModel model, EquatableArray<string> wanted, DiagnosticSink diagnostics)
        {
            if (wanted.Count == 0)
            {
                return new List<OperationSpec>(model.Operations);
            }

            var selected = new List<OperationSpec>();
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var op in model.Operations)
            {
                known.Add(op.Name);
                if (wanted.Contains(op.Name))
                {
                    selected.Add(op);
                }
            }

            foreach (var name in wanted)
            {
                if (!known.Contains(name))
                {
                    var origin = new TextPosition(0, 0, 0);
                    diagnostics.Report(DiagnosticDescriptors.UnknownOperation, origin, origin, name, Path.GetFileName(filePath));
                }
            }

            return selected;
        }

        /// <summary>Parts of one type, each a complete compilation unit, one after another.</summary>
        private static string Join(List<string> parts) => string.Join("\n", parts);

        private static string FileStem(string path)
        {
            var name = Path.GetFileName(path);
            var dot = name.IndexOf('.');
            return Naming.Identifier(dot > 0 ? name.Substring(0, dot) : name).TrimStart('@');
        }
    }
}
