using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>What an analyzer passes to the code fixes in <see cref="Diagnostic.Properties"/>.</summary>
    internal static class FixData
    {
        /// <summary>The closest known values, best first, one per line.</summary>
        public const string Suggestions = "Suggestions";

        /// <summary>For each suggestion, the C# expression of the generated static member, one per line.</summary>
        public const string Members = "Members";

        /// <summary>Present when the span is text inside a string literal (shorthand or JSON), not a C# value.</summary>
        public const string InLiteral = "InLiteral";

        public static ImmutableDictionary<string, string?> ForEnumValue(IReadOnlyList<string> suggestions, IOperation value, SemanticModel? model, ModelLookup schemas)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            builder.Add(Suggestions, string.Join("\n", suggestions));
            // Ours or an AWS SDK enum (a ConstantClass): its static fields, as ModelLookup maps them to values.
            var type = Unwrapped(value.Type) is { } named && schemas.IsEnum(named) ? named : null;
            if (model is not null && type is not null)
            {
                var members = new List<string>();
                var typeText = type.ToMinimalDisplayString(model, value.Syntax.SpanStart);
                foreach (var suggestion in suggestions)
                {
                    var name = FieldName(type, suggestion, schemas);
                    members.Add(name is not null ? typeText + "." + name : string.Empty);
                }

                builder.Add(Members, string.Join("\n", members));
            }

            return builder.ToImmutable();
        }

        /// <summary>The static field of an enum that holds a known value.</summary>
        private static string? FieldName(INamedTypeSymbol type, string value, ModelLookup schemas)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: true } field && schemas.EnumValue(field) == value)
                {
                    return field.Name;
                }
            }

            return null;
        }

        public static ImmutableDictionary<string, string?> ForTextInLiteral(IReadOnlyList<string> suggestions) =>
            ImmutableDictionary<string, string?>.Empty.Add(Suggestions, string.Join("\n", suggestions)).Add(InLiteral, "true");

        public static string[] Lines(ImmutableDictionary<string, string?> properties, string key) =>
            properties.TryGetValue(key, out var text) && !string.IsNullOrEmpty(text) ? text!.Split('\n') : new string[0];

        private static INamedTypeSymbol? Unwrapped(ITypeSymbol? type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0] as INamedTypeSymbol
                : type as INamedTypeSymbol;
    }
}
