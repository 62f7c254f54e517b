namespace EndpointConfigGen.Model
{
    /// <summary>
    /// The AWS SDK for .NET types that correspond to one shape file's shapes, as plain data: what the
    /// SDK-side emitters need, with no symbols, so a C# edit that leaves the SDK reference alone re-emits nothing.
    /// </summary>
    /// <param name="Service">The SDK's name of the service: <c>DynamoDBv2</c> in <c>AWSSDK.DynamoDBv2</c> and <c>Amazon.DynamoDBv2</c>.</param>
    /// <param name="Structures">The structures the SDK has, in model order.</param>
    /// <param name="Enums">The enums the SDK has as <c>ConstantClass</c> types with <c>FindValue</c>, in model order.</param>
    /// <param name="MissingRequests">Operation inputs the SDK has no request class for (operations newer than the SDK), in model order.</param>
    /// <param name="InitializeCollections">Whether AWSSDK.Core has <c>AWSConfigs.InitializeCollections</c> (v4), which conversions read.</param>
    internal sealed record SdkSurface(string Service, EquatableArray<SdkStructure> Structures, EquatableArray<SdkEnum> Enums, EquatableArray<string> MissingRequests, bool InitializeCollections);

    /// <summary>An SDK class for a structure shape.</summary>
    /// <param name="Shape">The shape's name in the model.</param>
    /// <param name="TypeName">The class, fully qualified with <c>global::</c>.</param>
    /// <param name="Properties">The members whose SDK property has a type matching the shape, in model order.</param>
    /// <param name="Missing">Members the SDK class has no matching property for.</param>
    /// <param name="Unmodeled">The SDK class's settable properties that are no member of the model (an SDK newer than the shape file), by name.</param>
    internal sealed record SdkStructure(string Shape, string TypeName, EquatableArray<SdkProperty> Properties, EquatableArray<string> Missing, EquatableArray<string> Unmodeled);

    /// <summary>A member's SDK property.</summary>
    /// <param name="Member">The member's name in the model (its name on the wire).</param>
    /// <param name="Property">The property's name.</param>
    /// <param name="Kind">What the property holds.</param>
    /// <param name="TypeName">The property's type, fully qualified with <c>global::</c>.</param>
    /// <param name="Leaf">What the property's scalars or structures hold, inside its lists and maps (<paramref name="Kind"/> when it has none).</param>
    /// <param name="LeafTypeName">Their type, fully qualified with <c>global::</c>, nullable value types unwrapped.</param>
    internal sealed record SdkProperty(string Member, string Property, SdkValueKind Kind, string TypeName, SdkValueKind Leaf, string LeafTypeName);

    /// <summary>An SDK <c>ConstantClass</c> for an enum shape.</summary>
    /// <param name="Shape">The shape's name in the model.</param>
    /// <param name="TypeName">The class, fully qualified with <c>global::</c>.</param>
    /// <param name="Missing">The model's values the class has no static field for (by the SDK's field naming).</param>
    /// <param name="Unmodeled">The class's static fields for values the model does not list, by field name.</param>
    internal sealed record SdkEnum(string Shape, string TypeName, EquatableArray<string> Missing, EquatableArray<string> Unmodeled);

    /// <summary>What an SDK property holds, after nullable value types are unwrapped.</summary>
    internal enum SdkValueKind
    {
        String,
        Constant,
        Integer,
        Long,
        Float,
        Double,
        Boolean,
        DateTime,
        Stream,
        List,
        Map,
        Structure,
    }
}
