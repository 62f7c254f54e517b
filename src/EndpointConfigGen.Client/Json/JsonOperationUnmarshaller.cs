using System;
using System.IO;
using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using EndpointConfigGen.Client.Errors;

namespace EndpointConfigGen.Client.Json;

/// <summary>
/// Hands a success body to the operation's reader (an empty or non-JSON body reads as <c>{}</c>) and turns an error
/// response into an <see cref="AwsServiceException"/>, or the client's typed exception for its code.
/// </summary>
internal sealed class JsonOperationUnmarshaller<T> : JsonResponseUnmarshaller
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    private const long MaxExactRead = 64 * 1024 * 1024;

    private readonly OperationDescription _operation;
    private readonly JsonOutputReader<T> _read;
    private readonly AwsServiceClient _client;

    public JsonOperationUnmarshaller(OperationDescription operation, JsonOutputReader<T> read, AwsServiceClient client) =>
        (_operation, _read, _client) = (operation, read, client);

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var body = ReadAll(context.Stream, context.ResponseData.ContentLength);
        return new JsonOperationResponse<T> { Output = _read(body.Length == 0 || !IsJson(body) ? EmptyObject : body) };
    }

    // botocore reads a success body that is not JSON (an unsigned request's answer from a server that took it for
    // another service) as {"message": body}, which holds none of the output's members: an empty output, not an error.
    private static bool IsJson(byte[] body)
    {
        var reader = new System.Text.Json.Utf8JsonReader(body);
        try
        {
            return reader.Read() && reader.TrySkip() && !reader.Read();
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    public override AmazonServiceException UnmarshallException(
        JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
    {
        var response = context.ResponseData;
        var body = ReadAll(context.Stream, context.ResponseData.ContentLength);
        var error = ErrorResponseParser.Parse(
            (int)statusCode,
            body,
            errorTypeHeader: response.GetHeaderValue("x-amzn-ErrorType"),
            queryErrorHeader: response.GetHeaderValue("x-amzn-query-error"));
        var exception = new AwsServiceException(
            _operation.Name, error, body, response.GetHeaderValue("x-amzn-RequestId"), statusCode, innerException);
        return error.ShapeCode is null ? exception : _client.TypedError(error.ShapeCode, exception);
    }

    // A body of a declared length is read straight into its array; others (chunked) through a buffer.
    private static byte[] ReadAll(Stream stream, long contentLength)
    {
        if (contentLength is >= 0 and <= MaxExactRead)
        {
            var body = contentLength == 0 ? Array.Empty<byte>() : new byte[contentLength];
            var read = stream.ReadAtLeast(body, body.Length, throwOnEndOfStream: false);
            if (read == body.Length && stream.ReadByte() < 0)
            {
                return body;
            }

            // The length was not the body's (a proxy's mistake): read the rest as an undeclared body.
            using var rest = new MemoryStream();
            rest.Write(body, 0, read);
            stream.CopyTo(rest);
            return rest.ToArray();
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
