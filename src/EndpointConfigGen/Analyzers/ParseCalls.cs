using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>Recognises calls of the generated parse methods, whose constant arguments the analyzers read.</summary>
    internal static class ParseCalls
    {
        public const string ParseShorthand = nameof(ParseShorthand);
        public const string TryParseShorthand = nameof(TryParseShorthand);
        public const string ParseShorthandList = nameof(ParseShorthandList);
        public const string FromJson = nameof(FromJson);

        /// <summary>
        /// The schema of the generated structure whose static parse method is called (<c>FromJson</c> only
        /// in its string form), or null for any other call.
        /// </summary>
        public static TypeSchema? Schema(IInvocationOperation call, ModelLookup schemas)
        {
            var method = call.TargetMethod;
            bool parse = method.Name is ParseShorthand or TryParseShorthand or ParseShorthandList
                || (method.Name == FromJson && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String);
            return parse && method.IsStatic && call.Arguments.Length > 0 ? schemas.Get(method.ContainingType) : null;
        }

        /// <summary>The tokens of a <c>params string[]</c> argument, written out or as an array or collection literal; null otherwise.</summary>
        public static IReadOnlyList<IOperation>? Tokens(IOperation argument)
        {
            while (argument is IConversionOperation conversion)
            {
                argument = conversion.Operand;
            }

            return CollectionElements.Of(argument);
        }
    }
}
