using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using EndpointConfigGen.Client.Tests.Support;

namespace EndpointConfigGen.Client.Tests;

/// <summary>
/// Error responses through the whole pipeline, checked against botocore's json parser on the same
/// responses: the CLI line must be what botocore's ClientError says, and ErrorCode the service's code.
/// </summary>
public sealed class ErrorParsingTests
{
    private const string SignatureXml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code>" +
        "<Message>The request signature we calculated does not match.</Message><Type>Sender</Type></Error></Errors></ErrorResponse>";

    public sealed record Case(int Status, string Body, Dictionary<string, string> Headers, string ErrorCode, string Message);

    private static readonly Case[] Cases =
    [
        new(400, """{"__type":"ValidationException","message":"Bad name."}""", [], "ValidationException", "Bad name."),
        new(400, """{"__type":"com.amazon.coral.validate#ValidationException","Message":"Capital M."}""", [], "ValidationException", "Capital M."),
        new(400, """{"__type":"aws.protocoltests#FooError:http://internal.amazon.com/coral/","message":"x"}""", [], "FooError", "x"),
        new(400, """{"__type":"T","message":"lower wins","Message":"upper"}""", [], "T", "lower wins"),
        new(400, """{"__type":"OnlyType"}""", [], "OnlyType", ""),
        // botocore ignores x-amzn-ErrorType for the json protocol (its code is the status); ErrorCode keeps it.
        new(400, """{"message":"no type"}""", new() { ["x-amzn-ErrorType"] = "HeaderError:http://internal/" }, "HeaderError", "no type"),
        new(400, """{"__type":"AWS.SimpleQueueService.NonExistentQueue","message":"q"}""",
            new() { ["x-amzn-query-error"] = "AWS.SimpleQueueService.NonExistentQueue;Sender" }, "AWS.SimpleQueueService.NonExistentQueue", "q"),
        new(404, """{"__type":"ResourceNotFound","message":"Modèle introuvable – ✓"}""", [], "ResourceNotFound", "Modèle introuvable – ✓"),
        new(403, SignatureXml, [], "SignatureDoesNotMatch", "The request signature we calculated does not match."),
        new(400, "not json at all", [], "400", "not json at all"),
        new(400, "", [], "400", ""),
        new(500, "", [], "500", "Internal Server Error"),
        new(503, "  <html><body>Down for maintenance</body></html>\n", [], "503", "Service Unavailable"),
        new(500, """{"__type":"InternalFailure","message":"oops"}""", [], "InternalFailure", "oops"),
    ];

    public static TheoryData<int> CaseIndexes => new(Enumerable.Range(0, Cases.Length));

    private static readonly Task<JsonElement[]> Botocore = AwsTools.BotocoreErrorsAsync(JsonSerializer.Serialize(
        Cases.Select(c => new { operation = "ListEndpointConfigs", status = c.Status, headers = c.Headers, body = c.Body })));

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public async Task An_error_response_reads_as_botocore_reads_it(int index)
    {
        var @case = Cases[index];
        var handler = StubHandler.Answering(_ =>
            StubHandler.Respond((HttpStatusCode)@case.Status, @case.Body, [.. @case.Headers.Select(h => (h.Key, h.Value)), ("x-amzn-RequestId", "req-1")]));
        using var client = StubClients.SageMaker(handler);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("ListEndpointConfigs", "{}"));
        var botocore = (await Botocore)[index];

        Assert.Equal(botocore.GetProperty("Line").GetString(), error.CliErrorLine);
        Assert.Equal((botocore.GetProperty("Code").GetString(), botocore.GetProperty("Message").GetString()), (error.CliErrorCode, error.CliMessage));
        Assert.Equal((@case.ErrorCode, @case.Message), (error.ErrorCode, error.Message));
        Assert.Equal(((HttpStatusCode)@case.Status, "req-1"), (error.StatusCode, error.RequestId));
    }
}
