using System;
using System.Collections.Immutable;
using System.Linq;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EndpointConfigGen.Pipeline
{
    /// <summary>Reads the MSBuild properties and item metadata the package's props file makes visible.</summary>
    internal static class OptionsReader
    {
        public const string DefaultNamespace = "EndpointConfigGen.Generated";

        public static GeneratorOptions Read(AnalyzerConfigOptions global)
        {
            var ns = Get(global, "build_property.EndpointConfigGenNamespace")
                ?? Get(global, "build_property.RootNamespace")
                ?? DefaultNamespace;
            return new GeneratorOptions(
                SanitizeNamespace(ns),
                SplitList(Get(global, "build_property.EndpointConfigGenOperations")),
                !string.Equals(Get(global, "build_property.EndpointConfigGenBuiltInRules"), "false", StringComparison.OrdinalIgnoreCase),
                Get(global, "build_property.EndpointConfigGenGenerate"));
        }

        public static FileSettings ItemSettings(AnalyzerConfigOptions item) => new FileSettings(
            SplitList(Get(item, "build_metadata.AdditionalFiles.EndpointConfigGenOperations")),
            Get(item, "build_metadata.AdditionalFiles.EndpointConfigGenNamespace") is { } ns ? SanitizeNamespace(ns) : null,
            Get(item, "build_metadata.AdditionalFiles.EndpointConfigGenGenerate"));

        /// <summary><c>EndpointConfigGenGenerate</c>'s values, case-insensitively; null for any other text.</summary>
        public static GenerateMode? ParseGenerate(string value) =>
            string.Equals(value, nameof(GenerateMode.All), StringComparison.OrdinalIgnoreCase) ? GenerateMode.All
            : string.Equals(value, nameof(GenerateMode.SdkChecks), StringComparison.OrdinalIgnoreCase) ? GenerateMode.SdkChecks
            : null;

        private static string? Get(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static EquatableArray<string> SplitList(string? value) =>
            value is null
                ? EquatableArray<string>.Empty
                : value.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries).ToImmutableArray().ToEquatableArray();

        private static string SanitizeNamespace(string ns) =>
            string.Join(".", ns.Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries).Select(Naming.Identifier));
    }
}
