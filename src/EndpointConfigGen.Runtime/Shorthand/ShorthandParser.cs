using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Parses AWS CLI shorthand (<c>Key=value,List=[a,b],Map={k=v}</c>) into a <see cref="ParamNode"/>
    /// map exactly as AWS CLI v1 1.45.11 does: same tree, same errors at the same positions.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ShorthandParser
    {
        /// <summary>Most <c>[</c>/<c>{</c> levels open at once; deeper input fails with a clear error.</summary>
        public const int MaxNestingDepth = 256;

        /// <summary>Longest accepted input, in UTF-16 code units (1 MiB).</summary>
        public const int MaxInputLength = 1024 * 1024;

        /// <summary>Parses shorthand into a map node.</summary>
        /// <param name="text">The argument value as given on the command line.</param>
        /// <returns>A <see cref="ParamNodeKind.Map"/> node whose nodes all have <see cref="ParamNode.FromShorthand"/> set.</returns>
        /// <exception cref="ShorthandException">The text is not valid shorthand.</exception>
        public static ParamNode Parse(string text)
        {
            if (TryParse(text, out ParamNode? node, out ShorthandError? error))
            {
                return node!;
            }

            throw new ShorthandException(error!);
        }

        /// <summary>Parses shorthand into a map node without throwing.</summary>
        /// <param name="text">The argument value as given on the command line.</param>
        /// <param name="node">The parsed map, or null on failure.</param>
        /// <param name="error">Why parsing failed, or null on success.</param>
        /// <returns>True when the text is valid shorthand.</returns>
        public static bool TryParse(string text, out ParamNode? node, out ShorthandError? error)
        {
            node = null;
            if (text == null)
            {
                error = new ShorthandError("No shorthand input was given.", 0, 1, 1);
                return false;
            }

            if (text.Length > MaxInputLength)
            {
                error = ShorthandErrorText.TooLong(text);
                return false;
            }

            var reader = new ShorthandReader(text);
            if (reader.TryReadParameter(out ParamNode map))
            {
                node = map;
                error = null;
                return true;
            }

            error = reader.Error;
            return false;
        }
    }
}
