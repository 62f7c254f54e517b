using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Model;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Pipeline
{
    /// <summary>
    /// Reduces the SDK types that correspond to a model's shapes to a <see cref="SdkSurface"/>, when the
    /// compilation references the service's SDK assembly. A property is kept only when its type matches
    /// its shape all the way down, so code written from the surface always compiles against the SDK.
    /// </summary>
    internal static class SdkSurfaceReader
    {
        /// <summary>The surface of the shapes the file generates (those the selected operations reach); null without the SDK assembly.</summary>
        public static SdkSurface? Read(BoundModel? bound, SdkReferences sdk, CancellationToken cancellationToken)
        {
            if (bound is null)
            {
                return null;
            }

            var model = bound.Model;

            var service = SdkNaming.Service(model.Metadata.ServiceId);
            var assemblyName = SdkNaming.Assembly(service);
            if (!sdk.Has(assemblyName))
            {
                return null;
            }

            var compilation = sdk.Reader();

            var shapes = model.Shapes.ToDictionary(s => s.Name);
            // Inputs are <Op>Request and outputs <Op>Response, whatever the model calls those shapes.
            var inputs = new HashSet<string>();
            var classNames = new Dictionary<string, string>();
            foreach (var operation in bound.Operations)
            {
                if (operation.Output is not null)
                {
                    classNames[operation.Output] = SdkNaming.Response(operation.Name);
                }
            }

            foreach (var operation in bound.Operations.Where(o => o.Input is not null))
            {
                inputs.Add(operation.Input!);
                classNames[operation.Input!] = SdkNaming.Request(operation.Name);
            }

            // Structures first, so a property of a structure type can be matched to the class found for its shape.
            var classes = new Dictionary<string, INamedTypeSymbol>();
            var enums = new List<SdkEnum>();
            var missingRequests = new List<string>();
            foreach (var shape in bound.Generated)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (shape.Kind == ShapeKind.Structure)
                {
                    var name = SdkNaming.ModelNamespace(service) + "." + (classNames.TryGetValue(shape.Name, out var className) ? className : shape.Name);
                    if (Find(compilation, name, assemblyName) is { } type && !IsException(type) && !type.IsAbstract
                        && type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public))
                    {
                        classes[shape.Name] = type;
                    }
                    else if (inputs.Contains(shape.Name))
                    {
                        missingRequests.Add(shape.Name);
                    }
                }
                else if (shape.Kind == ShapeKind.Enum
                    && Find(compilation, SdkNaming.Namespace(service) + "." + shape.Name, assemblyName) is { } type && DerivesFrom(type, SdkNaming.ConstantClass) && HasFindValue(type))
                {
                    enums.Add(ReadEnum(shape, type));
                }
            }

            var structures = new List<SdkStructure>();
            foreach (var shape in bound.Generated.Where(s => classes.ContainsKey(s.Name)))
            {
                var type = classes[shape.Name];
                var properties = new List<SdkProperty>();
                var missing = new List<string>();
                foreach (var member in shape.Members)
                {
                    var property = type.GetMembers(member.Name).OfType<IPropertySymbol>()
                        .FirstOrDefault(IsSettable);
                    if (property is not null && Matches(property.Type, shapes[member.Target], shapes, classes, 0, out var leaf) is { } kind)
                    {
                        properties.Add(new SdkProperty(member.Name, property.Name, kind, Qualified(property.Type), leaf.Kind, Qualified(leaf.Type)));
                    }
                    else
                    {
                        missing.Add(member.Name);
                    }
                }

                structures.Add(new SdkStructure(shape.Name, Qualified(type), properties.ToEquatableArray(), missing.ToEquatableArray(), Unmodeled(type, shape)));
            }

            var initializeCollections = compilation.GetTypeByMetadataName("Amazon.AWSConfigs")?.GetMembers("InitializeCollections").OfType<IPropertySymbol>().Any(p => p.IsStatic) ?? false;
            return new SdkSurface(service, structures.ToEquatableArray(), enums.ToEquatableArray(), missingRequests.ToEquatableArray(), initializeCollections);
        }

        /// <summary>
        /// Settable properties of the class (and its service's base classes) that no member names: members of an SDK
        /// newer than the shape file. The SDK's <c>Is&lt;X&gt;Set</c> flags beside a property X are not members.
        /// </summary>
        private static EquatableArray<string> Unmodeled(INamedTypeSymbol type, ShapeSpec shape)
        {
            var properties = new List<string>();
            for (var t = type; t is not null && SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, type.ContainingAssembly); t = t.BaseType)
            {
                properties.AddRange(t.GetMembers().OfType<IPropertySymbol>()
                    .Where(p => !p.IsIndexer && IsSettable(p))
                    .Select(p => p.Name));
            }

            var members = new HashSet<string>(shape.Members.Select(m => m.Name));
            var names = new HashSet<string>(properties);
            return properties
                .Where(p => !members.Contains(p) && !(p.StartsWith("Is", System.StringComparison.Ordinal) && p.EndsWith("Set", System.StringComparison.Ordinal) && names.Contains(p.Substring(2, p.Length - 5))))
                .Distinct()
                .OrderBy(p => p, System.StringComparer.Ordinal)
                .ToEquatableArray();
        }

        /// <summary>The enum's values against the class's static fields of its own type, matched by the SDK's field naming.</summary>
        private static SdkEnum ReadEnum(ShapeSpec shape, INamedTypeSymbol type)
        {
            var fields = new HashSet<string>(type.GetMembers().OfType<IFieldSymbol>()
                .Where(f => f.IsStatic && f.DeclaredAccessibility == Accessibility.Public && SymbolEqualityComparer.Default.Equals(f.Type, type))
                .Select(f => f.Name));
            var named = new HashSet<string>(shape.EnumValues.Select(Analyzers.AwsSdkTypeMapping.FieldName));
            var missing = shape.EnumValues.Where(v => !fields.Contains(Analyzers.AwsSdkTypeMapping.FieldName(v))).ToEquatableArray();
            var unmodeled = fields.Where(f => !named.Contains(f)).OrderBy(f => f, System.StringComparer.Ordinal).ToEquatableArray();
            return new SdkEnum(shape.Name, Qualified(type), missing, unmodeled);
        }

        private static INamedTypeSymbol? Find(Compilation compilation, string metadataName, string assemblyName) =>
            compilation.GetTypeByMetadataName(metadataName) is { } type
                && type.ContainingAssembly.Name == assemblyName
                && type.DeclaredAccessibility == Accessibility.Public
                ? type
                : null;

        /// <summary>What an SDK type holds when it matches the shape (nested lists and maps included); null otherwise.</summary>
        private static SdkValueKind? Matches(ITypeSymbol type, ShapeSpec shape, Dictionary<string, ShapeSpec> shapes, Dictionary<string, INamedTypeSymbol> classes, int depth, out (SdkValueKind Kind, ITypeSymbol Type) leaf)
        {
            leaf = default;
            if (depth > 8)
            {
                return null;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                if (depth > 0)
                {
                    // Items are never null on the wire, and conversions build lists of the plain type.
                    return null;
                }

                type = nullable.TypeArguments[0];
            }

            var kind = MatchesKind(type, shape, shapes, classes, depth, out leaf);
            if (kind is { } scalar && scalar is not (SdkValueKind.List or SdkValueKind.Map))
            {
                leaf = (scalar, type);
            }

            return kind;
        }

        private static SdkValueKind? MatchesKind(ITypeSymbol type, ShapeSpec shape, Dictionary<string, ShapeSpec> shapes, Dictionary<string, INamedTypeSymbol> classes, int depth, out (SdkValueKind Kind, ITypeSymbol Type) leaf)
        {
            leaf = default;
            var special = type.SpecialType;
            switch (shape.Kind)
            {
                case ShapeKind.String:
                    return special == SpecialType.System_String ? SdkValueKind.String : null;
                case ShapeKind.Enum:
                    return special == SpecialType.System_String ? SdkValueKind.String
                        : DerivesFrom(type, SdkNaming.ConstantClass) && HasFindValue(type) ? SdkValueKind.Constant
                        : null;
                case ShapeKind.Integer:
                    return special == SpecialType.System_Int32 ? SdkValueKind.Integer : special == SpecialType.System_Int64 ? SdkValueKind.Long : null;
                case ShapeKind.Long:
                    return special == SpecialType.System_Int64 ? SdkValueKind.Long : null;
                case ShapeKind.Float:
                case ShapeKind.Double:
                    return special == SpecialType.System_Single ? SdkValueKind.Float : special == SpecialType.System_Double ? SdkValueKind.Double : null;
                case ShapeKind.Boolean:
                    return special == SpecialType.System_Boolean ? SdkValueKind.Boolean : null;
                case ShapeKind.Timestamp:
                    return special == SpecialType.System_DateTime ? SdkValueKind.DateTime : null;
                case ShapeKind.Blob:
                    return type.ToDisplayString() == "System.IO.MemoryStream" ? SdkValueKind.Stream : null;
                case ShapeKind.List:
                    return type is INamedTypeSymbol { Arity: 1 } list
                        && list.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>"
                        && Matches(list.TypeArguments[0], shapes[shape.ListMember!], shapes, classes, depth + 1, out leaf) is not null
                        ? SdkValueKind.List
                        : null;
                case ShapeKind.Map:
                    return type is INamedTypeSymbol { Arity: 2 } map
                        && map.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.Dictionary<TKey, TValue>"
                        && map.TypeArguments[0].SpecialType == SpecialType.System_String
                        && Matches(map.TypeArguments[1], shapes[shape.MapValue!], shapes, classes, depth + 1, out leaf) is not null
                        ? SdkValueKind.Map
                        : null;
                case ShapeKind.Structure:
                    return classes.TryGetValue(shape.Name, out var structure) && SymbolEqualityComparer.Default.Equals(structure, type) ? SdkValueKind.Structure : null;
                default:
                    // Documents have no SDK form the runtime reads: such members are left out.
                    return null;
            }
        }

        private static bool DerivesFrom(ITypeSymbol type, string baseName)
        {
            for (var t = type.BaseType; t is not null; t = t.BaseType)
            {
                if (t.ToDisplayString() == baseName)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The SDK's <c>static T FindValue(string)</c>, by which conversions get a value's constant.</summary>
        private static bool HasFindValue(ITypeSymbol type) =>
            type.GetMembers("FindValue").OfType<IMethodSymbol>().Any(m => m.IsStatic && m.DeclaredAccessibility == Accessibility.Public
                && m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_String
                && SymbolEqualityComparer.Default.Equals(m.ReturnType, type));

        /// <summary>A public instance property with a public getter and setter, as the SDK's members are and conversions need.</summary>
        private static bool IsSettable(IPropertySymbol property) =>
            !property.IsStatic && property.DeclaredAccessibility == Accessibility.Public
            && property.GetMethod?.DeclaredAccessibility == Accessibility.Public && property.SetMethod?.DeclaredAccessibility == Accessibility.Public;

        private static bool IsException(ITypeSymbol type) => DerivesFrom(type, "System.Exception");

        private static string Qualified(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }
}
