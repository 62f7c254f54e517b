using EndpointConfigGen.Runtime;
namespace EndpointConfigGen.Cli
{
    /// <summary>One option of a CLI command: a top-level input member, named and typed as the AWS CLI does it.</summary>
    public sealed class CliOption
    {
        /// <summary>Creates an option.</summary>
        /// <param name="memberName">The input member it sets.</param>
        /// <param name="name">The option, e.g. <c>--production-variants</c>.</param>
        /// <param name="shape">The member's shape.</param>
        /// <param name="required">True when the CLI demands the option (unless <c>--cli-input-json</c> is given).</param>
        /// <param name="isList">True when it takes one value per command-line token (argparse <c>nargs='*'</c>).</param>
        /// <param name="isBoolean">True for a flag pair <c>--x</c> / <c>--no-x</c> without values.</param>
        /// <param name="isIdempotencyToken">True when botocore fills a random UUID in if the member is not given.</param>
        /// <param name="takesShorthand">True when a value not starting with <c>[</c> or <c>{</c> is read as shorthand.</param>
        /// <param name="shorthandSyntax">The help's shorthand example, or null.</param>
        /// <param name="jsonSyntax">The help's JSON example, or null.</param>
        public CliOption(string memberName, string name, SchemaShape shape, bool required, bool isList, bool isBoolean, bool isIdempotencyToken, bool takesShorthand, string? shorthandSyntax, string? jsonSyntax)
        {
            MemberName = memberName;
            Name = name;
            Shape = shape;
            Required = required;
            IsList = isList;
            IsBoolean = isBoolean;
            IsIdempotencyToken = isIdempotencyToken;
            TakesShorthand = takesShorthand;
            ShorthandSyntax = shorthandSyntax;
            JsonSyntax = jsonSyntax;
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

        /// <summary>True when the option takes one value per token.</summary>
        public bool IsList { get; }

        /// <summary>True for a boolean flag pair.</summary>
        public bool IsBoolean { get; }

        /// <summary>True when botocore fills a random UUID in if the member is not given.</summary>
        public bool IsIdempotencyToken { get; }

        /// <summary>True when the CLI reads non-JSON values as shorthand.</summary>
        public bool TakesShorthand { get; }

        /// <summary>The shorthand example shown by help, or null.</summary>
        public string? ShorthandSyntax { get; }

        /// <summary>The JSON example shown by help, or null.</summary>
        public string? JsonSyntax { get; }
    }
}
