using EndpointConfigGen.Runtime;

namespace OtherServices.Tests;

/// <summary>What a new user tried on other services' shapes (issue 13), through the public generated API.</summary>
public class IssueExamplesTests
{
    [Fact]
    public void A_lone_string_Value_member_takes_the_bare_value() =>
        Assert.Equal(new Other.ec2.AttributeValue { Value = "stop" }, Other.ec2.AttributeValue.ParseShorthand("stop"));

    [Fact]
    public void The_cli_s_old_list_arguments_take_one_member_per_token() =>
        Assert.Equal([new Other.elb.Instance { InstanceId = "i-1" }, new Other.elb.Instance { InstanceId = "InstanceId=i-2" }], Other.elb.Instance.ParseShorthandList("i-1", "InstanceId=i-2"));

    [Fact]
    public void An_integer_the_type_cannot_hold_is_a_normal_error()
    {
        var text = Invalid("InstanceGroupId=g,InstanceCount=2147483648");
        Assert.False(Other.emr.InstanceGroupModifyConfig.TryParseShorthand(text, out _, out var error));
        Assert.Equal("integer out of range for a 32-bit value: '2147483648'", error.Message);
        Assert.Equal(text.IndexOf("2147483648"), error.Offset);
        Assert.Throws<ShorthandException>(() => Other.emr.InstanceGroupModifyConfig.ParseShorthandList(text));
    }

    [Fact]
    public void Epoch_seconds_are_timestamps_sent_as_whole_seconds()
    {
        var datum = Other.cloudwatch.MetricDatum.ParseShorthand("MetricName=a,Timestamp=1700000000.5");
        Assert.Equal(System.DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_500), datum.Timestamp);
        Assert.Contains("\"Timestamp\":1700000000}", datum.ToJson());
    }

    [Fact]
    public void A_timestamp_botocore_refuses_gets_its_invalid_type_error()
    {
        Assert.False(Other.cloudwatch.MetricDatum.TryParseShorthand(Invalid("MetricName=a,Timestamp=garbage"), out _, out var error));
        Assert.Equal("Parameter validation failed:\nInvalid type for parameter MetricDatum.Timestamp, value: garbage, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string", error.Message);
    }

    [Fact]
    public void The_first_error_is_the_cli_s_first()
    {
        // Members convert in model order (Value before StorageResolution); a later token's syntax error comes before
        // an earlier token's conversion error, and a later token's conversion error before an earlier one's unknown key.
        Assert.Equal("could not convert string to float: 'y'", Assert.Throws<ShorthandException>(() => Other.cloudwatch.MetricDatum.ParseShorthand(Invalid("MetricName=a,StorageResolution=x,Value=y"))).Message);
        Assert.StartsWith("Expected: '='", Assert.Throws<ShorthandException>(() => Other.cloudwatch.MetricDatum.ParseShorthandList(Invalid("MetricName=a,Value=y"), Invalid("MetricName=b,,"))).Message);
        Assert.Equal("could not convert string to float: 'y'", Assert.Throws<ShorthandException>(() => Other.cloudwatch.MetricDatum.ParseShorthandList(Invalid("Bogus=1"), Invalid("MetricName=b,Value=y"))).Message);
    }

    /// <summary>Invalid on purpose: not a constant, so the analyzer (ECG005) leaves it to run time.</summary>
    private static string Invalid(string text) => text;
}
