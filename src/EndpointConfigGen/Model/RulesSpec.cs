using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Model
{
    /// <summary>
    /// Facts the service model does not state, read from a <c>*.rules.json</c> file (format: shapes/README.md):
    /// the package's built-in ones for <see cref="Service"/>, or the file beside a shape file. Empty when there is none.
    /// </summary>
    internal sealed record RulesSpec(string? Service, EquatableArray<LocalStorageSpec> LocalStorage, EquatableArray<OperationRulesSpec> OperationRules)
    {
        public static readonly RulesSpec None = new RulesSpec(null, EquatableArray<LocalStorageSpec>.Empty, EquatableArray<OperationRulesSpec>.Empty);
    }

    /// <summary>Which values of an enum shape name instance types with local (instance-store) storage.</summary>
    internal sealed record LocalStorageSpec(string Shape, EquatableArray<string> Families);

    /// <summary>
    /// The operation rules of one structure shape; emitted as a runtime <c>OperationRules</c>. <paramref name="Disable"/>
    /// names built-in rules of the same shape that a file beside the shape file turns off.
    /// </summary>
    internal sealed record OperationRulesSpec(string Shape, EquatableArray<RuleSpec> Rules, EquatableArray<string> Disable);

    /// <summary>
    /// One rule with the section defaults resolved; null and empty arrays mean unset. <paramref name="ValuesFrom"/>
    /// names the section its values come from once rules are attached (a beside file's section replaces the built-in one).
    /// </summary>
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
        string? ValuesFrom,
        int? Count,
        string? Subject,
        string? Reason);
}
