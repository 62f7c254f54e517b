namespace EndpointConfigGen.Model
{
    /// <summary>
    /// The AWS SDK for .NET types that correspond to one shape file's shapes, as plain data: what the
    /// SDK-side emitters need, with no symbols, so a C# edit that leaves the SDK reference alone re-emits nothing.
    /// </summary>
    /// <param name="Service">The SDK's name of the service: <c>DynamoDBv2</c> in <c>AWSSDK.DynamoDBv2</c> and <c>Amazon.DynamoDBv2</c>.</param>
    /// <param name="Structures">The structures the SDK has, in model order.</param>
    /// <param name="Enums">The enums the SDK has as <c>ConstantClass</c> types, in model order.</param>
    internal sealed record SdkSurface(string Service, EquatableArray<SdkStructure> Structures, EquatableArray<SdkEnum> Enums);

    /// <summary>An SDK class for a structure shape.</summary>
    /// <param name="Shape">The shape's name in the model.</param>
    /// <param name="TypeName">The class, fully qualified with <c>global::</c>.</param>
    /// <param name="Properties">The members whose SDK property has a type matching the shape, in model order.</param>
    /// <param name="Missing">Members the SDK class has no matching property for.</param>
    internal sealed record SdkStructure(string Shape, string TypeName, EquatableArray<SdkProperty> Properties, EquatableArray<string> Missing);

    /// <summary>A member's SDK property.</summary>
    /// <param name="Member">The member's name in the model (its name on the wire).</param>
    /// <param name="Property">The property's name.</param>
    /// <param name="Kind">What the property holds.</param>
    /// <param name="TypeName">The property's type, fully qualified with <c>global::</c>.</param>
    internal sealed record SdkProperty(string Member, string Property, SdkValueKind Kind, string TypeName);

    /// <summary>An SDK <c>ConstantClass</c> for an enum shape.</summary>
    internal sealed record SdkEnum(string Shape, string TypeName);

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
