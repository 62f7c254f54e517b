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
            if (!ShorthandSpecialCases.IsBareValue(shape, text ?? throw new ArgumentNullException(nameof(text))) && TryRead(text, read, out value))
            {
                error = null;
                return true;
            }

            return TryParseTree(text, shape, rootName, bind, out value, out error);
        }

        /// <summary>
        /// Parses one structure per token, as the CLI reads a list argument: every token is parsed, then
        /// every one converted, then all are validated, so the first error is the CLI's first.
        /// </summary>
        /// <remarks><paramref name="oldListCase"/> is true for an argument in the CLI's table of one-member list
        /// arguments (<see cref="ShorthandSpecialCases.IsOldListArgument"/>): each token is then the item's one member.</remarks>
        public static IReadOnlyList<T> ParseList<T>(string[] tokens, SchemaShape itemShape, string rootName, ShorthandValueReader<T> read, Func<ParamNode, T> bind, bool oldListCase = false)
            where T : class
        {
            var items = new T[(tokens ?? throw new ArgumentNullException(nameof(tokens))).Length];
            if (oldListCase && ShorthandSpecialCases.IsOldListItem(itemShape))
            {
                return BindList(tokens, ShorthandSpecialCases.OldListValue(tokens, itemShape).Items, itemShape, rootName, bind);
            }

            var onePass = true;
            for (var i = 0; i < items.Length && onePass; i++)
            {
                onePass = TryRead(tokens[i], read, out items[i]!);
            }

            if (onePass)
            {
                return items;
            }

            var trees = new ParamNode[tokens.Length];
            for (var i = 0; i < trees.Length; i++)
            {
                if (tokens[i] is null)
                {
                    throw new ArgumentNullException(nameof(tokens));
                }

                if (!ShorthandParser.TryParse(tokens[i], out var tree, out var parseError))
                {
                    throw new ShorthandException(parseError!);
                }

                trees[i] = tree!;
            }

            for (var i = 0; i < trees.Length; i++)
            {
                if (!TryConvertOnly(tokens[i], trees[i], itemShape, out trees[i]!, out var error))
                {
                    throw new ShorthandException(error);
                }
            }

            return BindList(tokens, trees, itemShape, rootName, bind);
        }

        // Validates every item (botocore reports all problems of a request at once), then binds.
        private static IReadOnlyList<T> BindList<T>(string[] tokens, IReadOnlyList<ParamNode> trees, SchemaShape itemShape, string rootName, Func<ParamNode, T> bind)
        {
            var problems = new List<ValidationProblem>();
            var firstAt = -1;
            for (var i = 0; i < trees.Count; i++)
            {
                var found = ParamValidator.Validate(trees[i], itemShape, rootName + "[" + i + "]", Structural);
                if (found.Count > 0 && firstAt < 0)
                {
                    firstAt = i;
                }

                problems.AddRange(found);
            }

            if (firstAt >= 0)
            {
                throw new ShorthandException(ProblemsError(tokens[firstAt], problems));
            }

            var items = new T[trees.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = bind(trees[i]);
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
            ParamNode? converted;
            if (ShorthandSpecialCases.IsBareValue(shape, text))
            {
                // The CLI takes the text as it is: nothing to parse or convert, only to validate.
                converted = ShorthandSpecialCases.BareValue(text);
                if (!TryValidate(text, converted, shape, rootName, out error))
                {
                    return false;
                }
            }
            else if (!ShorthandParser.TryParse(text, out var tree, out var parseError))
            {
                error = parseError!;
                return false;
            }
            else if (!TryConvert(text, tree!, shape, rootName, out converted, out error))
            {
                return false;
            }

            value = bind(converted!);
            return true;
        }

        /// <summary>Converts a parsed tree and checks its structure; problems become one error located at the first.</summary>
        public static bool TryConvert(string text, ParamNode tree, SchemaShape shape, string rootName, [NotNullWhen(true)] out ParamNode? converted, [NotNullWhen(false)] out ShorthandError? error)
        {
            if (TryConvertOnly(text, tree, shape, out converted, out error) && TryValidate(text, converted, shape, rootName, out error))
            {
                return true;
            }

            converted = null;
            return false;
        }

        private static bool TryConvertOnly(string text, ParamNode tree, SchemaShape shape, [NotNullWhen(true)] out ParamNode? converted, [NotNullWhen(false)] out ShorthandError? error)
        {
            try
            {
                converted = ParamConverter.Convert(tree, shape);
                error = null;
                return true;
            }
            catch (ParamConversionException e)
            {
                converted = null;
                error = ShorthandErrorText.Create(text, Math.Max(e.Node.Offset, 0), e.Message);
                return false;
            }
        }

        private static bool TryValidate(string text, ParamNode converted, SchemaShape shape, string rootName, [NotNullWhen(false)] out ShorthandError? error)
        {
            var problems = ParamValidator.Validate(converted, shape, rootName, Structural);
            error = problems.Count > 0 ? ProblemsError(text, problems) : null;
            return error is null;
        }

        private static ShorthandError ProblemsError(string text, IReadOnlyList<ValidationProblem> problems)
        {
            var first = problems[0];
            var at = first.KeyOffset >= 0 ? first.KeyOffset : first.Node?.Offset ?? 0;
            return ShorthandErrorText.Create(text, Math.Min(Math.Max(at, 0), text.Length), ValidationException.Format(problems));
        }
    }
}
