namespace EndpointConfigGen.Model
{
    /// <summary>
    /// The project-wide MSBuild settings the generator reads, reduced to plain data. <paramref name="BuiltInRules"/> is
    /// false when <c>EndpointConfigGenBuiltInRules</c> turns the package's own rules off.
    /// </summary>
    internal sealed record GeneratorOptions(string Namespace, EquatableArray<string> Operations, bool BuiltInRules);

    /// <summary>One shape file's text and the operations its item metadata selects.</summary>
    internal sealed record ShapeFileInput(string Path, string Text, FileSettings Settings);

    /// <summary>A shape file's own <c>EndpointConfigGenOperations</c> and <c>EndpointConfigGenNamespace</c> item metadata; empty and null fall back to the project's.</summary>
    internal sealed record FileSettings(EquatableArray<string> Operations, string? Namespace);

    /// <summary>
    /// What the generator needs to know about the consumer's compilation: the referenced runtime's
    /// version (null when it is not referenced), whether the optional CLI and client assemblies are
    /// referenced, and the language.
    /// </summary>
    internal sealed record CompilationFacts(string? RuntimeVersion, bool HasCli, bool HasClient, bool SupportsRequiredMembers, string LanguageVersion);

    /// <summary>A generated source file.</summary>
    internal sealed record GeneratedSource(string HintName, string Text);

    /// <summary>Everything generated for one shape file: sources and the problems found on the way.</summary>
    internal sealed record GenerationOutput(EquatableArray<GeneratedSource> Sources, EquatableArray<DiagnosticInfo> Diagnostics);
}
