using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Rules the service model does not state, for one structure shape (an operation's input),
    /// built from the <c>operationRules</c> section of a <c>*.rules.json</c> file (shapes/README.md).
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class OperationRules
    {
        /// <summary>Creates the rules for a shape.</summary>
        public OperationRules(string shape, IReadOnlyList<OperationRule> rules)
        {
            Shape = shape;
            Rules = rules;
        }

        /// <summary>The structure shape the rules apply to, e.g. <c>CreateEndpointConfigInput</c>.</summary>
        public string Shape { get; }

        /// <summary>The rules, applied in this order.</summary>
        public IReadOnlyList<OperationRule> Rules { get; }
    }

    /// <summary>The kinds of operation rule; each reads the <see cref="OperationRule"/> properties its summary names.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public enum OperationRuleKind
    {
        /// <summary>
        /// <see cref="OperationRule.Member"/> must not be set while an item's <see cref="OperationRule.ItemMember"/>
        /// has a family (middle dot-part: <c>ml.g5.xlarge</c> → <c>g5</c>) in <see cref="OperationRule.Values"/>.
        /// </summary>
        ForbiddenWithFamily,
        /// <summary>An item's numeric <see cref="OperationRule.ItemMember"/> equals 0.</summary>
        ZeroValue,
        /// <summary>Every item (at least one) has <see cref="OperationRule.ItemMember"/> set to 0.</summary>
        AllZeroValue,
        /// <summary>An item's numeric <see cref="OperationRule.ItemMember"/> is below 0.</summary>
        NegativeValue,
        /// <summary><see cref="OperationRule.ItemMember"/> strings must be unique across all the lists.</summary>
        UniqueValue,
        /// <summary>An item with <see cref="OperationRule.ItemMember"/> set must set none of <see cref="OperationRule.Members"/>.</summary>
        Excludes,
        /// <summary>An item must set at least one of <see cref="OperationRule.Members"/>.</summary>
        RequiresOneOf,
        /// <summary>When <see cref="OperationRule.Member"/> is set, each list must have exactly <see cref="OperationRule.Count"/> items.</summary>
        CountWhenPresent,
    }

    /// <summary>One operation rule: a kind plus the member names (and values) it reads.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class OperationRule
    {
        private static readonly string[] None = new string[0];

        /// <summary>Creates a rule; set the properties its kind reads.</summary>
        public OperationRule(string id, OperationRuleKind kind, ProblemSeverity severity = ProblemSeverity.Error)
        {
            Id = id;
            Kind = kind;
            Severity = severity;
        }

        /// <summary>Stable id reported as <see cref="ValidationProblem.RuleId"/>, e.g. <c>kms-local-storage</c>.</summary>
        public string Id { get; }

        /// <summary>What the rule checks.</summary>
        public OperationRuleKind Kind { get; }

        /// <summary>Severity of the problems it reports.</summary>
        public ProblemSeverity Severity { get; }

        /// <summary>The list members of the structure whose items the rule reads, e.g. <c>ProductionVariants</c>.</summary>
        public IReadOnlyList<string> Lists { get; set; } = None;

        /// <summary>The item member that names an item in messages, e.g. <c>VariantName</c>; null for none.</summary>
        public string? NameMember { get; set; }

        /// <summary>A member of the structure itself, e.g. <c>KmsKeyId</c>.</summary>
        public string? Member { get; set; }

        /// <summary>The item member the rule reads, e.g. <c>InitialVariantWeight</c>.</summary>
        public string? ItemMember { get; set; }

        /// <summary>Further item members, e.g. <c>InstanceType</c>, <c>InitialInstanceCount</c>.</summary>
        public IReadOnlyList<string> Members { get; set; } = None;

        /// <summary>Values the rule compares with, e.g. the instance families with local storage.</summary>
        public IReadOnlyList<string> Values { get; set; } = None;

        /// <summary>The item count <see cref="OperationRuleKind.CountWhenPresent"/> demands.</summary>
        public int Count { get; set; }

        /// <summary>What the message calls <see cref="Member"/> (e.g. <c>a KMS key</c>); null for the member name.</summary>
        public string? Subject { get; set; }

        /// <summary>Why, appended to the message (e.g. <c>has local instance storage</c>); null for a generic reason.</summary>
        public string? Reason { get; set; }
    }
}
