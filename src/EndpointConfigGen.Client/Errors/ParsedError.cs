using Amazon.Runtime;

namespace EndpointConfigGen.Client.Errors;

/// <summary>
/// An error response read two ways: as the SDK reports it (<see cref="Code"/>, <see cref="Message"/>) and as
/// botocore, and so the AWS CLI, reports it (<see cref="CliCode"/>, <see cref="CliMessage"/>).
/// </summary>
internal readonly record struct ParsedError(string Code, string Message, ErrorType Type, string CliCode, string CliMessage);
