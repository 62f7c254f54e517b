namespace EndpointConfigGen.Client;

/// <summary>Configuration of a generated client for a <c>json</c>-protocol service.</summary>
public abstract class JsonServiceConfig : AwsServiceConfig
{
    /// <summary>Creates the configuration of the service <paramref name="description"/> describes.</summary>
    /// <param name="description">The service's model metadata.</param>
    protected JsonServiceConfig(JsonServiceDescription description) : base(description)
    {
    }

    /// <summary>The service's model metadata.</summary>
    public new JsonServiceDescription Description => (JsonServiceDescription)base.Description;
}
