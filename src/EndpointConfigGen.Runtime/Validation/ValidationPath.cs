using System.Collections.Generic;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// A botocore parameter name built lazily from its parent, so walking a deep value costs
    /// nothing per level until a problem needs the text.
    /// </summary>
    internal sealed class ValidationPath
    {
        private readonly ValidationPath? _parent;

        // A segment is kept in parts and joined only when a path is shown: most values validated report nothing.
        private readonly string _prefix;
        private readonly string? _text;
        private readonly int _index;
        private readonly string _suffix;

        private ValidationPath(ValidationPath? parent, string prefix, string? text, int index, string suffix)
        {
            _parent = parent;
            _prefix = prefix;
            _text = text;
            _index = index;
            _suffix = suffix;
        }

        /// <summary>The path of the value validated; <c>input</c> and empty both mean the request itself.</summary>
        public static ValidationPath Root(string rootPath) =>
            new ValidationPath(null, string.Empty, rootPath == "input" ? string.Empty : rootPath, 0, string.Empty);

        /// <summary><c>{name}.{member}</c>, also used for map values.</summary>
        public ValidationPath Member(string member) => new ValidationPath(this, ".", member, 0, string.Empty);

        /// <summary><c>{name}[{index}]</c>.</summary>
        public ValidationPath Index(int index) => new ValidationPath(this, "[", null, index, "]");

        /// <summary><c>{name} (key: {key})</c>.</summary>
        public ValidationPath Key(string key) => new ValidationPath(this, " (key: ", key, 0, ")");

        /// <summary>As botocore shows a name: <c>input</c> when empty, without a leading dot.</summary>
        public static string Display(string raw) =>
            raw.Length == 0 ? "input" : raw[0] == '.' ? raw.Substring(1) : raw;

        /// <summary>botocore's shown name.</summary>
        public override string ToString() => Display(Raw());

        /// <summary>The name as botocore builds it, before <see cref="Display"/>.</summary>
        public string Raw()
        {
            var segments = new List<ValidationPath>();
            for (var at = this; at != null; at = at._parent)
            {
                segments.Add(at);
            }

            var text = new StringBuilder();
            for (int i = segments.Count - 1; i >= 0; i--)
            {
                var segment = segments[i];
                text.Append(segment._prefix);
                if (segment._text != null)
                {
                    text.Append(segment._text);
                }
                else
                {
                    text.Append(segment._index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                text.Append(segment._suffix);
            }

            return text.ToString();
        }
    }
}
