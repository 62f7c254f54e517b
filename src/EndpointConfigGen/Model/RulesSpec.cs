namespace EndpointConfigGen.Model
{
    /// <summary>
    /// Facts the service model does not state, read from the <c>*.rules.json</c> file beside a
    /// shape file (format: shapes/README.md). Empty when there is none.
    /// </summary>
    internal sealed record RulesSpec(EquatableArray<LocalStorageSpec> LocalStorage)
    {
        public static readonly RulesSpec None = new RulesSpec(EquatableArray<LocalStorageSpec>.Empty);
    }

    /// <summary>Which values of an enum shape name instance types with local (instance-store) storage.</summary>
    internal sealed record LocalStorageSpec(string Shape, EquatableArray<string> Families);
}
