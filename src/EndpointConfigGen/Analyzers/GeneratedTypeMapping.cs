using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// How one family of C# types stands for model shapes: which shape a type is, which member a property is,
    /// which value an enum's static member is. <see cref="ModelLookup"/> asks each mapping in turn and caches.
    /// </summary>
    internal interface IShapeMapping
    {
        /// <summary>The type's shape (a structure or enum), or null when the type is not of this family.</summary>
        TypeSchema? Shape(INamedTypeSymbol type);

        /// <summary>The member a property of a structure of this family stands for, or null.</summary>
        SchemaMember? Member(TypeSchema owner, IPropertySymbol property);

        /// <summary>The wire value of an enum's static member, or null.</summary>
        string? EnumValue(IFieldSymbol field);
    }

    /// <summary>
    /// Our generated types: a structure or enum by its assembly and full name (the namespace of its
    /// <c>[assembly: AwsModel]</c> and the C# name in the encoding), a property by its C# name in the encoding.
    /// </summary>
    internal sealed class GeneratedTypeMapping : IShapeMapping
    {
        // A code fix asks for every static field of an enum: the names are computed once per shape.
        private readonly ConcurrentDictionary<SchemaShape, List<string>> _valueNames = new ConcurrentDictionary<SchemaShape, List<string>>();
        private readonly Dictionary<IAssemblySymbol, Dictionary<string, TypeSchema>> _types = new Dictionary<IAssemblySymbol, Dictionary<string, TypeSchema>>(SymbolEqualityComparer.Default);

        /// <summary>Adds one shape file's model, generated into <paramref name="assembly"/> under <paramref name="ns"/>.</summary>
        public void Add(IAssemblySymbol assembly, string ns, SchemaModel model, ISet<SchemaShape> operationInputs)
        {
            if (!_types.TryGetValue(assembly, out var byName))
            {
                byName = new Dictionary<string, TypeSchema>(StringComparer.Ordinal);
                _types.Add(assembly, byName);
            }

            foreach (var shape in model.Shapes)
            {
                if (shape.TypeName is { } typeName)
                {
                    byName[ns + "." + typeName] = new TypeSchema(model, shape, operationInputs.Contains(shape));
                }
            }
        }

        /// <summary>A shape of a model added from <paramref name="assembly"/> under <paramref name="ns"/>.</summary>
        public TypeSchema? Shape(IAssemblySymbol assembly, string ns, SchemaShape shape) =>
            _types.TryGetValue(assembly, out var byName) && byName.TryGetValue(ns + "." + shape.TypeName, out var schema) ? schema : null;

        public TypeSchema? Shape(INamedTypeSymbol type)
        {
            if (type.ContainingType is not null
                || type.ContainingAssembly is not { } assembly
                || !_types.TryGetValue(assembly, out var byName)
                || !byName.TryGetValue(type.ContainingNamespace.ToDisplayString() + "." + type.Name, out var schema))
            {
                return null;
            }

            // Structures are records (classes), enums value types: anything else of the name is not ours.
            var expected = schema.Shape.Kind == SchemaKind.Structure ? TypeKind.Class : TypeKind.Struct;
            return type.TypeKind == expected ? schema : null;
        }

        public SchemaMember? Member(TypeSchema owner, IPropertySymbol property)
        {
            foreach (var member in owner.Shape.Members)
            {
                if (member.Property == property.Name)
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>The value whose member name, as the binder names values (<see cref="Naming.EnumValueNames"/>), is the field's.</summary>
        public string? EnumValue(IFieldSymbol field)
        {
            if (!field.IsStatic || Shape(field.ContainingType) is not { } schema)
            {
                return null;
            }

            var values = schema.Shape.EnumValues;
            var names = _valueNames.GetOrAdd(schema.Shape, shape => Naming.EnumValueNames(shape.EnumValues, shape.TypeName ?? shape.Name));
            var index = names.IndexOf(field.Name);
            return index < 0 ? null : values[index];
        }
    }
}
