using System.Collections.Generic;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>A constant string argument and, when it is a single literal, the map from its value back to source.</summary>
    internal sealed class LiteralText
    {
        private readonly SyntaxNode _syntax;
        private StringLiteralMap? _map;
        private bool _mapped;

        private LiteralText(string value, SyntaxNode syntax)
        {
            Value = value;
            _syntax = syntax;
        }

        public string Value { get; }

        /// <summary>True when positions inside the value can be shown (a code fix may then edit them).</summary>
        public bool IsMapped => Map is not null;

        // Built on first use: only a literal with a problem needs positions, and most have none.
        private StringLiteralMap? Map
        {
            get
            {
                if (!_mapped)
                {
                    _map = _syntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                        ? StringLiteralMap.Create(literal.Token)
                        : null;
                    _mapped = true;
                }

                return _map;
            }
        }

        public static LiteralText? From(IOperation argument)
        {
            var value = argument;
            while (value is IConversionOperation conversion && !value.ConstantValue.HasValue)
            {
                value = conversion.Operand;
            }

            if (value.ConstantValue.Value is not string text)
            {
                return null;
            }

            return new LiteralText(text, value.Syntax);
        }

        /// <summary>The location of value chars [<paramref name="start"/>, <paramref name="end"/>), or the whole argument when unmapped.</summary>
        public Location At(int start, int end) =>
            Map is not { } map ? _syntax.GetLocation() : Location.Create(_syntax.SyntaxTree, map.Span(start, end));

        /// <summary>Where a problem's node is: the key for a key problem, else the value.</summary>
        /// <param name="ends">End offsets by start offset, when the parser recorded them (JSON).</param>
        public Location At(ValidationProblem problem, IReadOnlyDictionary<int, int>? ends = null)
        {
            int at = problem.KeyOffset;
            if (at < 0)
            {
                return At(problem.Node, ends);
            }

            return ends is not null && ends.TryGetValue(at, out var end) ? At(at, end) : At(at, at + (problem.Key?.Length ?? 1));
        }

        /// <summary>Where a value read from this text is: a scalar whole, a container by its first char.</summary>
        public Location At(ParamNode? node, IReadOnlyDictionary<int, int>? ends = null)
        {
            int at = node?.Offset ?? 0;
            if (at < 0)
            {
                return _syntax.GetLocation();
            }

            return ends is not null && ends.TryGetValue(at, out var end) && IsScalar(node) ? At(at, end) : At(at, at + ScalarLength(node, at));
        }

        /// <summary>A scalar written unquoted spans its text; anything else is pointed at by its first char.</summary>
        private int ScalarLength(ParamNode? node, int at)
        {
            if (node is null || !IsScalar(node))
            {
                return 1;
            }

            var text = node.Text;
            return text.Length > 0 && at + text.Length <= Value.Length && string.CompareOrdinal(Value, at, text, 0, text.Length) == 0 ? text.Length : 1;
        }

        private static bool IsScalar(ParamNode? node) => node is not null && node.Kind != ParamNodeKind.List && node.Kind != ParamNodeKind.Map;
    }
}
