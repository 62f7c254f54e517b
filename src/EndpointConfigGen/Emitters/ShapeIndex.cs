using System;
using System.Collections.Generic;
using System.Linq;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Lookups every emitter needs over one model: shapes by name, their C# names and types, and
    /// which shapes are generated at all (the closure of the selected operations).
    /// </summary>
    internal sealed class ShapeIndex
    {
        public const string Rt = "global::EndpointConfigGen.Runtime.";

        private readonly Dictionary<string, ShapeSpec> _shapes = new Dictionary<string, ShapeSpec>(StringComparer.Ordinal);
        private HashSet<string>? _typeNames;

        public ShapeIndex(ServiceModel model, string ns, string stem, IReadOnlyList<OperationSpec> operations)
        {
            Model = model;
            Namespace = ns;
            Operations = operations;
            foreach (var shape in model.Shapes)
            {
                _shapes[shape.Name] = shape;
            }

            Generated = Closure(model, operations);
            Stem = stem;
            SchemaClass = SchemaEmitter.ClassName(this, stem);
        }

        /// <summary>The shape file's name without extensions, made an identifier: it prefixes hint names.</summary>
        public string Stem { get; }

        /// <summary>The class holding this file's run-time schema.</summary>
        public string SchemaClass { get; }

        public ServiceModel Model { get; }

        public string Namespace { get; }

        /// <summary>The operations generated, in model order.</summary>
        public IReadOnlyList<OperationSpec> Operations { get; }

        /// <summary>Generated shapes in model order.</summary>
        public List<ShapeSpec> Generated { get; }

        public ShapeSpec Shape(string name) => _shapes[name];

        /// <summary>True when a generated structure or enum already uses this C# name.</summary>
        public bool HasTypeNamed(string name)
        {
            // Asked once per operation; computing the names once keeps a large model linear.
            _typeNames ??= new HashSet<string>(
                Generated.Where(shape => shape.Kind == ShapeKind.Structure || shape.Kind == ShapeKind.Enum).Select(shape => Naming.TypeName(shape.Name)),
                StringComparer.Ordinal);
            return _typeNames.Contains(name);
        }

        /// <summary>The C# type of a value of the shape, without nullability.</summary>
        public string TypeOf(string shapeName)
        {
            var shape = Shape(shapeName);
            switch (shape.Kind)
            {
                case ShapeKind.Structure:
                case ShapeKind.Enum:
                    return Naming.TypeName(shape.Name);
                case ShapeKind.List:
                    return "global::System.Collections.Generic.IReadOnlyList<" + TypeOf(shape.ListMember!) + ">";
                case ShapeKind.Map:
                    return "global::System.Collections.Generic.IReadOnlyDictionary<string, " + TypeOf(shape.MapValue!) + ">";
                case ShapeKind.String:
                    return "string";
                case ShapeKind.Integer:
                    return "int";
                case ShapeKind.Long:
                    return "long";
                case ShapeKind.Float:
                case ShapeKind.Double:
                    return "double";
                case ShapeKind.Boolean:
                    return "bool";
                case ShapeKind.Timestamp:
                    return "global::System.DateTimeOffset";
                case ShapeKind.Blob:
                    return "global::System.ReadOnlyMemory<byte>";
                case ShapeKind.Document:
                    return "global::System.Text.Json.JsonElement";
                default:
                    throw new InvalidOperationException("Unhandled shape kind " + shape.Kind);
            }
        }

        /// <summary>
        /// The value a response reader gives a required member the response left out (Smithy's rule for
        /// clients: zero, empty, or a structure of such values), instead of failing on a service's omission.
        /// </summary>
        public string ZeroOf(string shapeName)
        {
            var shape = Shape(shapeName);
            switch (shape.Kind)
            {
                case ShapeKind.Structure:
                    return Rt + "JsonSupport.Read(\"{}\"u8, " + QualifiedTypeName(shape.Name) + ".ReadJson, response: true)";
                case ShapeKind.List:
                    return "global::System.Array.Empty<" + TypeOf(shape.ListMember!) + ">()";
                case ShapeKind.Map:
                    return "new global::System.Collections.Generic.Dictionary<string, " + TypeOf(shape.MapValue!) + ">()";
                default:
                    ScalarCalls.TryGet(shape.Kind, out var calls);
                    return ScalarCalls.Wrap(this, shape, calls.Zero);
            }
        }

        /// <summary>
        /// A generated type's name for expressions: qualified, because inside a record a member may
        /// carry the same name as a shape (SageMaker's <c>SearchExpression.NestedFilters</c>).
        /// </summary>
        public string QualifiedTypeName(string shapeName) => "global::" + Namespace + "." + Naming.TypeName(shapeName);

        public bool IsValueType(string shapeName) => Shape(shapeName).Kind switch
        {
            ShapeKind.Structure or ShapeKind.List or ShapeKind.Map or ShapeKind.String => false,
            _ => true,
        };

        /// <summary>
        /// The equality comparer expression for values of the shape; null when the default one
        /// already compares by value (strings, numbers, enums and generated records).
        /// </summary>
        public string? ComparerOf(string shapeName)
        {
            var shape = Shape(shapeName);
            switch (shape.Kind)
            {
                case ShapeKind.List:
                    return Rt + "ValueComparer.List<" + TypeOf(shape.ListMember!) + ">(" + ComparerOrDefault(shape.ListMember!) + ")";
                case ShapeKind.Map:
                    return Rt + "ValueComparer.Map<" + TypeOf(shape.MapValue!) + ">(" + ComparerOrDefault(shape.MapValue!) + ")";
                case ShapeKind.Blob:
                    return Rt + "ValueComparer.Blob";
                case ShapeKind.Document:
                    return Rt + "ValueComparer.Document";
                default:
                    return null;
            }
        }

        public string ComparerOrDefault(string shapeName) =>
            ComparerOf(shapeName) ?? "global::System.Collections.Generic.EqualityComparer<" + TypeOf(shapeName) + ">.Default";

        private List<ShapeSpec> Closure(ServiceModel model, IReadOnlyList<OperationSpec> operations)
        {
            var reachable = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            if (model.Operations.Count == 0)
            {
                // A file of shapes only (no operations) generates every shape.
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

            while (pending.Count > 0)
            {
                var name = pending.Pop();
                if (!reachable.Add(name))
                {
                    continue;
                }

                var shape = Shape(name);
                foreach (var member in shape.Members)
                {
                    pending.Push(member.Target);
                }

                if (shape.ListMember is not null)
                {
                    pending.Push(shape.ListMember);
                }

                if (shape.MapKey is not null)
                {
                    pending.Push(shape.MapKey);
                }

                if (shape.MapValue is not null)
                {
                    pending.Push(shape.MapValue);
                }
            }

            var result = new List<ShapeSpec>();
            foreach (var shape in model.Shapes)
            {
                if (reachable.Contains(shape.Name))
                {
                    result.Add(shape);
                }
            }

            return result;
        }
    }
}
