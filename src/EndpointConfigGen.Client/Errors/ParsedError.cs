using Amazon.Runtime;

namespace EndpointConfigGen.Client.Errors;

/// <summary>
/// An error response read two ways: as the SDK reports it (<see cref="Code"/>, <see cref="Message"/>) and as
/// botocore, and so the AWS CLI, reports it (<see cref="CliCode"/>, <see cref="CliMessage"/>). <see cref="ShapeCode"/>
/// names the model's error shape (the body's <c>__type</c>, else <c>x-amzn-ErrorType</c>), even where an
/// awsQueryCompatible service's query code is the <see cref="Code"/>.
/// </summary>
internal readonly record struct ParsedError(string Code, string Message, ErrorType Type, string CliCode, string CliMessage, string? ShapeCode);
