using System.Linq;
using System.Reflection;
using Consumer.Models;

namespace Consumer.Tests;

public class EnumTests
{
    [Fact]
    public void Known_values_come_from_the_model()
    {
        Assert.Equal(271, ProductionVariantInstanceType.KnownValues.Count);
        Assert.Equal("ml.t2.medium", ProductionVariantInstanceType.KnownValues[0].Value);
        Assert.Equal("ml.m5.large", ProductionVariantInstanceType.MlM5Large.Value);
        Assert.True(ProductionVariantInstanceType.MlG6e12xlarge.IsKnown);
        Assert.Same(ProductionVariantInstanceType.KnownValues, ProductionVariantInstanceType.KnownValues);
    }

    [Fact]
    public void Static_members_known_values_and_membership_agree_value_for_value()
    {
        // The members are code, KnownValues and IsKnownValue read the model encoding: both must list the same values in order.
        var members = typeof(ProductionVariantInstanceType).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (ProductionVariantInstanceType)f.GetValue(null)!)
            .ToList();
        Assert.Equal(members, ProductionVariantInstanceType.KnownValues);
        Assert.All(members, m => Assert.True(ProductionVariantInstanceType.IsKnownValue(m.Value), m.Value));
        Assert.Equal(new[] { CaptureMode.Input, CaptureMode.Output, CaptureMode.InputAndOutput }, CaptureMode.KnownValues);
    }

    [Fact]
    public void Membership_is_ordinal_and_null_or_default_is_not_known()
    {
        Assert.True(CaptureMode.IsKnownValue("InputAndOutput"));
        Assert.False(CaptureMode.IsKnownValue("inputandoutput"));
        Assert.False(CaptureMode.IsKnownValue(null));
        Assert.False(default(CaptureMode).IsKnown);
        Assert.False(ProductionVariantInstanceType.IsKnownValue("ml.m5.large "));
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
