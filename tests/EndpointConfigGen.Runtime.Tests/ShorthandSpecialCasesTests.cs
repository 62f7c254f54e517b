using System.Linq;
using EndpointConfigGen.Runtime.Tests.Oracle;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests
{
    public class ShorthandSpecialCasesTests
    {
        /// <summary>Every row of awscli's table (read from the installed argprocess.py) is in ours, under the model's serviceId.</summary>
        [Fact]
        public void Old_list_table_is_awscli_s()
        {
            var rows = PythonOracle.Ask("old_list_cases", new[] { "all" })[0].EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToList();
            Assert.Equal(8, rows.Count);
            var serviceIds = new System.Collections.Generic.Dictionary<string, string> { ["firehose"] = "Firehose", ["workspaces"] = "WorkSpaces", ["elastic-load-balancing"] = "Elastic Load Balancing" };
            Assert.All(rows, r => Assert.True(ShorthandSpecialCases.IsOldListArgument(serviceIds[r[0]], r[1], r[2]), string.Join(" ", r)));
            Assert.False(ShorthandSpecialCases.IsOldListArgument("Elastic Load Balancing v2", "register-targets", "targets"));
            Assert.False(ShorthandSpecialCases.IsOldListArgument("Firehose", "put-record", "record"));
        }

        [Theory]
        [InlineData(SchemaKind.String, "stop", true)]
        [InlineData(SchemaKind.Enum, "", true)]
        [InlineData(SchemaKind.String, "Value=stop", false)]
        [InlineData(SchemaKind.Boolean, "true", false)]
        public void Bare_value_is_a_lone_string_value_member_without_equals(SchemaKind kind, string text, bool bare)
        {
            var shape = new SchemaShape("AttributeValue", SchemaKind.Structure).Add("Value", new SchemaShape("String", kind));
            Assert.Equal(bare, ShorthandSpecialCases.IsBareValue(shape, text));
        }
    }
}
