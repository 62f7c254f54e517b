using System.Threading.Tasks;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>ECG005 and the value checks inside shorthand literals passed to generated parse methods.</summary>
public class ShorthandTests
{
    [Fact]
    public Task Malformed_literal_is_reported_at_the_failing_character() =>
        AnalyzerTest.RunInMethod("""
            return ProductionVariant.ParseShorthand("VariantName=[a,b{|ECG005:"|});
            """);

    [Fact]
    public Task A_comma_continues_a_list_as_the_CLI_reads_it() =>
        AnalyzerTest.RunInMethod("""
            return ProductionVariant.ParseShorthand("VariantName={|ECG005:a|},InstanceType");
            """);

    [Fact]
    public Task Position_survives_escapes_verbatim_and_raw_literals() =>
        AnalyzerTest.RunInMethod(""""
            return new[]
            {
                ProductionVariant.ParseShorthand("VariantName=\u0061,ModelName=\"m\",InstanceType={|ECG001:ml.m5.huge|}"),
                ProductionVariant.ParseShorthand(@"VariantName=a,ModelName=""m"",InstanceType={|ECG001:ml.m5.huge|}"),
                ProductionVariant.ParseShorthand("""VariantName=a,InstanceType={|ECG001:ml.m5.huge|}"""),
            };
            """");

    [Fact]
    public Task Unknown_key_and_missing_required_member_are_what_the_parser_would_throw() =>
        AnalyzerTest.RunInMethod("""
            return new[]
            {
                ProductionVariant.ParseShorthand("VariantName=a,{|ECG005:Colour|}=red"),
                ProductionVariant.ParseShorthand("{|ECG005:I|}nstanceType=ml.m5.large"),
            };
            """);

    [Fact]
    public Task A_TryParseShorthand_call_handles_what_it_rejects_so_that_is_only_a_suggestion() =>
        AnalyzerTest.RunInMethod("""
            ProductionVariant.TryParseShorthand("VariantName=x,{|ECG018:"|}, out var syntax, out var error);
            ProductionVariant.TryParseShorthand("VariantName=a,{|ECG018:Colour|}=red,InstanceType=ml.m5.huge", out var unknown, out error);
            return ProductionVariant.ParseShorthandList("VariantName=a,{|ECG005:"|});
            """);

    [Fact]
    public Task Constraints_and_enum_values_inside_a_well_formed_literal() =>
        AnalyzerTest.RunInMethod("""
            ProductionVariant.TryParseShorthand("VariantName={|ECG007:bad_name|},InitialInstanceCount={|ECG008:0|}", out var parsed, out var error);
            return ProductionVariant.ParseShorthandList("VariantName=a,InstanceType=ml.m5.large", "VariantName=b,InstanceType={|ECG001:ml.m5.huge|}");
            """);

    [Fact]
    public Task Well_formed_literal_and_text_computed_at_run_time_are_fine() =>
        AnalyzerTest.RunInMethod("""
            return new[]
            {
                ProductionVariant.ParseShorthand("VariantName=a,InstanceType=ml.m5.large,InitialVariantWeight=0.5"),
                ProductionVariant.ParseShorthand(name),
                ProductionVariant.ParseShorthand("VariantName=" + name),
            };
            """);
}
