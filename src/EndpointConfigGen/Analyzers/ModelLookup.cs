using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>A type's shape in its decoded model, with what the validator needs beside it.</summary>
    internal sealed class TypeSchema
    {
        public TypeSchema(SchemaModel model, SchemaShape shape, bool isOperationInput)
        {
            Model = model;
            Shape = shape;
            IsOperationInput = isOperationInput;
        }

        public SchemaModel Model { get; }

        public SchemaShape Shape { get; }

        /// <summary>The operation rules of the type's model; they apply by shape name.</summary>
        public IReadOnlyList<OperationRules> Rules => Model.Rules;

        /// <summary>True for an operation's input, which botocore's messages call <c>input</c>.</summary>
        public bool IsOperationInput { get; }
    }

    /// <summary>
    /// Where the analyzers see the models: types to shapes and properties to members, one per compilation.
    /// Each shape file's model comes from its <c>[assembly: AwsModel]</c>, in the compilation (generator output)
    /// and in referenced assemblies; a generated type is found by its full name, a property by its C# name, as
    /// the encoding records them. Answers are cached per symbol: every creation, assignment and parse call asks.
    /// </summary>
    internal sealed class ModelLookup
    {
        private readonly Dictionary<IAssemblySymbol, Dictionary<string, TypeSchema>> _types;
        private readonly ConcurrentDictionary<ITypeSymbol, TypeSchema?> _byType = new ConcurrentDictionary<ITypeSymbol, TypeSchema?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IPropertySymbol, SchemaMember?> _byProperty = new ConcurrentDictionary<IPropertySymbol, SchemaMember?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IFieldSymbol, string?> _enumValues = new ConcurrentDictionary<IFieldSymbol, string?>(SymbolEqualityComparer.Default);

        private ModelLookup(Dictionary<IAssemblySymbol, Dictionary<string, TypeSchema>> types, IReadOnlyDictionary<string, TypeSchema> operationInputs)
        {
            _types = types;
            OperationInputs = operationInputs;
        }

        /// <summary>The operation inputs of the compilation's own models, by operation name (request files name them).</summary>
        public IReadOnlyDictionary<string, TypeSchema> OperationInputs { get; }

        /// <summary>Null when no model is in sight (nothing to analyze).</summary>
        public static ModelLookup? Create(Compilation compilation)
        {
            if (compilation.GetTypeByMetadataName(typeof(AwsModelAttribute).FullName!) is not { } attribute)
            {
                return null;
            }

            var types = new Dictionary<IAssemblySymbol, Dictionary<string, TypeSchema>>(SymbolEqualityComparer.Default);
            var inputs = new SortedDictionary<string, TypeSchema>(StringComparer.Ordinal);
            Add(types, compilation.Assembly, attribute, inputs);
            var runtime = attribute.ContainingAssembly.Identity.Name;
            foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                // Only assemblies built against the runtime can carry models; the rest are not asked for attributes.
                if (References(referenced, runtime))
                {
                    Add(types, referenced, attribute, null);
                }
            }

            return types.Count == 0 ? null : new ModelLookup(types, inputs);
        }

        /// <summary>The shape of a generated structure or enum, or null for any other type.</summary>
        public TypeSchema? Shape(ITypeSymbol? type) =>
            type is null ? null : _byType.TryGetValue(type, out var known) ? known : _byType.GetOrAdd(type, Find(type));

        /// <summary>The schema of a generated structure, or null for any other type.</summary>
        public TypeSchema? Get(ITypeSymbol? type) => Shape(type) is { Shape.Kind: SchemaKind.Structure } schema ? schema : null;

        public bool IsStructure(ITypeSymbol? type) => Get(type) is not null;

        public bool IsEnum(ITypeSymbol? type) => Shape(type) is { Shape.Kind: SchemaKind.Enum };

        /// <summary>The member a generated property stands for, or null.</summary>
        public SchemaMember? Member(IPropertySymbol property) =>
            _byProperty.TryGetValue(property, out var known) ? known : _byProperty.GetOrAdd(property, FindMember(property));

        /// <summary>The wire value of a generated enum's static member: the <c>Values</c> constant of the same name, or null.</summary>
        public string? EnumValue(IFieldSymbol field) =>
            _enumValues.TryGetValue(field, out var value) ? value : _enumValues.GetOrAdd(field, ValuesConstant(field));

        private TypeSchema? Find(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol { ContainingType: null } named
                || named.ContainingAssembly is not { } assembly
                || !_types.TryGetValue(assembly, out var byName)
                || !byName.TryGetValue(named.ContainingNamespace.ToDisplayString() + "." + named.Name, out var schema))
            {
                return null;
            }

            // Structures are records (classes), enums value types: anything else of the name is not ours.
            var expected = schema.Shape.Kind == SchemaKind.Structure ? TypeKind.Class : TypeKind.Struct;
            return named.TypeKind == expected ? schema : null;
        }

        private SchemaMember? FindMember(IPropertySymbol property)
        {
            if (Get(property.ContainingType) is not { } owner)
            {
                return null;
            }

            foreach (var member in owner.Shape.Members)
            {
                if (member.Property == property.Name)
                {
                    return member;
                }
            }

            return null;
        }

        private static void Add(Dictionary<IAssemblySymbol, Dictionary<string, TypeSchema>> types, IAssemblySymbol assembly, INamedTypeSymbol attribute, IDictionary<string, TypeSchema>? inputs)
        {
            foreach (var data in assembly.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)
                    || data.ConstructorArguments is not { Length: 2 } args
                    || args[0].Value is not string ns
                    || args[1].Value is not string encoded
                    || ModelCache.Get(encoded) is not { } model)
                {
                    continue;
                }

                var inputShapes = new HashSet<SchemaShape>();
                foreach (var operation in model.Operations)
                {
                    if (operation.Input is not null)
                    {
                        inputShapes.Add(operation.Input);
                    }
                }

                if (!types.TryGetValue(assembly, out var byName))
                {
                    byName = new Dictionary<string, TypeSchema>(StringComparer.Ordinal);
                    types.Add(assembly, byName);
                }

                foreach (var shape in model.Shapes)
                {
                    if (shape.TypeName is { } typeName)
                    {
                        byName[ns + "." + typeName] = new TypeSchema(model, shape, inputShapes.Contains(shape));
                    }
                }

                foreach (var operation in model.Operations)
                {
                    if (inputs is not null && operation.Input is not null)
                    {
                        inputs[operation.Name] = byName[ns + "." + operation.Input.TypeName];
                    }
                }
            }
        }

        private static bool References(IAssemblySymbol assembly, string name)
        {
            foreach (var module in assembly.Modules)
            {
                foreach (var identity in module.ReferencedAssemblies)
                {
                    if (identity.Name == name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static string? ValuesConstant(IFieldSymbol field)
        {
            foreach (var nested in field.ContainingType.GetTypeMembers("Values"))
            {
                foreach (var member in nested.GetMembers(field.Name))
                {
                    if (member is IFieldSymbol { IsConst: true, ConstantValue: string known })
                    {
                        return known;
                    }
                }
            }

            return null;
        }
    }
}
