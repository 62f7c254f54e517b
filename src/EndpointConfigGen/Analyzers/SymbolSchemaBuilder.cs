using System.Collections.Concurrent;
using System.Collections.Generic;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>A generated type's run-time schema and the operation rules of every structure it reaches.</summary>
    internal sealed class TypeSchema
    {
        public TypeSchema(SchemaShape shape, IReadOnlyList<OperationRules> rules)
        {
            Shape = shape;
            Rules = rules;
        }

        public SchemaShape Shape { get; }

        public IReadOnlyList<OperationRules> Rules { get; }
    }

    /// <summary>
    /// Rebuilds from the generated types' symbols (<c>[AwsShape]</c>, <c>[AwsMember]</c>, <c>[AwsRule]</c>,
    /// property types, enum <c>Values</c> constants) the same <see cref="SchemaShape"/> graph the generated
    /// schema class builds at run time, so the validator sees identical data. One per compilation;
    /// structures and enums are built once and shared, which also ties recursive shapes.
    /// </summary>
    internal sealed class SymbolSchemaBuilder
    {
        private readonly RequestSymbols _symbols;
        private readonly object _gate = new object();
        private readonly Dictionary<ITypeSymbol, SchemaShape> _named = new Dictionary<ITypeSymbol, SchemaShape>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, TypeSchema> _schemas = new ConcurrentDictionary<ITypeSymbol, TypeSchema>(SymbolEqualityComparer.Default);
        private readonly List<OperationRules> _rules = new List<OperationRules>();

        public SymbolSchemaBuilder(RequestSymbols symbols)
        {
            _symbols = symbols;
        }

        public RequestSymbols Symbols => _symbols;

        /// <summary>The schema of a generated structure, or null for any other type.</summary>
        public TypeSchema? Get(ITypeSymbol type)
        {
            if (!_symbols.IsStructure(type))
            {
                return null;
            }

            // Read without the lock: it is asked for every request and parse call, from concurrent callbacks.
            if (_schemas.TryGetValue(type, out var known))
            {
                return known;
            }

            lock (_gate)
            {
                if (!_schemas.TryGetValue(type, out var schema))
                {
                    var shape = Named(type);
                    // Rules are applied by shape name, so every rule seen so far may go along: the
                    // reachable structures' rules are among them because the graph was just built.
                    schema = new TypeSchema(shape, _rules.ToArray());
                    _schemas[type] = schema;
                }

                return schema;
            }
        }

        private SchemaShape Named(ITypeSymbol type)
        {
            if (_named.TryGetValue(type, out var known))
            {
                return known;
            }

            var name = _symbols.ShapeName(type)!;
            if (type.TypeKind == TypeKind.Struct)
            {
                var shape = new SchemaShape(name, SchemaKind.Enum) { EnumValues = EnumValues(type) };
                _named.Add(type, shape);
                return shape;
            }

            var structure = new SchemaShape(name, SchemaKind.Structure);
            _named.Add(type, structure);
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol property && _symbols.Find(property, _symbols.AwsMember) is { } data)
                {
                    var wire = (string)data.ConstructorArguments[0].Value!;
                    structure.Add(wire, MemberShape(property.Type, data), Named(data, nameof(AwsMemberAttribute.Required)) is true);
                }
            }

            var rules = RuleAttributeReader.Read(_symbols, type, name);
            if (rules is not null)
            {
                _rules.Add(rules);
            }

            return structure;
        }

        /// <summary>The member's target shape: the type gives the kind, the attribute the name and bounds.</summary>
        private SchemaShape MemberShape(ITypeSymbol type, AttributeData data)
        {
            var shape = Of(type, Named(data, nameof(AwsMemberAttribute.Shape)) as string ?? string.Empty);
            if (shape.Kind != SchemaKind.Structure && shape.Kind != SchemaKind.Enum)
            {
                shape.Min = Named(data, nameof(AwsMemberAttribute.Min)) as string;
                shape.Max = Named(data, nameof(AwsMemberAttribute.Max)) as string;
                shape.Pattern = Named(data, nameof(AwsMemberAttribute.Pattern)) as string;

                // Scalar items of a list or map values: built fresh per member by Of, so setting them is safe.
                var item = shape.Kind == SchemaKind.List ? shape.Item : shape.Kind == SchemaKind.Map ? shape.Value : null;
                if (item is not null && item.Kind != SchemaKind.Structure && item.Kind != SchemaKind.Enum && item.Kind != SchemaKind.List && item.Kind != SchemaKind.Map)
                {
                    item.Min = Named(data, nameof(AwsMemberAttribute.ItemMin)) as string;
                    item.Max = Named(data, nameof(AwsMemberAttribute.ItemMax)) as string;
                    item.Pattern = Named(data, nameof(AwsMemberAttribute.ItemPattern)) as string;
                }
            }
            else if (shape.Kind == SchemaKind.Enum && (Named(data, nameof(AwsMemberAttribute.Min)) is not null || Named(data, nameof(AwsMemberAttribute.Max)) is not null || Named(data, nameof(AwsMemberAttribute.Pattern)) is not null))
            {
                // An enum shape with bounds: a copy, so the shared enum shape stays bound-free.
                shape = new SchemaShape(shape.Name, SchemaKind.Enum)
                {
                    EnumValues = shape.EnumValues,
                    Min = Named(data, nameof(AwsMemberAttribute.Min)) as string,
                    Max = Named(data, nameof(AwsMemberAttribute.Max)) as string,
                    Pattern = Named(data, nameof(AwsMemberAttribute.Pattern)) as string,
                };
            }

            return shape;
        }

        private SchemaShape Of(ITypeSymbol type, string name)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (_symbols.ShapeName(type) is not null)
            {
                return Named(type);
            }

            if (type is INamedTypeSymbol { IsGenericType: true } generic)
            {
                var definition = generic.OriginalDefinition;
                if (SymbolEqualityComparer.Default.Equals(definition, _symbols.ReadOnlyList))
                {
                    return new SchemaShape(name, SchemaKind.List) { Item = Of(generic.TypeArguments[0], name + ".member") };
                }

                if (SymbolEqualityComparer.Default.Equals(definition, _symbols.ReadOnlyDictionary))
                {
                    return new SchemaShape(name, SchemaKind.Map)
                    {
                        Key = new SchemaShape(name + ".key", SchemaKind.String),
                        Value = Of(generic.TypeArguments[1], name + ".value"),
                    };
                }
            }

            return new SchemaShape(name, ScalarKind(type));
        }

        private static SchemaKind ScalarKind(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String: return SchemaKind.String;
                case SpecialType.System_Int32: return SchemaKind.Integer;
                case SpecialType.System_Int64: return SchemaKind.Long;
                case SpecialType.System_Double: return SchemaKind.Double;
                case SpecialType.System_Boolean: return SchemaKind.Boolean;
            }

            switch (type.Name)
            {
                case "DateTimeOffset": return SchemaKind.Timestamp;
                case "ReadOnlyMemory": return SchemaKind.Blob;
                default: return SchemaKind.Document;
            }
        }

        /// <summary>The <c>Values</c> constants of a generated enum, in declaration (= model) order.</summary>
        private static IReadOnlyList<string> EnumValues(ITypeSymbol type)
        {
            var values = new List<string>();
            foreach (var nested in type.GetTypeMembers("Values"))
            {
                foreach (var member in nested.GetMembers())
                {
                    if (member is IFieldSymbol { IsConst: true, ConstantValue: string value })
                    {
                        values.Add(value);
                    }
                }
            }

            return values;
        }

        private static object? Named(AttributeData data, string name)
        {
            foreach (var pair in data.NamedArguments)
            {
                if (pair.Key == name)
                {
                    return pair.Value.Value;
                }
            }

            return null;
        }
    }
}
