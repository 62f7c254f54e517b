using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Model
{
    /// <summary>
    /// Facts the service model does not state, read from the <c>*.rules.json</c> file beside a
    /// shape file (format: shapes/README.md). Empty when there is none.
    /// </summary>
    internal sealed record RulesSpec(EquatableArray<LocalStorageSpec> LocalStorage, EquatableArray<OperationRulesSpec> OperationRules)
    {
        public static readonly RulesSpec None = new RulesSpec(EquatableArray<LocalStorageSpec>.Empty, EquatableArray<OperationRulesSpec>.Empty);
    }

    /// <summary>Which values of an enum shape name instance types with local (instance-store) storage.</summary>
    internal sealed record LocalStorageSpec(string Shape, EquatableArray<string> Families);

    /// <summary>The operation rules of one structure shape; emitted as a runtime <c>OperationRules</c>.</summary>
    internal sealed record OperationRulesSpec(string Shape, EquatableArray<RuleSpec> Rules);

    /// <summary>One rule with the section defaults and <c>valuesFrom</c> already resolved; empty strings and arrays mean unset.</summary>
    internal sealed record RuleSpec(
        string Id,
        OperationRuleKind Kind,
        bool IsWarning,
        EquatableArray<string> Lists,
        string? NameMember,
        string? Member,
        string? ItemMember,
        EquatableArray<string> Members,
        EquatableArray<string> Values,
        int Count,
        string? Subject,
        string? Reason);
}
