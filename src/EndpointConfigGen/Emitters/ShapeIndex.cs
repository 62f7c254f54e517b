using System;
using System.Collections.Generic;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Lookups every emitter needs over one bound model: shapes by name and the C# types and
    /// expressions their values take. Names themselves come bound (Binding/ModelBinder).
    /// </summary>
    internal sealed class ShapeIndex
    {
        public const string Rt = GeneratedFile.Runtime;

        private readonly Dictionary<string, ShapeSpec> _shapes = new Dictionary<string, ShapeSpec>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _positions = new Dictionary<string, int>(StringComparer.Ordinal);

        public ShapeIndex(BoundModel bound)
        {
            Bound = bound;
            foreach (var shape in bound.Model.Shapes)
            {
                _shapes[shape.Name] = shape;
            }

            for (var i = 0; i < bound.Generated.Count; i++)
            {
                _positions[bound.Generated[i].Name] = i;
            }
        }

        public BoundModel Bound { get; }

        /// <summary>The shape file's name without extensions, made an identifier: it prefixes hint names.</summary>
        public string Stem => Bound.Stem;

        /// <summary>The class holding this file's run-time schema.</summary>
        public string SchemaClass => Bound.SchemaClass;

        public ServiceModel Model => Bound.Model;

        public string Namespace => Bound.Namespace;

        /// <summary>The operations generated, in model order.</summary>
        public EquatableArray<OperationSpec> Operations => Bound.Operations;

        /// <summary>Generated shapes in model order.</summary>
        public EquatableArray<ShapeSpec> Generated => Bound.Generated;

        public ShapeSpec Shape(string name) => _shapes[name];

        /// <summary>A generated shape's position in <see cref="Generated"/>, by which the encoding and generated code refer to it.</summary>
        public int Position(string name) => _positions[name];

        /// <summary>The C# type of a value of the shape, without nullability.</summary>
        public string TypeOf(string shapeName)
        {
            var shape = Shape(shapeName);
            switch (shape.Kind)
            {
                case SchemaKind.List:
                    return "global::System.Collections.Generic.IReadOnlyList<" + TypeOf(shape.ListMember!) + ">";
                case SchemaKind.Map:
                    return "global::System.Collections.Generic.IReadOnlyDictionary<string, " + TypeOf(shape.MapValue!) + ">";
                default:
                    return ScalarKind.TryGet(shape.Kind, out var scalar) && scalar.Type is not null ? scalar.Type : shape.TypeName;
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
                case SchemaKind.Structure:
                    return Rt + "JsonSupport.Read(\"{}\"u8, " + QualifiedTypeName(shape.Name) + ".ReadJson, response: true)";
                case SchemaKind.List:
                    return "global::System.Array.Empty<" + TypeOf(shape.ListMember!) + ">()";
                case SchemaKind.Map:
                    return "new global::System.Collections.Generic.Dictionary<string, " + TypeOf(shape.MapValue!) + ">()";
                default:
                    return ScalarKind.TryGet(shape.Kind, out var scalar)
                        ? ScalarKind.Wrap(this, shape, scalar.Zero)
                        : throw new InvalidOperationException("Unhandled shape kind " + shape.Kind);
            }
        }

        /// <summary>
        /// A generated type's name for expressions: qualified, because inside a record a member may
        /// carry the same name as a shape (SageMaker's <c>SearchExpression.NestedFilters</c>).
        /// </summary>
        public string QualifiedTypeName(string shapeName) => "global::" + Namespace + "." + Shape(shapeName).TypeName;

        public bool IsValueType(string shapeName) => ScalarKind.TryGet(Shape(shapeName).Kind, out var scalar) && scalar.IsValueType;

        /// <summary>
        /// The equality comparer expression for values of the shape; null when the default one
        /// already compares by value (strings, numbers, enums and generated records).
        /// </summary>
        public string? ComparerOf(string shapeName)
        {
            var shape = Shape(shapeName);
            switch (shape.Kind)
            {
                case SchemaKind.List:
                    return Rt + "ValueComparer.List<" + TypeOf(shape.ListMember!) + ">(" + ComparerOrDefault(shape.ListMember!) + ")";
                case SchemaKind.Map:
                    return Rt + "ValueComparer.Map<" + TypeOf(shape.MapValue!) + ">(" + ComparerOrDefault(shape.MapValue!) + ")";
                default:
                    return ScalarKind.TryGet(shape.Kind, out var scalar) ? scalar.Comparer : null;
            }
        }

        public string ComparerOrDefault(string shapeName) =>
            ComparerOf(shapeName) ?? "global::System.Collections.Generic.EqualityComparer<" + TypeOf(shapeName) + ">.Default";
    }
}
