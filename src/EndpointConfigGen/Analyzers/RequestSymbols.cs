using System.Collections.Concurrent;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// The symbols the analyzers recognise generated code by, looked up once per compilation. The facts
    /// read from attributes are cached per symbol: every object creation, member assignment and parse
    /// call asks them, mostly about the same few generated types and properties.
    /// </summary>
    internal sealed class RequestSymbols
    {
        private readonly ConcurrentDictionary<ITypeSymbol, string?> _shapeNames = new ConcurrentDictionary<ITypeSymbol, string?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IPropertySymbol, string?> _memberNames = new ConcurrentDictionary<IPropertySymbol, string?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IFieldSymbol, string?> _enumValues = new ConcurrentDictionary<IFieldSymbol, string?>(SymbolEqualityComparer.Default);

        private RequestSymbols(Compilation compilation, INamedTypeSymbol shape, INamedTypeSymbol member)
        {
            AwsShape = shape;
            AwsMember = member;
            AwsRule = compilation.GetTypeByMetadataName(typeof(AwsRuleAttribute).FullName!);
            AwsOperationInput = compilation.GetTypeByMetadataName(typeof(AwsOperationInputAttribute).FullName!);
            ReadOnlyList = compilation.GetTypeByMetadataName(typeof(System.Collections.Generic.IReadOnlyList<>).FullName!);
            ReadOnlyDictionary = compilation.GetTypeByMetadataName(typeof(System.Collections.Generic.IReadOnlyDictionary<,>).FullName!);
        }

        public INamedTypeSymbol AwsShape { get; }

        public INamedTypeSymbol AwsMember { get; }

        public INamedTypeSymbol? AwsRule { get; }

        public INamedTypeSymbol? AwsOperationInput { get; }

        public INamedTypeSymbol? ReadOnlyList { get; }

        public INamedTypeSymbol? ReadOnlyDictionary { get; }

        /// <summary>Null when the compilation has no generated models (nothing to analyze).</summary>
        public static RequestSymbols? Create(Compilation compilation)
        {
            var shape = compilation.GetTypeByMetadataName(typeof(AwsShapeAttribute).FullName!);
            var member = compilation.GetTypeByMetadataName(typeof(AwsMemberAttribute).FullName!);
            return shape is null || member is null ? null : new RequestSymbols(compilation, shape, member);
        }

        public AttributeData? Find(ISymbol symbol, INamedTypeSymbol? attribute)
        {
            if (attribute is null)
            {
                return null;
            }

            foreach (var data in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return data;
                }
            }

            return null;
        }

        /// <summary>The model shape name of a generated structure or enum type, or null.</summary>
        public string? ShapeName(ITypeSymbol? type) =>
            type is null ? null : _shapeNames.TryGetValue(type, out var name) ? name : _shapeNames.GetOrAdd(type, OnlyArgument(Find(type, AwsShape)));

        /// <summary>True for a generated structure (a record with <c>[AwsShape]</c>).</summary>
        public bool IsStructure(ITypeSymbol? type) => type is { TypeKind: TypeKind.Class } && ShapeName(type) is not null;

        /// <summary>True for a generated enum (a struct with <c>[AwsShape]</c>).</summary>
        public bool IsEnum(ITypeSymbol? type) => type is { TypeKind: TypeKind.Struct } && ShapeName(type) is not null;

        /// <summary>The <c>[AwsMember]</c> wire name of a generated property, or null.</summary>
        public string? MemberName(IPropertySymbol property) =>
            _memberNames.TryGetValue(property, out var name) ? name : _memberNames.GetOrAdd(property, OnlyArgument(Find(property, AwsMember)));

        /// <summary>The wire value of a generated enum's static member: the <c>Values</c> constant of the same name, or null.</summary>
        public string? EnumValue(IFieldSymbol field) =>
            _enumValues.TryGetValue(field, out var value) ? value : _enumValues.GetOrAdd(field, ValuesConstant(field));

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

        private static string? OnlyArgument(AttributeData? data) =>
            data?.ConstructorArguments is { Length: 1 } args ? args[0].Value as string : null;
    }
}
