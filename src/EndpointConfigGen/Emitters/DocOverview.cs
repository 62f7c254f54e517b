using System.IO;
using System.Text;
using System.Xml;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// The first sentence of a member's documentation as CLI v2 puts it in a YAML comment
    /// (<c>awscli.customizations.utils.get_shape_doc_overview</c>).
    /// </summary>
    internal static class DocOverview
    {
        private static readonly char[] SentenceEnd = { '.', ':' };

        public static string FirstSentence(string documentation)
        {
            var text = XmlText(documentation) ?? documentation;
            var end = text.IndexOfAny(SentenceEnd);
            if (end >= 0)
            {
                text = text.Substring(0, end);
            }

            if (text.Length > 0)
            {
                text += ".";
            }

            return text.Replace('\n', ' ').Replace('\u2028', ' ');
        }

        /// <summary>
        /// The text nodes of the documentation read as XML under one root, or null when it is not
        /// well-formed (the CLI then keeps the raw text, tags included). CDATA and comments drop out,
        /// as they do in the CLI's minidom walk.
        /// </summary>
        private static string? XmlText(string documentation)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            var text = new StringBuilder(documentation.Length);
            try
            {
                using var reader = XmlReader.Create(new StringReader("<doc>" + documentation + "</doc>"), settings);
                while (reader.Read())
                {
                    if (reader.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                    {
                        text.Append(reader.Value);
                    }
                }
            }
            catch (XmlException)
            {
                return null;
            }

            return text.ToString();
        }
    }
}
