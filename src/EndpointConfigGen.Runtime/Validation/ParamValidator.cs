using System;
using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Validates an untyped request value (after the CLI's conversions) against its model shape:
    /// every problem botocore's <c>ParamValidator</c> reports, in its order and wording, then what it skips
    /// (max, pattern, enum, map counts) and the operation rules.
    /// </summary>
    public static class ParamValidator
    {
        /// <summary>Collects every problem of <paramref name="value"/>.</summary>
        /// <param name="value">The request value (a map for a structure).</param>
        /// <param name="shape">Its shape.</param>
        /// <param name="rootPath">Path of <paramref name="value"/>, e.g. <c>ProductionVariants[0]</c>; empty (or <c>input</c>) for the request itself.</param>
        /// <param name="options">What to check; null for every check without rules.</param>
        /// <returns>The problems in botocore's order, rule problems after the checks of their structure's members.</returns>
        public static IReadOnlyList<ValidationProblem> Validate(ParamNode value, SchemaShape shape, string rootPath = "", ValidationOptions? options = null)
        {
            throw new NotImplementedException();
        }

        /// <summary>Validates and throws a <see cref="ValidationException"/> carrying the errors (warnings are not thrown) if there are any.</summary>
        /// <returns>The warnings.</returns>
        public static IReadOnlyList<ValidationProblem> ThrowIfInvalid(ParamNode value, SchemaShape shape, string rootPath = "", ValidationOptions? options = null)
        {
            var errors = new List<ValidationProblem>();
            var warnings = new List<ValidationProblem>();
            foreach (var problem in Validate(value, shape, rootPath, options))
            {
                (problem.Severity == ProblemSeverity.Error ? errors : warnings).Add(problem);
            }

            if (errors.Count > 0)
            {
                throw new ValidationException(errors);
            }

            return warnings;
        }
    }
}
