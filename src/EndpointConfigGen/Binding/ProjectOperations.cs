using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;

namespace EndpointConfigGen.Binding
{
    /// <summary>The operations one shape file defines, for a file the project-wide selection applies to.</summary>
    internal sealed record FileOperations(string FilePath, EquatableArray<string> Operations);

    /// <summary>
    /// Checks the project-wide <c>EndpointConfigGenOperations</c> across shape files: one project often holds models of
    /// several services, and the list names operations of all of them, so a name is unknown only when no file defines it.
    /// </summary>
    internal static class ProjectOperations
    {
        public static EquatableArray<DiagnosticInfo> Unknown(ImmutableArray<FileOperations> files, GeneratorOptions options)
        {
            if (options.Operations.Count == 0 || files.IsEmpty)
            {
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            var ordered = files.OrderBy(f => f.FilePath, StringComparer.Ordinal).ToArray();
            var where = ordered.Length == 1
                ? Path.GetFileName(ordered[0].FilePath)
                : "any of " + string.Join(", ", ordered.Select(f => Path.GetFileName(f.FilePath)));
            var sink = new DiagnosticSink(ordered[0].FilePath);
            foreach (var name in options.Operations)
            {
                if (!ordered.Any(f => f.Operations.Contains(name)))
                {
                    sink.ReportOnFile(DiagnosticDescriptors.UnknownOperation, name, where);
                }
            }

            return sink.ToArray();
        }
    }
}
