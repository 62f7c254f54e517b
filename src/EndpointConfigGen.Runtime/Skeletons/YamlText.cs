using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>YAML output that tracks the column in code points, as ruamel's emitter does for folding.</summary>
    internal sealed class YamlText
    {
        private readonly StringBuilder _builder = new StringBuilder();

        public int Column { get; private set; }

        public void Append(string text)
        {
            _builder.Append(text);
            Column += text.Length;
        }

        public void Append(int[] codePoints, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (codePoints[i] > 0xFFFF)
                {
                    _builder.Append(char.ConvertFromUtf32(codePoints[i]));
                }
                else
                {
                    _builder.Append((char)codePoints[i]);
                }
            }

            Column += end - start;
        }

        public void LineBreak(string lineBreak = "\n")
        {
            _builder.Append(lineBreak);
            Column = 0;
        }

        /// <summary>Spaces up to <paramref name="indent"/> at the start of a line.</summary>
        public void Pad(int indent)
        {
            _builder.Append(' ', indent - Column);
            Column = indent;
        }

        /// <summary>Continues a long scalar on the next line.</summary>
        public void Fold(int indent)
        {
            LineBreak();
            Pad(indent);
        }

        public override string ToString() => _builder.ToString();
    }
}
