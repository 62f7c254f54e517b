using System.Collections.Immutable;
using System.Text;
using EndpointConfigGen.Emitters;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Pipeline
{
    /// <summary>
    /// Joins a shape file's per-type sources, in order, into files of about <see cref="Budget"/> characters,
    /// each named after its first and last type. Roslyn's driver (4.14) adds every cached file again on each
    /// run and checks its hint name against all added before, so a re-run after an unrelated edit costs in
    /// the square of the file count (OutputCountBenchmarks): 2,319 files took 4–6 ms, 193 take 0.06 ms.
    /// </summary>
    internal static class OutputFiles
    {
        public const int Budget = 256 * 1024;

        private const string Suffix = ".g.cs";

        public static EquatableArray<GeneratedSource> Pack(EquatableArray<GeneratedSource> sources)
        {
            var files = ImmutableArray.CreateBuilder<GeneratedSource>();
            var text = new StringBuilder();
            var first = 0;
            string? ns = null;
            for (var i = 0; i < sources.Count; i++)
            {
                // One header and file-scoped namespace per file: a source joins the file when it fits and shares its namespace.
                var body = ns is null ? null : GeneratedFile.Body(sources[i].Text, ns);
                if (text.Length > 0 && (body is null || text.Length + body.Length > Budget))
                {
                    files.Add(File(sources, first, i - 1, text));
                    first = i;
                    body = null;
                }

                if (body is null)
                {
                    text.Append(sources[i].Text);
                    ns = GeneratedFile.NamespaceOf(sources[i].Text);
                }
                else
                {
                    // A blank line between types.
                    text.Append('\n').Append(body);
                }
            }

            if (text.Length > 0)
            {
                files.Add(File(sources, first, sources.Count - 1, text));
            }

            return new EquatableArray<GeneratedSource>(files.ToImmutable());
        }

        private static GeneratedSource File(EquatableArray<GeneratedSource> sources, int first, int last, StringBuilder text)
        {
            var name = first == last
                ? sources[first].HintName
                : Stem(sources[first].HintName) + ".." + TypePart(sources[last].HintName) + Suffix;
            var file = new GeneratedSource(name, first == last ? sources[first].Text : text.ToString());
            text.Clear();
            return file;
        }

        private static string Stem(string hintName) => hintName.Substring(0, hintName.Length - Suffix.Length);

        // Hint names are "{shape file}.{type}.g.cs"; the range names the shape file once.
        private static string TypePart(string hintName) => Stem(hintName).Substring(hintName.IndexOf('.') + 1);
    }
}
