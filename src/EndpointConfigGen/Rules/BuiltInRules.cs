using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;

namespace EndpointConfigGen.Rules
{
    /// <summary>
    /// The rules files of the repository's shapes/ folder, embedded in this assembly at build time (their one source),
    /// so that a consumer with only a shape file gets them. Each names the <c>service</c> (botocore <c>serviceId</c>) it is for.
    /// </summary>
    internal static class BuiltInRules
    {
        public const string ResourcePrefix = "EndpointConfigGen.BuiltInRules.";

        /// <summary>Every embedded file as read; a test holds them free of diagnostics.</summary>
        public static readonly ImmutableArray<RulesFileResult> Files = Load();

        /// <summary>
        /// The built-in rules for <paramref name="model"/>: those of its service whose shapes the model holds,
        /// so a slice without the operation, or another API version without the enum, gets none of them.
        /// </summary>
        public static RulesSpec For(ServiceModel model)
        {
            var files = Files.Where(f => string.Equals(f.Rules.Service, model.Metadata.ServiceId, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (files.Length == 0)
            {
                return RulesSpec.None;
            }

            var shapes = model.Shapes.Select(s => s.Name).ToImmutableHashSet(StringComparer.Ordinal);
            return new RulesSpec(
                model.Metadata.ServiceId,
                files.SelectMany(f => f.Rules.LocalStorage).Where(l => shapes.Contains(l.Shape)).ToEquatableArray(),
                files.SelectMany(f => f.Rules.OperationRules).Where(r => shapes.Contains(r.Shape)).ToEquatableArray());
        }

        private static ImmutableArray<RulesFileResult> Load()
        {
            var assembly = typeof(BuiltInRules).Assembly;
            var files = ImmutableArray.CreateBuilder<RulesFileResult>();
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                files.Add(RulesFileReader.Read(name, reader.ReadToEnd()));
            }

            return files.ToImmutable();
        }
    }
}
