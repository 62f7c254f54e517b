using System;
using System.Net;
using Amazon.Runtime;
using EndpointConfigGen.Client.Errors;

namespace EndpointConfigGen.Client;

/// <summary>
/// An error response from the service. <see cref="AmazonServiceException.ErrorCode"/> and
/// <see cref="Exception.Message"/> are the service's code and message verbatim (for an XML auth error such as
/// <c>SignatureDoesNotMatch</c>, its <c>&lt;Code&gt;</c> and <c>&lt;Message&gt;</c>);
/// <see cref="CliErrorCode"/> and <see cref="CliMessage"/> are what botocore makes of the same response, so
/// <see cref="CliErrorLine"/> is the line the AWS CLI prints for it.
/// </summary>
/// <remarks>
/// Built from the response alone: it never holds credentials or the request. A generated client throws the
/// exception type it generated for an error shape of its model (derived from this one, with the shape's members)
/// when the code is that shape's; codes the model does not name stay <see cref="AwsServiceException"/>.
/// </remarks>
public class AwsServiceException : AmazonServiceException
{
    internal AwsServiceException(
        string operationName, ParsedError error, byte[] body, string? requestId, HttpStatusCode statusCode, Exception? innerException)
        : base(error.Message, innerException, error.Type, error.Code, string.IsNullOrEmpty(requestId) ? null : requestId, statusCode)
    {
        OperationName = operationName;
        CliErrorCode = error.CliCode;
        CliMessage = error.CliMessage;
        ErrorBody = body;
    }

    /// <summary>Makes a typed exception (a generated error shape's) of the same service error.</summary>
    /// <param name="error">The error as read from the response.</param>
    protected AwsServiceException(AwsServiceException error)
        : base(
            (error ?? throw new ArgumentNullException(nameof(error))).Message,
            error.InnerException, error.ErrorType, error.ErrorCode, error.RequestId, error.StatusCode)
    {
        OperationName = error.OperationName;
        CliErrorCode = error.CliErrorCode;
        CliMessage = error.CliMessage;
        ErrorBody = error.ErrorBody;
    }

    /// <summary>The response body, from which a typed exception reads the members of its error shape.</summary>
    protected ReadOnlyMemory<byte> ErrorBody { get; }

    /// <summary>The operation that failed, e.g. <c>CreateEndpointConfig</c>.</summary>
    public string OperationName { get; }

    /// <summary>
    /// The code botocore reports: the body's <c>__type</c> (without <c>prefix#</c> or <c>:suffix</c>), else the
    /// HTTP status, e.g. <c>403</c> for an XML auth error.
    /// </summary>
    public string CliErrorCode { get; }

    /// <summary>The message botocore reports: the body's <c>message</c> / <c>Message</c>, or the whole body when it is not JSON.</summary>
    public string CliMessage { get; }

    /// <summary>
    /// What the AWS CLI prints on stderr for this error (after an empty line; it exits with 255):
    /// <c>An error occurred (CliErrorCode) when calling the OperationName operation: CliMessage</c>.
    /// </summary>
    public string CliErrorLine => $"An error occurred ({CliErrorCode}) when calling the {OperationName} operation: {CliMessage}";
}
