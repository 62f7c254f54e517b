using System.Collections.Immutable;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Reader
{
    /// <summary>What reading one rules file gives.</summary>
    internal sealed record RulesFileResult(string FilePath, RulesSpec Rules, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Reads a <c>*.rules.json</c> file: facts the service model does not state (format in
    /// shapes/README.md). Unknown sections are ignored so newer files work with older packages.
    /// </summary>
    internal static class RulesFileReader
    {
        public static RulesFileResult Read(string path, string text)
        {
            var sink = new DiagnosticSink(path);
            var rules = ReadRules(text, sink);
            return new RulesFileResult(path, rules, sink.ToArray());
        }

        private static RulesSpec ReadRules(string text, DiagnosticSink sink)
        {
            var root = JsonTextParser.Parse(text, out var error, out var errorAt);
            if (root is null)
            {
                sink.Report(DiagnosticDescriptors.InvalidRules, errorAt, errorAt, "Rules file", error!);
                return RulesSpec.None;
            }

            if (root.Kind != JsonKind.Object)
            {
                sink.Report(DiagnosticDescriptors.InvalidRules, root, "Rules file", "expected a JSON object");
                return RulesSpec.None;
            }

            var localStorage = ImmutableArray.CreateBuilder<LocalStorageSpec>();
            if (root.Get("localStorageInstanceFamilies") is { } section)
            {
                var shape = section.Get("shape");
                var families = section.Get("withLocalStorage");
                if (shape?.Kind != JsonKind.String || families?.Kind != JsonKind.Array)
                {
                    sink.Report(DiagnosticDescriptors.InvalidRules, section, "localStorageInstanceFamilies", "needs \"shape\" (a string) and \"withLocalStorage\" (an array of strings)");
                }
                else
                {
                    var names = ImmutableArray.CreateBuilder<string>();
                    foreach (var item in families.Items!)
                    {
                        if (item.Kind == JsonKind.String)
                        {
                            names.Add(item.Text);
                        }
                        else
                        {
                            sink.Report(DiagnosticDescriptors.InvalidRules, item, "withLocalStorage", "expected a string");
                        }
                    }

                    localStorage.Add(new LocalStorageSpec(shape.Text, new EquatableArray<string>(names.ToImmutable())));
                }
            }

            return new RulesSpec(new EquatableArray<LocalStorageSpec>(localStorage.ToImmutable()));
        }
    }
}
