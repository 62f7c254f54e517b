using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Binding
{
    /// <summary>
    /// The binding step between reading and emitting: picks the shapes the selected operations reach and names
    /// what depends on that selection (the schema, client and exception classes), keeping each clear of the names
    /// it could collide with. Shapes, members and operations come named by the reader.
    /// </summary>
    internal static class ModelBinder
    {
        /// <summary>The shape file's name without extensions, made an identifier: it prefixes hint names and class names.</summary>
        private static string FileStem(string path)
        {
            var name = Path.GetFileName(path);
            var dot = name.IndexOf('.');
            return Naming.Identifier(dot > 0 ? name.Substring(0, dot) : name).TrimStart('@');
        }

        /// <summary>The operations the project asked for (all by default), bound with every name the emitters need.</summary>
        public static BoundFile Bind(string filePath, ServiceModel model, GeneratorOptions options, FileSettings settings)
        {
            var diagnostics = new DiagnosticSink(filePath);
            // A file's own list is checked here; the project's list, across files, by ProjectOperations.
            var operations = settings.Operations.Count > 0
                ? SelectOperations(filePath, model, settings.Operations, diagnostics)
                : SelectOperations(filePath, model, options.Operations, null);
            var bound = Bind(model, settings.Namespace ?? options.Namespace, FileStem(filePath), operations)
                with { Generate = Generate(settings.Generate ?? options.Generate, diagnostics), BuiltIn = settings.BuiltIn };
            return new BoundFile(filePath, bound, diagnostics.ToArray());
        }

        /// <summary><c>EndpointConfigGenGenerate</c> (the file's, else the project's); a value it does not take is reported and generates everything.</summary>
        private static GenerateMode Generate(string? value, DiagnosticSink diagnostics)
        {
            if (value is null)
            {
                return GenerateMode.All;
            }

            if (Pipeline.OptionsReader.ParseGenerate(value) is { } mode)
            {
                return mode;
            }

            diagnostics.ReportOnFile(DiagnosticDescriptors.UnknownGenerateMode, value);
            return GenerateMode.All;
        }

        private static BoundModel Bind(ServiceModel model, string ns, string stem, IReadOnlyList<OperationSpec> operations)
        {
            var errorShapes = ErrorShapes(model, operations);
            var reachable = Closure(model, operations, errorShapes);
            var generated = model.Shapes.Where(shape => reachable.Contains(shape.Name)).ToImmutableArray();

            // Classes of the file keep clear of the generated types; the client's of every shape's name.
            var generatedTypes = new HashSet<string>(
                generated.Where(shape => shape.Kind is SchemaKind.Structure or SchemaKind.Enum).Select(shape => shape.TypeName), StringComparer.Ordinal);
            var allTypes = new HashSet<string>(model.Shapes.Select(shape => shape.TypeName.TrimStart('@')), StringComparer.Ordinal);
            var errors = errorShapes.Select(shape => BindError(shape, generatedTypes)).ToImmutableArray();
            return new BoundModel(
                model,
                ns,
                stem,
                operations.ToEquatableArray(),
                new EquatableArray<ShapeSpec>(generated),
                Free(stem + "ModelSchema", generatedTypes),
                ClientNamesFor(model.Metadata.ServiceId, allTypes))
            {
                Errors = new EquatableArray<ErrorTypeSpec>(errors),
            };
        }

        /// <summary>The structures the operations name as errors, each once, in model order.</summary>
        private static List<ShapeSpec> ErrorShapes(ServiceModel model, IReadOnlyList<OperationSpec> operations)
        {
            var named = new HashSet<string>(operations.SelectMany(op => op.Errors), StringComparer.Ordinal);
            return model.Shapes.Where(shape => shape.Kind == SchemaKind.Structure && named.Contains(shape.Name)).ToList();
        }

        /// <summary>
        /// The message is the exception's own <c>Message</c>: every other member becomes a property. A shape also
        /// used as data keeps its record under the shape's name, and its exception takes an <c>Exception</c> suffix.
        /// </summary>
        private static ErrorTypeSpec BindError(ShapeSpec shape, HashSet<string> generatedTypes)
        {
            var typeName = Naming.TypeName(shape.Name);
            if (generatedTypes.Contains(typeName))
            {
                typeName = Free(typeName.TrimStart('@') + "Exception", generatedTypes);
            }

            generatedTypes.Add(typeName);
            var members = shape.Members
                .Where(member => !IsMessage(member))
                .Select(member => member with
                {
                    Property = Naming.ExceptionPropertyName(member.Name, typeName),
                    Local = Naming.Local(member.Name),
                });
            var codes = new[] { shape.Name, shape.ErrorCode }.Where(code => code is not null).Distinct(StringComparer.Ordinal);
            return new ErrorTypeSpec(
                shape.Name,
                typeName,
                codes.Select(code => code!).ToImmutableArray().ToEquatableArray(),
                shape.Documentation,
                shape.ErrorStatus,
                new EquatableArray<MemberSpec>(members.ToImmutableArray()));
        }

        private static bool IsMessage(MemberSpec member) => string.Equals(member.Name, "message", StringComparison.OrdinalIgnoreCase);

        private static List<OperationSpec> SelectOperations(string filePath, ServiceModel model, EquatableArray<string> wanted, DiagnosticSink? diagnostics)
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
                if (diagnostics is not null && !known.Contains(name))
                {
                    diagnostics.ReportOnFile(DiagnosticDescriptors.UnknownOperation, name, Path.GetFileName(filePath));
                }
            }

            return selected;
        }

        private static ClientNames ClientNamesFor(string serviceId, ISet<string> shapeTypeNames)
        {
            var stem = Naming.Identifier(Naming.ServiceWords(serviceId.Length == 0 ? "Service" : serviceId)).TrimStart('@');
            return new ClientNames(Free(stem + "Client", shapeTypeNames), Free(stem + "Config", shapeTypeNames));
        }

        private static string Free(string name, ISet<string> taken)
        {
            while (taken.Contains(name))
            {
                name += "_";
            }

            return name;
        }

        /// <summary>The shapes the operations reach, errors' members included; a file of shapes only (no operations) generates every shape.</summary>
        private static HashSet<string> Closure(ServiceModel model, IReadOnlyList<OperationSpec> operations, List<ShapeSpec> errorShapes)
        {
            var byName = new Dictionary<string, ShapeSpec>(StringComparer.Ordinal);
            foreach (var shape in model.Shapes)
            {
                byName[shape.Name] = shape;
            }

            var reachable = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            if (model.Operations.Count == 0)
            {
                foreach (var shape in model.Shapes)
                {
                    pending.Push(shape.Name);
                }
            }

            foreach (var op in operations)
            {
                if (op.Input is not null)
                {
                    pending.Push(op.Input);
                }

                if (op.Output is not null)
                {
                    pending.Push(op.Output);
                }
            }

            // An error shape's members are typed properties of its exception; the shape itself is data only if reached.
            foreach (var member in errorShapes.SelectMany(shape => shape.Members).Where(member => !IsMessage(member)))
            {
                pending.Push(member.Target);
            }

            while (pending.Count > 0)
            {
                var name = pending.Pop();
                if (!reachable.Add(name))
                {
                    continue;
                }

                var shape = byName[name];
                foreach (var member in shape.Members)
                {
                    pending.Push(member.Target);
                }

                foreach (var element in new[] { shape.ListMember, shape.MapKey, shape.MapValue })
                {
                    if (element is not null)
                    {
                        pending.Push(element);
                    }
                }
            }

            return reachable;
        }
    }
}
