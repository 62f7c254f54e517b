using System.Collections.Immutable;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Tests.Generator;

public class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_equal_items_are_equal_and_hash_alike()
    {
        var left = ImmutableArray.Create("a", "b").ToEquatableArray();
        var right = new[] { "a", "b" }.ToEquatableArray();

        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Order_and_length_matter()
    {
        Assert.NotEqual(new[] { "a", "b" }.ToEquatableArray(), new[] { "b", "a" }.ToEquatableArray());
        Assert.NotEqual(new[] { "a" }.ToEquatableArray(), new[] { "a", "a" }.ToEquatableArray());
    }

    [Fact]
    public void Default_is_empty()
    {
        EquatableArray<string> none = default;

        Assert.Empty(none);
        Assert.Equal(EquatableArray<string>.Empty, none);
    }

    [Fact]
    public void Records_holding_them_compare_by_content()
    {
        var first = new GeneratorOptions("Ns", new[] { "Op" }.ToEquatableArray(), BuiltInRules: true);
        var second = new GeneratorOptions("Ns", new[] { "Op" }.ToEquatableArray(), BuiltInRules: true);

        Assert.Equal(first, second);
    }
}
