using System;

namespace EndpointConfigGen.Client;

/// <summary>
/// One operation of a service model: its name and its <c>http</c> binding. For the <c>json</c> protocol the
/// binding is always <c>POST /</c>; rest protocols will give their own method and URI template here.
/// </summary>
public sealed class OperationDescription
{
    /// <summary>Creates the description of an operation.</summary>
    /// <param name="name">The operation name as in the model, e.g. <c>CreateEndpointConfig</c>.</param>
    /// <param name="httpMethod">The model's <c>http.method</c>.</param>
    /// <param name="requestUri">The model's <c>http.requestUri</c>.</param>
    public OperationDescription(string name, string httpMethod = "POST", string requestUri = "/")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(httpMethod);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestUri);
        Name = name;
        HttpMethod = httpMethod;
        RequestUri = requestUri;
    }

    /// <summary>The operation name, as the CLI and error messages spell it.</summary>
    public string Name { get; }

    /// <summary>The HTTP method of the operation.</summary>
    public string HttpMethod { get; }

    /// <summary>The request URI (template) of the operation.</summary>
    public string RequestUri { get; }
}
