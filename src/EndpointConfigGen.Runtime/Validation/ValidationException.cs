using System;
using System.Collections.Generic;
using System.Text;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Thrown when a request fails validation. The message is botocore's:
    /// <c>Parameter validation failed:</c> then one line per problem.
    /// </summary>
    public sealed class ValidationException : Exception
    {
        /// <summary>Creates the exception for these problems.</summary>
        public ValidationException(IReadOnlyList<ValidationProblem> problems)
            : base(Format(problems))
        {
            Problems = problems;
        }

        /// <summary>The problems, in the order they were found.</summary>
        public IReadOnlyList<ValidationProblem> Problems { get; }

        /// <summary>botocore's report: the header line and one line per problem, joined by <c>\n</c>.</summary>
        public static string Format(IReadOnlyList<ValidationProblem> problems)
        {
            var text = new StringBuilder("Parameter validation failed:");
            foreach (var problem in problems)
            {
                text.Append('\n').Append(problem.Message);
            }

            return text.ToString();
        }
    }
}
