using System;
using System.Linq;
using CsCheck;
using Xunit;

namespace EndpointConfigGen.Runtime.Tests.Schema
{
    /// <summary>The model encoding's reader on hand-written texts; the generator's tests check it on whole models.</summary>
    public class SchemaDecoderTests
    {
        private const string Text = "ecg1`Svc\n"
            + "SRequest`TRequestType\n"
            + ".Name`1`!`#Own.\n"
            + ".Items`2`Pitems_\n"
            + ".Tags`3\n"
            + ".Silent`1`#\n"
            + ".Next`0\n"
            + ".Alias`1\n"
            + "sName`<1`>5`/[a-z~b~~]+`#A name.\n"
            + "LItems`*4\n"
            + "MTags`k1`v1\n"
            + "EColor`=red`=green~nblue\n"
            + "@Make`0`\n"
            + "R0\n"
            + "rweight`ZeroValue`w`LItems`NName`IWeight`=a`=b`c2`Sa key`Wa reason";

        [Fact]
        public void Decodes_shapes_members_operations_and_rules()
        {
            var model = SchemaDecoder.Decode(Text);

            Assert.Equal("Svc", model.ServiceId);
            Assert.Equal(5, model.Shapes.Count);
            var request = model.Shape("Request")!;
            Assert.Equal(SchemaKind.Structure, request.Kind);
            Assert.Equal("RequestType", request.TypeName);
            Assert.Equal(["Name", "Items", "Tags", "Silent", "Next", "Alias"], request.Members.Select(m => m.Name));

            var name = request.Member("Name")!;
            Assert.True(name.Required);
            Assert.Equal("Own.", name.Summary);
            Assert.Equal("Name", name.Property);
            Assert.Same(model.Shape("Name"), name.Target);
            Assert.Equal(("1", "5", "[a-z`~]+"), (name.Target.Min, name.Target.Max, name.Target.Pattern));
            Assert.Null(name.Target.TypeName);

            // No summary field: the target's; an empty one: none.
            Assert.Equal("A name.", request.Member("Alias")!.Summary);
            Assert.Null(request.Member("Tags")!.Summary);
            Assert.Null(request.Member("Silent")!.Summary);
            Assert.Equal("items_", request.Member("Items")!.Property);
            Assert.Same(request, request.Member("Next")!.Target);
            Assert.Same(model.Shape("Color"), model.Shape("Items")!.Item);
            Assert.Same(model.Shape("Name"), model.Shape("Tags")!.Value);
            Assert.Equal(["red", "green\nblue"], model.Shape("Color")!.EnumValues);
            Assert.Equal("Color", model.Shape("Color")!.TypeName);

            var operation = Assert.Single(model.Operations);
            Assert.Equal(("Make", request, null), (operation.Name, operation.Input, operation.Output));

            var rules = Assert.Single(model.Rules);
            Assert.Equal("Request", rules.Shape);
            var rule = Assert.Single(rules.Rules);
            Assert.Equal(("weight", OperationRuleKind.ZeroValue, ProblemSeverity.Warning), (rule.Id, rule.Kind, rule.Severity));
            Assert.Equal(["Items"], rule.Lists);
            Assert.Equal(("Name", null, "Weight"), (rule.NameMember, rule.Member, rule.ItemMember));
            Assert.Equal(["a", "b"], rule.Values);
            Assert.Empty(rule.Members);
            Assert.Equal((2, "a key", "a reason"), (rule.Count, rule.Subject, rule.Reason));
        }

        [Fact]
        public void A_member_without_a_summary_field_shows_its_targets()
        {
            var model = SchemaDecoder.Decode("ecg1`Svc\nSRequest\n.Key`1\nsKey`#The key.");

            Assert.Equal("The key.", model.Shape("Request")!.Member("Key")!.Summary);
        }

        [Theory]
        [InlineData("ecg2`Svc")]
        [InlineData("ecg1")]
        [InlineData("ecg1`Svc\n.Orphan`0")]
        [InlineData("ecg1`Svc\nSRequest\n.Key`7")]
        [InlineData("ecg1`Svc\nSRequest\n.Key`x")]
        [InlineData("ecg1`Svc\nSRequest\n.Key`99999999999")]
        [InlineData("ecg1`Svc\nSRequest\nR0\nrid`ZeroValue`c99999999999")]
        [InlineData("ecg1`Svc\nsName`/~uZZZZ")]
        [InlineData("ecg1`Svc\nSRequest\n.Key")]
        [InlineData("ecg1`Svc\nSRequest`?")]
        [InlineData("ecg1`Svc\nsName`/a~q")]
        [InlineData("ecg1`Svc\nsName`/a~")]
        [InlineData("ecg1`Svc\nSRequest\nR0\nrid`NoSuchKind")]
        [InlineData("ecg1`Svc\nrid`ZeroValue")]
        [InlineData("ecg1`Svc\nSRequest\nZunknown")]
        public void Refuses_what_it_cannot_read(string text) =>
            Assert.Throws<FormatException>(() => SchemaDecoder.Decode(text));

        [Fact]
        public void Escaping_round_trips_any_text() =>
            Gen.String[Gen.Char[(char)0, (char)0xFFFF], 0, 40].Sample(value =>
            {
                var escaped = SchemaEncoding.Escape(value);
                return escaped.IndexOf('`') < 0 && escaped.IndexOf('\n') < 0 && escaped.IndexOf('\r') < 0
                    && SchemaEncoding.Unescape(escaped, 0, escaped.Length) == value;
            });
    }
}
