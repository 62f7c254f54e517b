using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EndpointConfigGen.Client;

/// <summary>
/// Validation of AWS SDK for .NET requests before they are sent, with the checks and messages of the
/// generated <c>Validate()</c>. Generated code registers a check per SDK request class of each shape file
/// (when the project references the service's SDK package); requests of other classes pass unchecked.
/// </summary>
public static class EndpointConfigGenValidation
{
    private static readonly ConcurrentDictionary<Type, Action<object>> Checks = new();

    /// <summary>
    /// Makes every AWS SDK client created afterwards (the official ones and ours) check each request
    /// before it is marshalled: an invalid one throws the generated code's <c>ValidationException</c>
    /// and nothing is sent. Call it once at startup; later calls do nothing.
    /// </summary>
    public static void RegisterForAllClients()
    {
        ValidationCustomizer.AllClients = true;
        RuntimePipelineCustomizerRegistry.Instance.Register(ValidationCustomizer.Always);
    }

    /// <summary>
    /// Creates one client that checks each request before it is marshalled, as
    /// <see cref="RegisterForAllClients"/> makes every client do: <c>CreateValidatingClient(() => new AmazonDynamoDBClient(config))</c>.
    /// </summary>
    /// <typeparam name="TClient">The client's type.</typeparam>
    /// <param name="create">Creates the client; a client builds its pipeline in its constructor, which is when the check is added.</param>
    /// <returns>The client.</returns>
    public static TClient CreateValidatingClient<TClient>(Func<TClient> create)
        where TClient : AmazonServiceClient
    {
        ArgumentNullException.ThrowIfNull(create);
        RuntimePipelineCustomizerRegistry.Instance.Register(ValidationCustomizer.OnRequest);
        ValidationCustomizer.Requested = true;
        try
        {
            return create();
        }
        finally
        {
            ValidationCustomizer.Requested = false;
        }
    }

    /// <summary>Called by generated code: the check of one SDK request class, which throws on errors.</summary>
    /// <param name="requestType">The SDK request class, e.g. <c>Amazon.DynamoDBv2.Model.CreateTableRequest</c>.</param>
    /// <param name="throwIfInvalid">Its generated <c>ThrowIfInvalid()</c>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register(Type requestType, Action<object> throwIfInvalid)
    {
        ArgumentNullException.ThrowIfNull(requestType);
        ArgumentNullException.ThrowIfNull(throwIfInvalid);
        Checks[requestType] = throwIfInvalid;
    }

    /// <summary>Runs the registered check of the request's class, if there is one.</summary>
    internal static void Check(object? request)
    {
        if (request is not null && Checks.TryGetValue(request.GetType(), out var check))
        {
            check(request);
        }
    }
}
