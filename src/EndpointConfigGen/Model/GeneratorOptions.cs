namespace EndpointConfigGen.Model
{
    /// <summary>
    /// The project-wide MSBuild settings the generator reads, reduced to plain data. <paramref name="BuiltInRules"/> is
    /// false when <c>EndpointConfigGenBuiltInRules</c> turns the package's own rules off; <paramref name="Generate"/> is
    /// <c>EndpointConfigGenGenerate</c> as written (the binder reads it, so that a wrong value is reported on each file).
    /// </summary>
    internal sealed record GeneratorOptions(string Namespace, EquatableArray<string> Operations, bool BuiltInRules, string? Generate = null);

    /// <summary>What is generated from a shape file (<c>EndpointConfigGenGenerate</c>).</summary>
    internal enum GenerateMode
    {
        /// <summary>Everything: records, enums, JSON, shorthand, validation, skeletons, CLI tables and clients.</summary>
        All,

        /// <summary>
        /// Only what checking code written with the AWS SDK's types needs: the model encoding (for the analyzers and
        /// the run-time schema) and the <c>Validate()</c>/<c>ThrowIfInvalid()</c> extensions on the SDK's classes.
        /// </summary>
        SdkChecks,
    }

    /// <summary>One shape file's text and the operations its item metadata selects.</summary>
    internal sealed record ShapeFileInput(string Path, string Text, FileSettings Settings);

    /// <summary>
    /// A shape file's own <c>EndpointConfigGenOperations</c>, <c>EndpointConfigGenNamespace</c> and <c>EndpointConfigGenGenerate</c>
    /// item metadata; empty and null fall back to the project's. <paramref name="BuiltIn"/> marks a shape file the package
    /// carries (Pipeline/BuiltInShapes), whose generated classes stay internal to the project.
    /// </summary>
    internal sealed record FileSettings(EquatableArray<string> Operations, string? Namespace, string? Generate = null, bool BuiltIn = false);

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
