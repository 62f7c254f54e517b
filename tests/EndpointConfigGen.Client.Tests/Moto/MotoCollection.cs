namespace EndpointConfigGen.Client.Tests.Moto;

/// <summary>Test classes in this collection share one <see cref="MotoFixture"/> (one server for the run).</summary>
[CollectionDefinition(Name)]
public sealed class MotoCollection : ICollectionFixture<MotoFixture>
{
    /// <summary>The collection's name, for <c>[Collection(MotoCollection.Name)]</c>.</summary>
    public const string Name = "moto";
}
