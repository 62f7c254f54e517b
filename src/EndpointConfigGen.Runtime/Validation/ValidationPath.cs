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
        private readonly string _segment;

        private ValidationPath(ValidationPath? parent, string segment)
        {
            _parent = parent;
            _segment = segment;
        }

        /// <summary>The path of the value validated; <c>input</c> and empty both mean the request itself.</summary>
        public static ValidationPath Root(string rootPath) =>
            new ValidationPath(null, rootPath == "input" ? string.Empty : rootPath);

        /// <summary><c>{name}.{member}</c>, also used for map values.</summary>
        public ValidationPath Member(string member) => new ValidationPath(this, "." + member);

        /// <summary><c>{name}[{index}]</c>.</summary>
        public ValidationPath Index(int index) => new ValidationPath(this, "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");

        /// <summary><c>{name} (key: {key})</c>.</summary>
        public ValidationPath Key(string key) => new ValidationPath(this, " (key: " + key + ")");

        /// <summary>As botocore shows a name: <c>input</c> when empty, without a leading dot.</summary>
        public static string Display(string raw) =>
            raw.Length == 0 ? "input" : raw[0] == '.' ? raw.Substring(1) : raw;

        /// <summary>botocore's shown name.</summary>
        public override string ToString() => Display(Raw());

        /// <summary>The name as botocore builds it, before <see cref="Display"/>.</summary>
        public string Raw()
        {
            var segments = new List<string>();
            for (var at = this; at != null; at = at._parent)
            {
                segments.Add(at._segment);
            }

            var text = new StringBuilder();
            for (int i = segments.Count - 1; i >= 0; i--)
            {
                text.Append(segments[i]);
            }

            return text.ToString();
        }
    }
}
