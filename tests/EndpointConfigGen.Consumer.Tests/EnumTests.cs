using System.Linq;
using Consumer.Models;

namespace Consumer.Tests;

public class EnumTests
{
    [Fact]
    public void Known_values_come_from_the_model()
    {
        Assert.Equal(271, ProductionVariantInstanceType.KnownValues.Count);
        Assert.Equal("ml.t2.medium", ProductionVariantInstanceType.KnownValues[0].Value);
        Assert.Equal("ml.m5.large", ProductionVariantInstanceType.Values.MlM5Large);
        Assert.True(ProductionVariantInstanceType.MlG6e12xlarge.IsKnown);
    }

    [Fact]
    public void Unknown_values_stay_usable()
    {
        ProductionVariantInstanceType future = "ml.g9.48xlarge";

        Assert.False(future.IsKnown);
        Assert.Equal("ml.g9.48xlarge", future.ToString());
        var variant = new ProductionVariant { VariantName = "v", InstanceType = future };
        Assert.Contains("\"ml.g9.48xlarge\"", variant.ToJson(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_is_ordinal_on_the_wire_value()
    {
        Assert.Equal(ProductionVariantInstanceType.MlM5Large, (ProductionVariantInstanceType)"ml.m5.large");
        Assert.NotEqual(ProductionVariantInstanceType.MlM5Large, (ProductionVariantInstanceType)"ML.M5.LARGE");
        Assert.True(ProductionVariantInstanceType.KnownValues.Distinct().Count() == 271);
        Assert.Equal(string.Empty, default(ProductionVariantInstanceType).Value);
    }
}
