using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using EndpointConfigGen.Client.Json;

namespace EndpointConfigGen.Client;

/// <summary>
/// Base of the generated clients of <c>json</c>-protocol services (awsJson1_0 / awsJson1_1). A generated
/// operation method validates its request when <see cref="AwsServiceClient.ValidateRequests"/> is on and
/// calls <see cref="InvokeAsync{TOutput}(OperationDescription, byte[], JsonOutputReader{TOutput}, CancellationToken)"/>.
/// </summary>
public abstract class JsonServiceClient : AwsServiceClient
{
    private readonly JsonRequestMarshaller _marshaller;
    private readonly ConcurrentDictionary<OperationDescription, (object Reader, string Target, InvokeOptions Options)> _options = new();

    /// <summary>Creates a client that resolves credentials from the default chain.</summary>
    /// <param name="config">The client's configuration.</param>
    protected JsonServiceClient(JsonServiceConfig config) : base(config) =>
        _marshaller = new JsonRequestMarshaller(config.Description);

    /// <summary>Creates a client that signs with <paramref name="credentials"/>.</summary>
    /// <param name="credentials">The credentials to sign with.</param>
    /// <param name="config">The client's configuration.</param>
    protected JsonServiceClient(AWSCredentials credentials, JsonServiceConfig config) : base(credentials, config) =>
        _marshaller = new JsonRequestMarshaller(config.Description);

    /// <summary>
    /// Sends one operation through the SDK pipeline (endpoint, SigV4, retries, timeouts) and reads its output.
    /// The generated operation methods call it with their request's JSON; a caller may send a body built
    /// without the typed model (a CLI front end sending exactly what the AWS CLI sends, e.g. an integer no
    /// <c>int</c> holds), which goes out as given, unvalidated.
    /// </summary>
    /// <typeparam name="TOutput">The operation's output type.</typeparam>
    /// <param name="operation">The operation to call.</param>
    /// <param name="requestJson">The request body, UTF-8 JSON in the wire form.</param>
    /// <param name="readOutput">Reads the response body (<c>{}</c> when empty) into the output.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The output <paramref name="readOutput"/> made of the response body.</returns>
    /// <exception cref="AwsServiceException">The service answered with an error (after any retries); for a code the
    /// model names, the generated exception type of that error shape.</exception>
    public async Task<TOutput> InvokeAsync<TOutput>(
        OperationDescription operation, byte[] requestJson, JsonOutputReader<TOutput> readOutput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(requestJson);
        ArgumentNullException.ThrowIfNull(readOutput);
        // Generated methods pass a static reader per operation, so its options are made once and kept.
        if (!_options.TryGetValue(operation, out var options) || options.Reader != (object)readOutput)
        {
            options = (readOutput, _marshaller.Target(operation), new InvokeOptions
            {
                RequestMarshaller = _marshaller,
                ResponseUnmarshaller = new JsonOperationUnmarshaller<TOutput>(operation, readOutput, this),
            });
            _options[operation] = options;
        }

        var response = await InvokeAsync<JsonOperationResponse<TOutput>>(
            new JsonOperationRequest(operation, options.Target, requestJson), options.Options, cancellationToken).ConfigureAwait(false);
        return response.Output;
    }
}
