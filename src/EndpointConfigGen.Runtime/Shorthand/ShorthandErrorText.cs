using System;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>Builds CLI-identical error messages and positions.</summary>
    internal static class ShorthandErrorText
    {
        public static ShorthandError Syntax(string input, string expected, string actual, int index) =>
            Create(input, index, "Expected: '" + expected + "', received: '" + actual + "' for input:\n" + Location(input, index));

        public static ShorthandError DuplicateKey(string input, string key, int index) =>
            Create(input, index, "Second instance of key \"" + key + "\" encountered for input:\n" + Location(input, index)
                + "\nThis is often because there is a preceding \",\" instead of a space.");

        public static ShorthandError TooDeep(string input, int index) =>
            Create(input, index, "Nesting deeper than " + ShorthandParser.MaxNestingDepth
                + " levels of '[' and '{' is not supported for input:\n" + Location(input, index));

        public static ShorthandError TooLong(string input) =>
            Create(input, ShorthandParser.MaxInputLength, "Shorthand input is " + input.Length
                + " characters long; at most " + ShorthandParser.MaxInputLength + " are supported.");

        public static ShorthandError Create(string input, int index, string message)
        {
            int lineStart = input.LastIndexOf('\n', Math.Max(index - 1, 0), Math.Min(index, input.Length)) + 1;
            int line = 1;
            for (int i = 0; i < lineStart; i++)
            {
                if (input[i] == '\n')
                {
                    line++;
                }
            }

            return new ShorthandError(message, index, line, CodePoints(input, lineStart, index) + 1);
        }

        /// <summary>
        /// The input with a caret line under the failing position: lines up to and including the
        /// failing one, the caret (indented by code points, as Python counts), then the rest.
        /// </summary>
        private static string Location(string input, int index)
        {
            int lineStart = input.LastIndexOf('\n', Math.Max(index - 1, 0), Math.Min(index, input.Length)) + 1;
            int lineEnd = input.IndexOf('\n', index);
            if (lineEnd < 0)
            {
                lineEnd = input.Length;
            }

            var sb = new StringBuilder(input.Length + index - lineStart + 3);
            sb.Append(input, 0, lineEnd).Append('\n');
            sb.Append(' ', CodePoints(input, lineStart, index)).Append('^');
            sb.Append(input, lineEnd, input.Length - lineEnd);
            return sb.ToString();
        }

        private static int CodePoints(string s, int start, int end)
        {
            int count = 0;
            for (int i = start; i < end; i++)
            {
                if (!(char.IsLowSurrogate(s[i]) && i > start && char.IsHighSurrogate(s[i - 1])))
                {
                    count++;
                }
            }

            return count;
        }
    }
}
