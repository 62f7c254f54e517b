using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EndpointConfigGen.Tests.Analyzers;

/// <summary>Request files (*.request.json AdditionalFiles) checked against the operation their name gives, located at the JSON token.</summary>
public class RequestFileTests
{
    private const string Code = "class Empty { }";

    private static Task Run(string path, string json, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(Code);
        test.TestState.AdditionalFiles.Add((path, json));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task Problems_are_reported_at_the_token() =>
        Run("/project/requests/prod.CreateEndpointConfig.request.json", """
            {
              "EndpointConfigName": {|ECG007:"bad_name"|},
              "KmsKeyId": {|ECG002:"alias/k"|},
              "ProductionVariants": [
                {"VariantName": "a", "InstanceType": "ml.g5.xlarge", "InitialVariantWeight": {|ECG003:0|}},
                {"VariantName": "b", "InstanceType": {|ECG001:"ml.m5.huge"|}, {|ECG016:"Colour"|}: "red"}
              ]
            }
            """);

    [Fact]
    public Task Correct_request_file_has_no_diagnostic() =>
        Run("/project/CreateEndpointConfig.request.json", """
            {"EndpointConfigName": "cfg", "ProductionVariants": [{"VariantName": "a", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}]}
            """);

    [Fact]
    public Task Mistyped_json() =>
        Run("/project/CreateEndpointConfig.request.json", """
            {"EndpointConfigName": {|ECG016:1|}, "ProductionVariants": [{"VariantName": "a", "InstanceType": "ml.m5.large"}]}
            """);

    [Fact]
    public Task Malformed_json_is_reported_where_the_reader_stopped() =>
        Run("/project/CreateEndpointConfig.request.json", """
            {"EndpointConfigName": "cfg", "ProductionVariants": [{"VariantName": "a", "InstanceType": "ml.m5.large"}],{|ECG016:}|}
            """);

    [Fact]
    public Task A_name_without_an_operation_uses_the_only_one() =>
        Run("/project/staging.request.json", """
            {"EndpointConfigName": "cfg", "ProductionVariants": {|ECG009:[|}]}
            """);

    [Fact]
    public Task Other_json_files_are_ignored() =>
        Run("/project/appsettings.json", """
            {"EndpointConfigName": 1}
            """);
}
