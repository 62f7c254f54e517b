using System;
using System.IO;
using System.Linq;
using System.Threading;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Emitters;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Runtime;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// The model encoding carries every fact of the bound spec that the runtime and analyzers read: the emitted
/// constant, as the compiler reads it, decodes to the spec's shapes, members, operations and rules.
/// </summary>
public class ModelEncodingTests
{
    private const string Tricky = """
        {"metadata":{"serviceId":"Odd ` ~ \" Svc","protocol":"json"},
         "operations":{"Op":{"name":"Op","input":{"shape":"OpInput"}}},
         "shapes":{
           "OpInput":{"type":"structure","required":["class"],"members":{
             "class":{"shape":"Odd","documentation":"<p>Quote \" and tick ` and tilde ~: the rest.</p>"},
             "Plain":{"shape":"Odd"},
             "Kinds":{"shape":"Kinds"}}},
           "Odd":{"type":"string","min":0,"pattern":"^[`~\"\\\\\n\r\t\u2028\ud800]*$","documentation":"Odd text. More."},
           "Kinds":{"type":"string","enum":["a`b","c~d","e\"f",""]}}}
        """;

    [Fact]
    public void The_vendored_model_decodes_to_its_spec() => AssertRoundTrip(Repo.VendoredShape, File.ReadAllText(Repo.VendoredShape));

    [Fact]
    public void The_full_sagemaker_model_decodes_to_its_spec() => AssertRoundTrip("/p/sagemaker.shape.json", Botocore.ModelText("sagemaker"));

    [Fact]
    public void Quotes_escapes_and_separators_survive_the_literal() => AssertRoundTrip("/p/odd.shape.json", Tricky);

    private static void AssertRoundTrip(string path, string text)
    {
        var read = Rules.RulesAttachment.Attach(ShapeFileReader.Read(path, text, CancellationToken.None), [], builtIn: true);
        Assert.Empty(read.Diagnostics);
        var bound = ModelBinder.Bind(path, read.Model!, new GeneratorOptions("Consumer.Models", EquatableArray<string>.Empty, BuiltInRules: true), new FileSettings(EquatableArray<string>.Empty, null)).Bound!;
        var index = new ShapeIndex(bound);
        var model = SchemaDecoder.Decode(EmittedConstant(SchemaEmitter.Emit(index)));

        Assert.Equal(bound.Model.Metadata.ServiceId, model.ServiceId);
        Assert.Equal(bound.Generated.Select(s => s.Name), model.Shapes.Select(s => s.Name));
        for (var i = 0; i < bound.Generated.Count; i++)
        {
            AssertShape(index, bound.Generated[i], model.Shapes[i]);
        }

        Assert.Equal(
            bound.Operations.Select(o => (o.Name, o.Input, o.Output)),
            model.Operations.Select(o => (o.Name, o.Input?.Name, o.Output?.Name)));
        var expectedRules = bound.Model.Rules.OperationRules.Where(r => r.Rules.Count > 0 && bound.Generated.Any(s => s.Name == r.Shape)).ToArray();
        Assert.Equal(expectedRules.Select(r => r.Shape), model.Rules.Select(r => r.Shape));
        foreach (var (spec, rules) in expectedRules.Zip(model.Rules))
        {
            Assert.Equal(spec.Rules.Select(Describe), rules.Rules.Select(Describe));
        }
    }

    private static void AssertShape(ShapeIndex index, ShapeSpec spec, SchemaShape shape)
    {
        Assert.Equal(spec.Kind.ToString(), shape.Kind.ToString());
        Assert.Equal((spec.Min, spec.Max, spec.Pattern, spec.IsUnion), (shape.Min, shape.Max, shape.Pattern, shape.IsUnion));
        Assert.Equal(spec.EnumValues, shape.EnumValues);
        Assert.Equal(spec.Kind is SchemaKind.Structure or SchemaKind.Enum ? spec.TypeName.TrimStart('@') : null, shape.TypeName);
        Assert.Equal((spec.ListMember, spec.MapKey, spec.MapValue), (shape.Item?.Name, shape.Key?.Name, shape.Value?.Name));
        Assert.Equal(
            spec.Members.Select(m => (m.Name, m.Target, m.Required, m.Property.TrimStart('@'), Summary(m.Documentation ?? index.Shape(m.Target).Documentation))),
            shape.Members.Select(m => (m.Name, m.Target.Name, m.Required, m.Property, m.Summary)));
    }

    // What skeleton comments show: the documentation's first sentence, none when that is blank.
    private static string? Summary(string? documentation) =>
        DocOverview.FirstSentence(documentation ?? string.Empty) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static string Describe(RuleSpec rule) => string.Join("|",
        rule.Id, rule.Kind, rule.IsWarning ? ProblemSeverity.Warning : ProblemSeverity.Error, string.Join(",", rule.Lists), Set(rule.NameMember), Set(rule.Member), Set(rule.ItemMember),
        string.Join(",", rule.Members), string.Join(",", rule.Values), rule.Count ?? 0, Set(rule.Subject), Set(rule.Reason));

    private static string Describe(OperationRule rule) => string.Join("|",
        rule.Id, rule.Kind, rule.Severity, string.Join(",", rule.Lists), rule.NameMember, rule.Member, rule.ItemMember,
        string.Join(",", rule.Members), string.Join(",", rule.Values), rule.Count, rule.Subject, rule.Reason);

    private static string? Set(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The <c>Encoded</c> constant's value as the C# compiler reads the emitted literal.</summary>
    private static string EmittedConstant(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        Assert.Empty(root.GetDiagnostics());
        var declarator = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.Text == "Encoded");
        return (string)((LiteralExpressionSyntax)declarator.Initializer!.Value).Token.Value!;
    }
}
