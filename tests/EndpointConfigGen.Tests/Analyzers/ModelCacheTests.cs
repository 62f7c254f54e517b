using EndpointConfigGen.Analyzers;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>Models are decoded once per distinct text, whichever compilation's string instance carries it.</summary>
public class ModelCacheTests
{
    [Fact]
    public void Equal_texts_share_one_decoded_model()
    {
        const string Text = "ecg1`CacheTest\nSRequest\n.Name`1\nsName";

        var first = ModelCache.Get(string.Concat("ecg1`CacheTest\n", "SRequest\n.Name`1\nsName"));

        Assert.NotNull(first);
        Assert.Same(first, ModelCache.Get(Text));
    }

    [Fact]
    public void An_unreadable_text_gives_no_model() => Assert.Null(ModelCache.Get("ecg0`From another version"));
}
