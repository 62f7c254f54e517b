namespace EndpointConfigGen.Model
{
    /// <summary>A botocore shape type. Strings with <c>enum</c> are <see cref="Enum"/>.</summary>
    internal enum ShapeKind
    {
        Structure,
        List,
        Map,
        String,
        Enum,
        Integer,
        Long,
        Float,
        Double,
        Boolean,
        Timestamp,
        Blob,
        Document,
    }

    /// <summary>One service-model file after reading: every fact later stages need, nothing Roslyn-owned.</summary>
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
        string ApiVersion);

    /// <summary>An operation, with its <c>http</c> binding (<c>POST /</c> in json-protocol models).</summary>
    internal sealed record OperationSpec(string Name, string? Input, string? Output, string? Documentation, bool Deprecated, string HttpMethod, string RequestUri);

    /// <summary>
    /// A shape. Numeric bounds are kept as the model's text so nothing is lost to float rounding:
    /// botocore uses <c>min</c>/<c>max</c> for lengths (strings, blobs, lists, maps) and values (numbers).
    /// </summary>
    internal sealed record ShapeSpec(
        string Name,
        ShapeKind Kind,
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
        bool IsUnion);

    internal sealed record MemberSpec(
        string Name,
        string Target,
        bool Required,
        string? Documentation,
        bool Deprecated,
        string? DeprecatedMessage,
        bool IdempotencyToken);
}
