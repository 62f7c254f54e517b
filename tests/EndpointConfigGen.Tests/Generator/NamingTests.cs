using EndpointConfigGen.Binding;

namespace EndpointConfigGen.Tests.Generator;

public class NamingTests
{
    [Theory]
    [InlineData("ProductionVariant", "ProductionVariant")]
    [InlineData("class", "@class")]
    [InlineData("1st", "_1st")]
    [InlineData("a-b.c", "a_b_c")]
    [InlineData("_", "_X")]
    [InlineData("__", "__X")]
    [InlineData("é", "_X")]
    public void Identifiers_are_valid_csharp(string name, string expected) => Assert.Equal(expected, Naming.Identifier(name));

    [Fact]
    public void Names_differing_only_in_replaced_characters_stay_distinct()
    {
        Assert.NotEqual(Naming.PropertyName("a-b", "T"), Naming.PropertyName("a.b", "T"));
        Assert.NotEqual(Naming.PropertyName("a-b", "T"), Naming.PropertyName("a_b", "T"));
        Assert.Equal("VariantName", Naming.PropertyName("VariantName", "T"));
        Assert.Equal("a_b", Naming.PropertyName("a_b", "T"));
        Assert.NotEqual(Naming.TypeName("a-b"), Naming.TypeName("a.b"));
    }

    [Fact]
    public void Enum_value_names_are_pascal_case_and_unique()
    {
        Assert.Equal(
            ["MlM5Large", "MlM5Large_2", "LeastOutstandingRequests", "Value1024", "Empty", "InputAndOutput", "ValueValue"],
            Naming.EnumValueNames(["ml.m5.large", "ML.M5.LARGE", "LEAST_OUTSTANDING_REQUESTS", "1024", "", "InputAndOutput", "Value"], "Mode"));
    }

    [Theory]
    [InlineData("ProductionVariants", "production-variants")]
    [InlineData("KmsKeyId", "kms-key-id")]
    [InlineData("EnableSSMAccess", "enable-ssm-access")]
    [InlineData("VolumeSizeInGB", "volume-size-in-gb")]
    [InlineData("ModelARNs", "model-arns")]
    public void Cli_option_names_follow_botocore(string member, string option) => Assert.Equal(option, Naming.CliOptionName(member));

    [Theory]
    [InlineData("ToString", "ToStringShape")]
    [InlineData("ToJson", "ToJsonShape")]
    [InlineData("Value", "ValueShape")]
    [InlineData("Tag", "Tag")]
    public void Type_names_never_clash_with_their_own_members(string shape, string expected) => Assert.Equal(expected, Naming.TypeName(shape));

    [Fact]
    public void Members_clashing_with_their_type_or_our_members_get_a_suffix()
    {
        Assert.Equal("TagValue", Naming.PropertyName("Tag", "Tag"));
        Assert.Equal("ToJsonValue", Naming.PropertyName("ToJson", "Widget"));
        Assert.Equal("Key", Naming.PropertyName("Key", "Tag"));
    }
}
