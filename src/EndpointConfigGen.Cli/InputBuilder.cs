using System.Collections.Generic;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Builds the request input from parsed arguments in the CLI's order: every given option in
    /// model order, then the <c>--cli-input-json</c> members the command line did not set, in that
    /// document's order.
    /// </summary>
    internal static class InputBuilder
    {
        /// <param name="operation">The command.</param>
        /// <param name="arguments">Its parsed arguments.</param>
        /// <param name="loaded">Records the values loaded from files.</param>
        /// <param name="anyNumber">Keep every number Python reads, as the CLI does (botocore-only validation).</param>
        /// <exception cref="CliException">An argument cannot be read.</exception>
        public static List<ParamEntry> FromOptions(CliOperation operation, CliArguments arguments, LoadedValues loaded, bool anyNumber)
        {
            var reader = new ArgumentReader(loaded, anyNumber);
            var entries = new List<ParamEntry>();
            foreach (var option in operation.Options)
            {
                if (arguments.Values.TryGetValue(option.MemberName, out var raw))
                {
                    entries.Add(new ParamEntry(option.MemberName, reader.Read(option, raw)));
                }
            }

            return entries;
        }

        /// <summary>botocore's <c>generate_idempotent_uuid</c>: each idempotency token not given gets a random UUID, last.</summary>
        public static void FillIdempotencyTokens(CliOperation operation, List<ParamEntry> entries)
        {
            foreach (var option in operation.Options)
            {
                if (option.IsIdempotencyToken && entries.FindIndex(entry => entry.Key == option.MemberName) < 0)
                {
                    entries.Add(new ParamEntry(option.MemberName, ParamNode.String(System.Guid.NewGuid().ToString("D"), fromShorthand: false)));
                }
            }
        }

        /// <summary>Merges <c>--cli-input-yaml</c> (read as AWS CLI v2 reads it) as <c>--cli-input-json</c> would be.</summary>
        /// <exception cref="CliException">The document cannot be loaded or read.</exception>
        public static void MergeCliInputYaml(List<ParamEntry> entries, string value, bool anyNumber) =>
            MergeJson(entries, YamlInput.ToJson(Load(value)), anyNumber);

        /// <exception cref="CliException">The document cannot be loaded or read.</exception>
        public static void MergeCliInputJson(List<ParamEntry> entries, string value, bool anyNumber) => MergeJson(entries, Load(value), anyNumber);

        private static void MergeJson(List<ParamEntry> entries, string text, bool anyNumber)
        {
            ParamNode document;
            try
            {
                document = PythonJson.Parse(text, anyNumber);
            }
            catch (PythonJson.Error e)
            {
                throw CliException.Parameter("cli-input-json", "Invalid JSON: " + e.Message + "\nJSON received: " + text);
            }

            Merge(entries, document);
        }

        // A file:// or fileb:// value is the file's text; anything else is the document itself.
        private static string Load(string value) => ParamFiles.Load(value) switch
        {
            null => value,
            string content => content,
            var bytes => System.Text.Encoding.UTF8.GetString(((LoadedBytes)bytes).Content),
        };

        private static void Merge(List<ParamEntry> entries, ParamNode document)
        {
            if (document.Kind != ParamNodeKind.Map)
            {
                throw new CliException("'" + ParamConverter.PythonTypeName(document) + "' object has no attribute 'keys'");
            }

            var given = new HashSet<string>();
            foreach (var entry in entries)
            {
                given.Add(entry.Key);
            }

            foreach (var entry in document.Entries)
            {
                if (!given.Contains(entry.Key))
                {
                    entries.Add(entry);
                }
            }
        }
    }
}
