using System;
using System.Threading.Tasks;
using Xunit;

namespace EndpointConfigGen.TestSupport;

/// <summary>
/// A moto server with signature checking on, for one test collection (the client tests' <c>MotoCollection</c>) or one run
/// (the send conformance run). The collection definition stays in the test assembly: xunit finds collections only there.
/// </summary>
public sealed class MotoFixture : IAsyncLifetime
{
    private MotoServer? _server;
    private MotoAccessKey? _key;

    /// <summary>The server's base URL.</summary>
    public Uri Endpoint => (_server ?? throw new InvalidOperationException("not started")).Endpoint;

    /// <summary><see cref="Endpoint"/> as a string without the trailing slash, the form CLIs take.</summary>
    public string EndpointUrl => Endpoint.GetLeftPart(UriPartial.Authority);

    /// <summary>A key that passes the server's signature check.</summary>
    public MotoAccessKey Key => _key ?? throw new InvalidOperationException("not started");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        _server = await MotoServer.StartAsync();
        try
        {
            _key = await MotoSignatureChecking.EnableAsync(_server.Endpoint);
        }
        catch
        {
            await _server.DisposeAsync();
            _server = null;
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
