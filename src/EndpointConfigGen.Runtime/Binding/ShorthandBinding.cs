using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// The typed shorthand pipeline behind every generated <c>ParseShorthand</c>: the grammar
    /// core, the CLI's conversion against the model, the structural checks the CLI makes
    /// (unknown members, types, required members), then binding to the generated type.
    /// Constraints (lengths, patterns, enum values, rules) are left to <c>Validate()</c>.
    /// </summary>
    public static class ShorthandBinding
    {
        private static readonly ValidationOptions Structural = new ValidationOptions { StructuralOnly = true };

        /// <summary>Parses, or throws <see cref="ShorthandException"/>.</summary>
        public static T Parse<T>(string text, SchemaShape shape, string rootName, Func<ParamNode, T> bind)
            where T : class =>
            TryParse(text, shape, rootName, bind, out var value, out var error) ? value : throw new ShorthandException(error);

        /// <summary>Parses without throwing.</summary>
        public static bool TryParse<T>(string text, SchemaShape shape, string rootName, Func<ParamNode, T> bind, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out ShorthandError? error)
            where T : class
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            value = null;
            if (!ShorthandParser.TryParse(text, out var tree, out var parseError))
            {
                error = parseError!;
                return false;
            }

            if (!TryConvert(text, tree!, shape, rootName, out var converted, out error))
            {
                return false;
            }

            value = bind(converted!);
            return true;
        }

        /// <summary>Parses one structure per token, as the CLI reads a list argument.</summary>
        public static IReadOnlyList<T> ParseList<T>(string[] tokens, SchemaShape itemShape, string rootName, Func<ParamNode, T> bind)
            where T : class
        {
            var items = new List<T>(tokens.Length);
            foreach (var token in tokens)
            {
                items.Add(Parse(token, itemShape, rootName + "[" + items.Count + "]", bind));
            }

            return items;
        }

        /// <summary>Converts a parsed tree and checks its structure; problems become one error located at the first.</summary>
        public static bool TryConvert(string text, ParamNode tree, SchemaShape shape, string rootName, [NotNullWhen(true)] out ParamNode? converted, [NotNullWhen(false)] out ShorthandError? error)
        {
            converted = null;
            try
            {
                converted = ParamConverter.Convert(tree, shape);
            }
            catch (ParamConversionException e)
            {
                error = ShorthandErrorText.Create(text, Math.Max(e.Node.Offset, 0), e.Message);
                return false;
            }

            var problems = ParamValidator.Validate(converted, shape, rootName, Structural);
            if (problems.Count > 0)
            {
                var first = problems[0];
                var at = first.KeyOffset >= 0 ? first.KeyOffset : first.Node?.Offset ?? 0;
                error = ShorthandErrorText.Create(text, Math.Max(at, 0), ValidationException.Format(problems));
                converted = null;
                return false;
            }

            error = null;
            return true;
        }
    }
}
