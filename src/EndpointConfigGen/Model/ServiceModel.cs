using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Model
{
    /// <summary>
    /// One service-model file after reading: every fact later stages need, nothing Roslyn-owned. Every spec is complete
    /// when constructed (<c>required</c> names, as System.Text.Json's generator specs): the reader names each shape,
    /// member and operation from the model alone, and the binder only selects and names what spans a file.
    /// </summary>
    internal sealed record ServiceModel(
        ServiceMetadata Metadata,
        EquatableArray<OperationSpec> Operations,
        EquatableArray<ShapeSpec> Shapes,
        RulesSpec Rules);

    /// <summary>
    /// The model's <c>metadata</c> values a client is made of (empty where the model omits one):
    /// <c>serviceId</c>, <c>protocol</c>, <c>targetPrefix</c>, <c>jsonVersion</c>, <c>signingName</c>,
    /// <c>endpointPrefix</c> and <c>apiVersion</c>.
    /// </summary>
    internal sealed record ServiceMetadata(
        string ServiceId,
        string Protocol,
        string TargetPrefix,
        string JsonVersion,
        string SigningName,
        string EndpointPrefix,
        string ApiVersion)
    {
        /// <summary>The protocol clients are generated for (awsJson1_0 and awsJson1_1).</summary>
        public const string JsonProtocol = "json";

        public bool HasClientProtocol => Protocol == JsonProtocol;
    }

    /// <summary>An operation, with its <c>http</c> binding (<c>POST /</c> in json-protocol models).</summary>
    internal sealed record OperationSpec(string Name, string? Input, string? Output, string? Documentation, bool Deprecated, string HttpMethod, string RequestUri)
    {
        /// <summary>The static class of its name, skeletons and CLI command, clear of every shape's type name.</summary>
        public required string ClassName { get; init; }

        /// <summary>The AWS CLI command, e.g. <c>create-endpoint-config</c>.</summary>
        public required string CommandName { get; init; }

        /// <summary>The client method, e.g. <c>CreateEndpointConfigAsync</c>.</summary>
        public required string MethodName { get; init; }

        /// <summary>The error shapes the operation names (<c>errors</c>), in model order.</summary>
        public EquatableArray<string> Errors { get; init; } = EquatableArray<string>.Empty;
    }

    /// <summary>
    /// A shape. Numeric bounds are kept as the model's text so nothing is lost to float rounding:
    /// botocore uses <c>min</c>/<c>max</c> for lengths (strings, blobs, lists, maps) and values (numbers).
    /// </summary>
    internal sealed record ShapeSpec(
        string Name,
        SchemaKind Kind,
        EquatableArray<MemberSpec> Members,
        string? ListMember,
        string? MapKey,
        string? MapValue,
        EquatableArray<string> EnumValues,
        string? Min,
        string? Max,
        string? Pattern,
        string? Documentation,
        bool Deprecated,
        bool IsUnion)
    {
        /// <summary>The C# type the shape's name gives; a structure or enum is declared under it.</summary>
        public required string TypeName { get; init; }

        /// <summary>An enum's C# value names, in the order of <see cref="EnumValues"/>; empty for other kinds.</summary>
        public required EquatableArray<string> EnumValueNames { get; init; }

        /// <summary>An error shape's <c>error.code</c>, where it differs from the shape name (awsQueryCompatible services).</summary>
        public string? ErrorCode { get; init; }

        /// <summary>An error shape's <c>error.httpStatusCode</c>, as the model's text.</summary>
        public string? ErrorStatus { get; init; }
    }

    internal sealed record MemberSpec(
        string Name,
        string Target,
        bool Required,
        string? Documentation,
        bool Deprecated,
        string? DeprecatedMessage,
        bool IdempotencyToken)
    {
        /// <summary>The C# property, clear of its type's name and members (an exception's members take ModelBinder's).</summary>
        public required string Property { get; init; }

        /// <summary>The local variable generated methods hold the member's value in.</summary>
        public required string Local { get; init; }

        /// <summary>The AWS CLI option, e.g. <c>--production-variants</c>.</summary>
        public required string CliOption { get; init; }
    }
}
