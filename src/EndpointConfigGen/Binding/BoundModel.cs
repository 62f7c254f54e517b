using EndpointConfigGen.Model;

namespace EndpointConfigGen.Binding
{
    /// <summary>
    /// One shape file's model with the operations the project selected and the shapes they reach (<see cref="Generated"/>),
    /// by <see cref="ModelBinder"/>: what the emitters read. <see cref="Model"/> is the file as read, every shape included.
    /// </summary>
    internal sealed record BoundModel(
        ServiceModel Model,
        string Namespace,
        string Stem,
        EquatableArray<OperationSpec> Operations,
        EquatableArray<ShapeSpec> Generated,
        string SchemaClass,
        ClientNames Client)
    {
        /// <summary>What is generated: everything, or only what checks on AWS SDK code need.</summary>
        public GenerateMode Generate { get; init; }

        /// <summary>True for a shape file the package carries: its classes are internal, so projects that each get it never clash.</summary>
        public bool BuiltIn { get; init; }

        /// <summary>The exception types of the error shapes the operations name, in model order (emitted with the client).</summary>
        public EquatableArray<ErrorTypeSpec> Errors { get; init; } = EquatableArray<ErrorTypeSpec>.Empty;

        /// <summary>True when the client and config classes are generated: the client assembly is referenced and the protocol is spoken.</summary>
        public bool DeclaresClient(CompilationFacts facts) => Generate == GenerateMode.All && facts.HasClient && Model.Metadata.HasClientProtocol;
    }

    /// <summary>
    /// The binding step's output for one shape file: the bound model, or null when the file could not be
    /// read, with the diagnostics so far (the reader's and the binder's).
    /// </summary>
    internal sealed record BoundFile(string FilePath, BoundModel? Bound, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>The C# names of a service's client and config.</summary>
    internal sealed record ClientNames(string Client, string Config);
}

namespace EndpointConfigGen.Binding
{
    /// <summary>
    /// The exception type of an error shape: thrown for any of <see cref="Codes"/> (the shape name, and its
    /// <c>error.code</c> where that differs), with one property per modeled member but the message.
    /// </summary>
    internal sealed record ErrorTypeSpec(
        string ShapeName,
        string TypeName,
        EquatableArray<string> Codes,
        string? Documentation,
        string? HttpStatus,
        EquatableArray<MemberSpec> Members);
}
