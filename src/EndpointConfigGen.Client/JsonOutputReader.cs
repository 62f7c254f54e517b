using System;

namespace EndpointConfigGen.Client;

/// <summary>Turns an operation's UTF-8 JSON response body into its output type (e.g. a generated <c>FromJson</c>).</summary>
/// <typeparam name="T">The operation's output type.</typeparam>
/// <param name="json">The response body; <c>{}</c> when the service sent none.</param>
public delegate T JsonOutputReader<out T>(ReadOnlySpan<byte> json);
