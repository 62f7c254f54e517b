using System.Collections.Concurrent;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// Decoded models by their text, shared by every compilation of the process: a project and the projects
    /// referencing it carry the same text, and an edit elsewhere leaves it unchanged, so each is decoded once.
    /// </summary>
    internal static class ModelCache
    {
        // Shape-file edits in an IDE session leave old texts behind; past this many the cache starts over.
        private const int Limit = 64;

        private static readonly ConcurrentDictionary<string, SchemaModel?> Models = new ConcurrentDictionary<string, SchemaModel?>(System.StringComparer.Ordinal);

        /// <summary>The model, or null for a text this version cannot read (an assembly built by another package version).</summary>
        public static SchemaModel? Get(string encoded)
        {
            if (Models.TryGetValue(encoded, out var known))
            {
                return known;
            }

            if (Models.Count >= Limit)
            {
                Models.Clear();
            }

            return Models.GetOrAdd(encoded, Decode);
        }

        private static SchemaModel? Decode(string encoded)
        {
            try
            {
                return SchemaDecoder.Decode(encoded);
            }
            catch (System.FormatException)
            {
                return null;
            }
        }
    }
}
