using System.Globalization;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Prints a response as the AWS CLI v1's <c>--output table</c> does when stdout is not a terminal
    /// (awscli's <c>TableFormatter</c> with no colour and the 80 columns it assumes without a terminal):
    /// scalars of a mapping sorted by key in a titled section, nested values in indented sections under
    /// their key, a list of mappings as one row per mapping. <see cref="TableBuilder"/> makes the sections,
    /// <see cref="TableRenderer"/> prints them.
    /// </summary>
    internal static class CliTable
    {
        /// <summary>What the CLI writes for the (already queried) response under the operation's name; nothing for a falsy response.</summary>
        /// <exception cref="CliException">The CLI fails on the response's shape (rows of different lengths, a list of mappings holding other values).</exception>
        public static string Format(ParamNode response, string title)
        {
            if (IsFalsy(response))
            {
                return string.Empty;
            }

            var builder = new TableBuilder();
            builder.Build(title, response, 0);
            return TableRenderer.Render(builder.Sections);
        }

        public static bool IsScalar(ParamNode value) => value.Kind is not (ParamNodeKind.Map or ParamNodeKind.List);

        /// <summary>Python's <c>not value</c>: what the formatter skips.</summary>
        public static bool IsFalsy(ParamNode value) => value.Kind switch
        {
            ParamNodeKind.Null => true,
            ParamNodeKind.Boolean => value.Text == "false",
            ParamNodeKind.String => value.Text.Length == 0,
            ParamNodeKind.Number => double.Parse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture) == 0,
            ParamNodeKind.List => value.Items.Count == 0,
            _ => value.Entries.Count == 0,
        };
    }
}
