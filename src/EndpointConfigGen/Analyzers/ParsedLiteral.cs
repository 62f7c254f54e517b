using System;
using System.Collections.Generic;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// What a constant string passed to a generated parse method reads as: the tree the call builds
    /// (offsets into the string), or where and why the call would throw. One reading serves the call's
    /// own analysis and every request the call's result is part of.
    /// </summary>
    internal sealed class ParsedLiteral
    {
        private readonly JsonNode? _json;
        private Dictionary<int, int>? _ends;

        private ParsedLiteral(LiteralText text, ParamNode? tree, JsonNode? json, int errorOffset, string? error)
        {
            Text = text;
            Tree = tree;
            _json = json;
            ErrorOffset = errorOffset;
            Error = error;
        }

        public LiteralText Text { get; }

        /// <summary>The value as the generated code reads it before <c>Validate()</c>; null when the call would throw.</summary>
        public ParamNode? Tree { get; }

        /// <summary>Where in the string the call would fail, when <see cref="Tree"/> is null.</summary>
        public int ErrorOffset { get; }

        /// <summary>The message of that failure.</summary>
        public string? Error { get; }

        /// <summary>JSON end offsets by start offset (null for shorthand): only reports need them, so found on first use.</summary>
        public IReadOnlyDictionary<int, int>? Ends => _json is null ? null : _ends ??= JsonParamReader.Ends(_json);

        public static ParsedLiteral Shorthand(LiteralText text, SchemaShape shape)
        {
            // The same steps as the generated ParseShorthand (ShorthandBinding) before Validate().
            if (ShorthandSpecialCases.IsBareValue(shape, text.Value))
            {
                return new ParsedLiteral(text, ShorthandSpecialCases.BareValue(text.Value), null, -1, null);
            }

            if (!ShorthandParser.TryParse(text.Value, out var tree, out var error))
            {
                return new ParsedLiteral(text, null, null, error!.Offset, ParserMessage(error.Message));
            }

            try
            {
                return new ParsedLiteral(text, ParamConverter.Convert(tree!, shape), null, -1, null);
            }
            catch (ParamConversionException e)
            {
                return new ParsedLiteral(text, null, null, Math.Max(e.Node.Offset, 0), ParserMessage(e.Message));
            }
        }

        public static ParsedLiteral Json(LiteralText text)
        {
            var root = JsonTextParser.Parse(text.Value, out var error, out var errorAt);
            return root is null
                ? new ParsedLiteral(text, null, null, errorAt.Offset, error)
                : new ParsedLiteral(text, JsonParamReader.Read(root), root, -1, null);
        }

        /// <summary>The parser's message without the echoed input and caret lines, which the squiggle shows.</summary>
        private static string ParserMessage(string message)
        {
            var lines = message.Split('\n');
            var first = lines[0];
            if (first.EndsWith(" for input:", StringComparison.Ordinal))
            {
                first = first.Substring(0, first.Length - " for input:".Length);
            }

            int caret = Array.FindIndex(lines, line => line.Trim() == "^");
            return caret < 0 ? first : first + (caret + 1 < lines.Length ? ". " + string.Join(" ", lines, caret + 1, lines.Length - caret - 1) : string.Empty);
        }
    }
}
