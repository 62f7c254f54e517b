namespace EndpointConfigGen.TestSupport;

/// <summary>An IAM access key moto issued. <see cref="ToString"/> leaves the secret out.</summary>
public sealed record MotoAccessKey(string AccessKeyId, string SecretAccessKey)
{
    /// <inheritdoc/>
    public override string ToString() => $"MotoAccessKey {{ AccessKeyId = {AccessKeyId} }}";
}
