using System.Threading.Tasks;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>Constant JSON passed to a generated <c>FromJson</c>: located at the JSON token inside the literal.</summary>
public class JsonLiteralTests
{
    [Fact]
    public Task Problems_are_located_at_the_token() =>
        AnalyzerTest.RunInMethod(""""
            return ProductionVariant.FromJson("""
                {"VariantName": "a", "InstanceType": {|ECG001:"ml.m5.huge"|}, {|ECG016:"Colour"|}: 1, "InitialInstanceCount": {|ECG016:"2"|}}
                """);
            """");

    [Fact]
    public Task Malformed_json_is_reported_where_the_reader_stopped() =>
        AnalyzerTest.RunInMethod("""
            return ProductionVariant.FromJson("{\"VariantName\": \"a\"{|ECG016:]|}");
            """);

    [Fact]
    public Task Valid_json_is_fine() =>
        AnalyzerTest.RunInMethod("""
            return ProductionVariant.FromJson("{\"VariantName\": \"a\", \"InstanceType\": \"ml.m5.large\"}");
            """);
}
