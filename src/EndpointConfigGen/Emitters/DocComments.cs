using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace EndpointConfigGen.Emitters
{
    /// <summary>Turns the model's HTML documentation into XML doc comment text.</summary>
    internal static class DocComments
    {
        private const int Width = 100;
        private static readonly Regex Tags = new Regex("<[^<>]*>", RegexOptions.CultureInvariant);
        private static readonly Regex Spaces = new Regex("\\s+", RegexOptions.CultureInvariant);

        /// <summary>Writes a summary from model documentation, or from <paramref name="fallback"/> (already XML).</summary>
        public static void Summary(SourceWriter writer, string? html, string fallback)
        {
            var text = html is null ? string.Empty : PlainText(html);
            var lines = new List<string>(Wrap(text.Length == 0 ? fallback : Escape(text)));
            if (lines.Count == 1)
            {
                writer.Line("/// <summary>" + lines[0] + "</summary>");
                return;
            }

            writer.Line("/// <summary>");
            foreach (var line in lines)
            {
                writer.Line("/// " + line);
            }

            writer.Line("/// </summary>");
        }

        /// <summary>A documentation string as plain text: tags dropped, entities decoded, whitespace collapsed.</summary>
        public static string PlainText(string html)
        {
            var text = Tags.Replace(html, " ");
            text = WebUtility.HtmlDecode(text);
            return Spaces.Replace(text, " ").Trim();
        }

        public static string Escape(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        private static IEnumerable<string> Wrap(string text)
        {
            var line = new StringBuilder();
            foreach (var word in text.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > Width)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                line.Append(word);
            }

            if (line.Length > 0)
            {
                yield return line.ToString();
            }
        }
    }
}
