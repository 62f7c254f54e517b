using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace EndpointConfigGen.Runtime
{
    /// <summary>Reads one generated structure from a <see cref="ShorthandCursor"/>; null when the cursor failed.</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="cursor">The cursor, at the structure.</param>
    /// <returns>The value, or null.</returns>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public delegate T? ShorthandValueReader<T>(ref ShorthandCursor cursor)
        where T : class;

    /// <summary>
    /// The typed shorthand parse behind every generated <c>ParseShorthand</c>. The generated
    /// one-pass reader (<see cref="ShorthandCursor"/>) handles the input it can vouch for; all
    /// else goes through the reference pipeline (<see cref="TryParseTree{T}"/>): the grammar core,
    /// the CLI's conversion against the model, the structural checks the CLI makes (unknown
    /// members, types, required members), then binding to the generated type. Constraints
    /// (lengths, patterns, enum values, rules) are left to <c>Validate()</c>.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ShorthandBinding
    {
        private static readonly ValidationOptions Structural = new ValidationOptions { StructuralOnly = true };

        /// <summary>Parses, or throws <see cref="ShorthandException"/>.</summary>
        public static T Parse<T>(string text, SchemaShape shape, string rootName, ShorthandValueReader<T> read, Func<ParamNode, T> bind)
            where T : class =>
            TryParse(text, shape, rootName, read, bind, out var value, out var error) ? value : throw new ShorthandException(error);

        /// <summary>Parses without throwing.</summary>
        public static bool TryParse<T>(string text, SchemaShape shape, string rootName, ShorthandValueReader<T> read, Func<ParamNode, T> bind, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out ShorthandError? error)
            where T : class
        {
            if (TryRead(text, read, out value))
            {
                error = null;
                return true;
            }

            return TryParseTree(text, shape, rootName, bind, out value, out error);
        }

        /// <summary>Parses one structure per token, as the CLI reads a list argument.</summary>
        public static IReadOnlyList<T> ParseList<T>(string[] tokens, SchemaShape itemShape, string rootName, ShorthandValueReader<T> read, Func<ParamNode, T> bind)
            where T : class
        {
            var items = new T[tokens.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = Parse(tokens[i], itemShape, rootName + "[" + i + "]", read, bind);
            }

            return items;
        }

        /// <summary>The one-pass reader alone: false when it cannot vouch for the input (which may still be valid).</summary>
        public static bool TryRead<T>(string text, ShorthandValueReader<T> read, [NotNullWhen(true)] out T? value)
            where T : class
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            value = null;
            if (text.Length > ShorthandParser.MaxInputLength)
            {
                return false;
            }

            var cursor = new ShorthandCursor(text);
            value = read(ref cursor);
            if (cursor.Failed)
            {
                value = null;
            }

            return value is not null;
        }

        /// <summary>The reference pipeline alone: tree, conversion, structural checks, binding; the CLI's errors.</summary>
        public static bool TryParseTree<T>(string text, SchemaShape shape, string rootName, Func<ParamNode, T> bind, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out ShorthandError? error)
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
