using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using EndpointConfigGen.Binding;
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
    /// and in referenced assemblies, decoded once per distinct text (<see cref="ModelCache"/>); each family of
    /// types that stands for shapes (ours, the AWS SDK's) is an <see cref="IShapeMapping"/>. Answers are cached per symbol: every
    /// creation, assignment and parse call asks.
    /// </summary>
    internal sealed class ModelLookup
    {
        private readonly IShapeMapping[] _mappings;
        private readonly AwsSdkTypeMapping _sdk;
        private readonly ConcurrentDictionary<ITypeSymbol, TypeSchema?> _byType = new ConcurrentDictionary<ITypeSymbol, TypeSchema?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IPropertySymbol, SchemaMember?> _byProperty = new ConcurrentDictionary<IPropertySymbol, SchemaMember?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IFieldSymbol, string?> _enumValues = new ConcurrentDictionary<IFieldSymbol, string?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, TypeSchema?> _byMethod = new ConcurrentDictionary<IMethodSymbol, TypeSchema?>(SymbolEqualityComparer.Default);

        private ModelLookup(GeneratedTypeMapping generated, AwsSdkTypeMapping sdk, IReadOnlyDictionary<string, TypeSchema> operationInputs)
        {
            _mappings = [generated, sdk];
            _sdk = sdk;
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

            var generated = new GeneratedTypeMapping();
            var sdk = new AwsSdkTypeMapping();
            var referencedAssemblies = compilation.SourceModule.ReferencedAssemblySymbols;
            var inputs = new SortedDictionary<string, TypeSchema>(StringComparer.Ordinal);
            var found = Add(generated, sdk, referencedAssemblies, compilation.Assembly, attribute, inputs);
            var runtime = attribute.ContainingAssembly.Identity.Name;
            foreach (var referenced in referencedAssemblies)
            {
                // Only assemblies built against the runtime can carry models; the rest are not asked for attributes.
                if (References(referenced, runtime))
                {
                    found |= Add(generated, sdk, referencedAssemblies, referenced, attribute, null);
                }
            }

            return found ? new ModelLookup(generated, sdk, inputs) : null;
        }

        /// <summary>The shape of a structure or enum, or null for any other type.</summary>
        public TypeSchema? Shape(ITypeSymbol? type) =>
            type is null ? null : _byType.TryGetValue(type, out var known) ? known : _byType.GetOrAdd(type, Find(type));

        /// <summary>The schema of a structure, or null for any other type.</summary>
        public TypeSchema? Get(ITypeSymbol? type) => Shape(type) is { Shape.Kind: SchemaKind.Structure } schema ? schema : null;

        public bool IsStructure(ITypeSymbol? type) => Get(type) is not null;

        public bool IsEnum(ITypeSymbol? type) => Shape(type) is { Shape.Kind: SchemaKind.Enum };

        /// <summary>The member a structure's property stands for, or null.</summary>
        public SchemaMember? Member(IPropertySymbol property) =>
            _byProperty.TryGetValue(property, out var known) ? known : _byProperty.GetOrAdd(property, FindMember(property));

        /// <summary>
        /// The member a constructor or convenience method parameter sets: the SDK names parameters as the members,
        /// in camel case (<see cref="SdkNaming.Parameter"/>). Null for any other parameter.
        /// </summary>
        public static SchemaMember? Parameter(IParameterSymbol parameter, SchemaShape owner)
        {
            foreach (var member in owner.Members)
            {
                if (SdkNaming.Parameter(member.Name) == parameter.Name)
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>The input of the operation an AWS SDK client method sends (a convenience overload's arguments are its members), or null.</summary>
        public TypeSchema? ClientOperation(IMethodSymbol method) =>
            !_sdk.IsSdkAssembly(method.ContainingAssembly) ? null
            : _byMethod.TryGetValue(method, out var known) ? known
            : _byMethod.GetOrAdd(method, _sdk.ClientOperation(method));

        /// <summary>The wire value of an enum's static member, or null.</summary>
        public string? EnumValue(IFieldSymbol field) =>
            _enumValues.TryGetValue(field, out var value) ? value : _enumValues.GetOrAdd(field, FindEnumValue(field));

        private TypeSchema? Find(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol named)
            {
                foreach (var mapping in _mappings)
                {
                    if (mapping.Shape(named) is { } schema)
                    {
                        return schema;
                    }
                }
            }

            return null;
        }

        private SchemaMember? FindMember(IPropertySymbol property)
        {
            if (Get(property.ContainingType) is { } owner)
            {
                foreach (var mapping in _mappings)
                {
                    if (mapping.Member(owner, property) is { } member)
                    {
                        return member;
                    }
                }
            }

            return null;
        }

        private string? FindEnumValue(IFieldSymbol field)
        {
            if (IsEnum(field.ContainingType))
            {
                foreach (var mapping in _mappings)
                {
                    if (mapping.EnumValue(field) is { } value)
                    {
                        return value;
                    }
                }
            }

            return null;
        }

        /// <summary>Adds the assembly's models to the mappings (the SDK's when its service's SDK is referenced); true when it has one.</summary>
        private static bool Add(
            GeneratedTypeMapping mapping,
            AwsSdkTypeMapping sdk,
            IEnumerable<IAssemblySymbol> referenced,
            IAssemblySymbol assembly,
            INamedTypeSymbol attribute,
            IDictionary<string, TypeSchema>? inputs)
        {
            var found = false;
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

                mapping.Add(assembly, ns, model, inputShapes);
                sdk.Add(referenced, model);
                found = true;
                foreach (var operation in model.Operations)
                {
                    if (inputs is not null && operation.Input is not null && mapping.Shape(assembly, ns, operation.Input) is { } input)
                    {
                        inputs[operation.Name] = input;
                    }
                }
            }

            return found;
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
    }
}
