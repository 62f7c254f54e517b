using System;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// One option of a CLI command: a top-level input member, named and typed as the AWS CLI does it.
    /// How it reads and what its help shows follow from its schema; the help's examples are built on
    /// first use, as a deeply nested member's JSON example runs to megabytes.
    /// </summary>
    public sealed class CliOption
    {
        private readonly Lazy<string?> _shorthandSyntax;
        private readonly Lazy<string?> _jsonSyntax;

        /// <summary>Creates an option.</summary>
        /// <param name="memberName">The input member it sets.</param>
        /// <param name="name">The option, e.g. <c>--production-variants</c>.</param>
        /// <param name="shape">The member's shape.</param>
        /// <param name="required">True when the CLI demands the option (unless <c>--cli-input-json</c> is given).</param>
        /// <param name="isIdempotencyToken">True when botocore fills a random UUID in if the member is not given.</param>
        public CliOption(string memberName, string name, SchemaShape shape, bool required, bool isIdempotencyToken)
        {
            MemberName = memberName;
            Name = name;
            Shape = shape;
            Required = required;
            IsIdempotencyToken = isIdempotencyToken;
            TakesShorthand = ShorthandSyntaxDoc.Supports(shape);
            _shorthandSyntax = new Lazy<string?>(() => ShorthandSyntaxDoc.Example(shape));
            _jsonSyntax = new Lazy<string?>(() => JsonSyntaxDoc.Example(shape));
        }

        /// <summary>The input member the option sets.</summary>
        public string MemberName { get; }

        /// <summary>The option as typed, with its leading <c>--</c>.</summary>
        public string Name { get; }

        /// <summary>The negative flag of a boolean option (<c>--no-x</c>); null otherwise.</summary>
        public string? NegatedName => IsBoolean ? "--no-" + Name.Substring(2) : null;

        /// <summary>The member's shape.</summary>
        public SchemaShape Shape { get; }

        /// <summary>True when the CLI demands the option.</summary>
        public bool Required { get; }

        /// <summary>True when the option takes one value per token (argparse <c>nargs='*'</c>): list members.</summary>
        public bool IsList => Shape.Kind == SchemaKind.List;

        /// <summary>True for a boolean flag pair <c>--x</c> / <c>--no-x</c> without values.</summary>
        public bool IsBoolean => Shape.Kind == SchemaKind.Boolean;

        /// <summary>True when botocore fills a random UUID in if the member is not given.</summary>
        public bool IsIdempotencyToken { get; }

        /// <summary>True when a value not starting with <c>[</c> or <c>{</c> is read as shorthand: structures, maps and lists of those, without documents.</summary>
        public bool TakesShorthand { get; }

        /// <summary>The shorthand example shown by help, or null.</summary>
        public string? ShorthandSyntax => _shorthandSyntax.Value;

        /// <summary>The JSON example shown by help, or null for scalars.</summary>
        public string? JsonSyntax => _jsonSyntax.Value;
    }
}
