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
            var requests = new Dictionary<string, string>();
            foreach (var operation in bound.Operations.Where(o => o.Input is not null))
            {
                requests[operation.Input!] = SdkNaming.Request(operation.Name);
            }

            // Structures first, so a property of a structure type can be matched to the class found for its shape.
            var classes = new Dictionary<string, INamedTypeSymbol>();
            var enums = new List<SdkEnum>();
            foreach (var shape in bound.Generated)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (shape.Kind == ShapeKind.Structure)
                {
                    var name = SdkNaming.ModelNamespace(service) + "." + (requests.TryGetValue(shape.Name, out var request) ? request : shape.Name);
                    if (Find(compilation, name, assemblyName) is { } type && !IsException(type))
                    {
                        classes[shape.Name] = type;
                    }
                }
                else if (shape.Kind == ShapeKind.Enum
                    && Find(compilation, SdkNaming.Namespace(service) + "." + shape.Name, assemblyName) is { } type && DerivesFrom(type, SdkNaming.ConstantClass))
                {
                    enums.Add(new SdkEnum(shape.Name, Qualified(type)));
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
                        .FirstOrDefault(p => !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public && p.GetMethod is not null && p.SetMethod is not null);
                    if (property is not null && Matches(property.Type, shapes[member.Target], shapes, classes, 0) is { } kind)
                    {
                        properties.Add(new SdkProperty(member.Name, property.Name, kind, Qualified(property.Type)));
                    }
                    else
                    {
                        missing.Add(member.Name);
                    }
                }

                structures.Add(new SdkStructure(shape.Name, Qualified(type), properties.ToEquatableArray(), missing.ToEquatableArray()));
            }

            return new SdkSurface(service, structures.ToEquatableArray(), enums.ToEquatableArray());
        }

        private static INamedTypeSymbol? Find(Compilation compilation, string metadataName, string assemblyName) =>
            compilation.GetTypeByMetadataName(metadataName) is { } type
                && type.ContainingAssembly.Name == assemblyName
                && type.DeclaredAccessibility == Accessibility.Public
                ? type
                : null;

        /// <summary>What an SDK type holds when it matches the shape (nested lists and maps included); null otherwise.</summary>
        private static SdkValueKind? Matches(ITypeSymbol type, ShapeSpec shape, Dictionary<string, ShapeSpec> shapes, Dictionary<string, INamedTypeSymbol> classes, int depth)
        {
            if (depth > 8)
            {
                return null;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            var special = type.SpecialType;
            switch (shape.Kind)
            {
                case ShapeKind.String:
                    return special == SpecialType.System_String ? SdkValueKind.String : null;
                case ShapeKind.Enum:
                    return special == SpecialType.System_String ? SdkValueKind.String
                        : DerivesFrom(type, SdkNaming.ConstantClass) ? SdkValueKind.Constant
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
                        && Matches(list.TypeArguments[0], shapes[shape.ListMember!], shapes, classes, depth + 1) is not null
                        ? SdkValueKind.List
                        : null;
                case ShapeKind.Map:
                    return type is INamedTypeSymbol { Arity: 2 } map
                        && map.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.Dictionary<TKey, TValue>"
                        && map.TypeArguments[0].SpecialType == SpecialType.System_String
                        && Matches(map.TypeArguments[1], shapes[shape.MapValue!], shapes, classes, depth + 1) is not null
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

        private static bool IsException(ITypeSymbol type) => DerivesFrom(type, "System.Exception");

        private static string Qualified(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }
}
