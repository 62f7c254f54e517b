namespace EndpointConfigGen.PackageTests;

/// <summary>
/// Every test class of this project shares one packed package, and runs one after another: packing twice at once
/// would build the same Release output from two processes.
/// </summary>
[CollectionDefinition(nameof(PackageCollection))]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
}
