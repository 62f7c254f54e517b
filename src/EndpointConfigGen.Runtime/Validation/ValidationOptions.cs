using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>What <see cref="ParamValidator"/> checks.</summary>
    public sealed class ValidationOptions
    {
        private static readonly OperationRules[] NoRules = new OperationRules[0];

        /// <summary>Accept enum values the model does not list (e.g. an instance type newer than the model).</summary>
        public bool AllowUnknownEnumValues { get; set; }

        /// <summary>
        /// Check only what botocore checks (required, unknown, type, <c>min</c>, union count), exactly as it does,
        /// including accepting a boolean where a number is expected (Python's <c>bool</c> is an <c>int</c>).
        /// No rules are applied.
        /// </summary>
        public bool BotocoreOnly { get; set; }

        /// <summary>Report only structural problems (<see cref="ProblemKinds.IsStructural"/>); no rules are applied.</summary>
        public bool StructuralOnly { get; set; }

        /// <summary>Operation rules; each applies to every structure of its <see cref="OperationRules.Shape"/>.</summary>
        public IReadOnlyList<OperationRules> Rules { get; set; } = NoRules;
    }
}
