using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EndpointConfigGen.SendConformance;

/// <summary>
/// A loopback HTTP/1.1 proxy in front of moto for one case: answers the first <c>fail</c> requests (every one for a
/// negative count) with a JSON 503 ServiceUnavailable, forwards the rest byte for byte (so signatures stay valid),
/// and counts every request: the attempts a client made. With a certificate it speaks TLS to the client.
/// One request per connection: each answer closes it.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    public const string UnavailableBody = "{\"__type\": \"ServiceUnavailable\", \"message\": \"Service is unavailable, try again\"}";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int _moto;
    private readonly int _fail;
    private readonly X509Certificate2? _certificate;
    private readonly Task _accepting;
    private int _requests;

    public FaultProxy(Uri moto, int fail, X509Certificate2? certificate)
    {
        _moto = moto.Port;
        _fail = fail;
        _certificate = certificate;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Url => (_certificate is null ? "http" : "https") + "://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Requests received since the last <see cref="Reset"/>.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Starts counting again, failing the first requests again: one side of a case.</summary>
    public void Reset() => Interlocked.Exchange(ref _requests, 0);

    /// <summary>A self-signed certificate for 127.0.0.1, and its PEM text (the CA bundle that trusts it).</summary>
    public static (X509Certificate2 Certificate, string Pem) CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        // Through PKCS#12 so that the private key is usable by SslStream on every platform.
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
        return (certificate, created.ExportCertificatePem() + "\n");
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                Stream stream = client.GetStream();
                if (_certificate is not null)
                {
                    var tls = new SslStream(stream);
                    await tls.AuthenticateAsServerAsync(_certificate);
                    stream = tls;
                }
                await using (stream)
                {
                    var request = await ReadMessageAsync(stream);
                    if (request is null) return;
                    var number = Interlocked.Increment(ref _requests);
                    if (_fail < 0 || number <= _fail)
                    {
                        var body = Encoding.UTF8.GetBytes(UnavailableBody);
                        var head = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/x-amz-json-1.1\r\nx-amzn-RequestId: fault-proxy\r\n"
                            + $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
                        await stream.WriteAsync(body);
                        return;
                    }
                    using var upstream = new TcpClient();
                    await upstream.ConnectAsync(IPAddress.Loopback, _moto);
                    var motoStream = upstream.GetStream();
                    await motoStream.WriteAsync(request);
                    var response = await ReadMessageAsync(motoStream);
                    if (response is not null) await stream.WriteAsync(response);
                }
            }
            catch (Exception e) when (e is IOException or SocketException or System.Security.Authentication.AuthenticationException or ObjectDisposedException)
            {
                // A client that refused the certificate, or went away: nothing to answer.
            }
        }
    }

    // One HTTP/1.1 message: the head up to the blank line, then Content-Length bytes of body.
    private static async Task<byte[]?> ReadMessageAsync(Stream stream)
    {
        var buffer = new MemoryStream();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one) == 0) return null;
            buffer.WriteByte(one[0]);
        }
        var head = Encoding.ASCII.GetString(buffer.ToArray());
        var length = 0;
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim());
        }
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        buffer.Write(body);
        return buffer.ToArray();
    }

    private static bool EndsWithBlankLine(MemoryStream buffer)
    {
        if (buffer.Length < 4) return false;
        var bytes = buffer.GetBuffer();
        var n = (int)buffer.Length;
        return bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n';
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}
