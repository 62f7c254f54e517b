using System.Linq;
using EndpointConfigGen.Runtime;

namespace Consumer.Tests;

/// <summary>The list builder of the one-pass shorthand reader, across its inline slots, growing chunk and full chunks.</summary>
public sealed class ItemBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(100)]
    [InlineData(1028)]
    [InlineData(1029)]
    [InlineData(5000)]
    public void GivesBackExactlyTheItemsInOrder(int count)
    {
        var buffer = new ItemBuffer<string>();
        var expected = Enumerable.Range(0, count).Select(i => "item" + i).ToArray();
        foreach (var item in expected)
        {
            buffer.Add(item);
        }

        var items = buffer.ToArray();

        Assert.Equal(expected, items);
        Assert.Equal(count, items.Length);
    }
}
