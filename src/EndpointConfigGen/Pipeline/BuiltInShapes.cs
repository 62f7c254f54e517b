using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;

namespace EndpointConfigGen.Pipeline
{
    /// <summary>
    /// The shape files the package carries (those of shapes/ beside the built-in rules, embedded at build time: shapes/
    /// stays their one source). A project that references a carried service's AWS SDK assembly and has no shape file of
    /// that service gets the checks on its SDK code with no configuration: the file generates as if the project had it,
    /// with <c>EndpointConfigGenGenerate</c> <c>SdkChecks</c> and internal classes.
    /// </summary>
    internal static class BuiltInShapes
    {
        public const string ResourcePrefix = "EndpointConfigGen.BuiltInShapes.";

        /// <summary>Where the carried files seem to be: outside any project, so no rules file of a project sits beside them.</summary>
        private const string Folder = "EndpointConfigGen.BuiltIn/";

        /// <summary>Every embedded file as read; a test holds them free of diagnostics.</summary>
        public static readonly ImmutableArray<ShapeFileResult> Files = Load();

        /// <summary>
        /// The carried files a project generates: those whose service's SDK assembly it references and for whose service
        /// (<paramref name="projectServices"/>: the <c>serviceId</c>s of its own shape files) it has no file.
        /// </summary>
        public static EquatableArray<(ShapeFileResult Result, FileSettings Settings)> For(ImmutableArray<string> projectServices, SdkReferences sdk)
        {
            var own = new HashSet<string>(projectServices, StringComparer.OrdinalIgnoreCase);
            var files = new List<(ShapeFileResult, FileSettings)>();
            foreach (var file in Files)
            {
                if (file.Model is { } model
                    && !own.Contains(model.Metadata.ServiceId)
                    && sdk.Has(SdkNaming.Assembly(SdkNaming.Service(model.Metadata.ServiceId))))
                {
                    // The file's own operations, listed: the project's EndpointConfigGenOperations is for its own files.
                    var operations = model.Operations.Select(o => o.Name).ToEquatableArray();
                    files.Add((file, new FileSettings(operations, null, nameof(GenerateMode.SdkChecks), BuiltIn: true)));
                }
            }

            return files.ToEquatableArray();
        }

        private static ImmutableArray<ShapeFileResult> Load()
        {
            var assembly = typeof(BuiltInShapes).Assembly;
            var files = ImmutableArray.CreateBuilder<ShapeFileResult>();
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                files.Add(ShapeFileReader.Read(Folder + name.Substring(ResourcePrefix.Length), reader.ReadToEnd(), default));
            }

            return files.ToImmutable();
        }
    }
}
