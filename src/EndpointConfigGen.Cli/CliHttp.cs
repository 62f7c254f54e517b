using System;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// The HTTP side of the CLI's settings, for a front end to give its client: certificate checking
    /// (<c>--no-verify-ssl</c>, the CA bundle), the connect timeout, <c>--debug</c>'s log of every attempt as sent
    /// (signed headers and body) and as answered, with the reason for each retry, and the count of attempts the
    /// retry note of an error needs. Session tokens are never logged; a secret key is never on the wire.
    /// </summary>
    public sealed class CliHttp
    {
        private const string TokenHeader = "X-Amz-Security-Token";
        private readonly CliSettings _settings;
        private readonly TextWriter? _debug;
        private readonly TextWriter _stderr;
        private int _attempts;
        private string? _lastOutcome;
        private bool _warnedInsecure;

        /// <summary>Creates the HTTP side of one command.</summary>
        /// <param name="settings">The command's settings.</param>
        /// <param name="stderr">Receives the warning for unverified https and, with <paramref name="debug"/>, the log.</param>
        /// <param name="debug">Whether to log each attempt (<c>--debug</c>).</param>
        public CliHttp(CliSettings settings, TextWriter stderr, bool debug)
        {
            ArgumentNullException.ThrowIfNull(settings);
            ArgumentNullException.ThrowIfNull(stderr);
            _settings = settings;
            _stderr = stderr;
            _debug = debug ? stderr : null;
        }

        /// <summary>The HTTP requests sent so far, retries included.</summary>
        public int Attempts => Volatile.Read(ref _attempts);

        /// <summary>Why https was refused, in the CLI's words after <c>SSL validation failed for URL</c>; null when it was not.</summary>
        public string? CertificateProblem { get; private set; }

        /// <summary>The time a whole attempt may take (<c>--cli-read-timeout</c>, 60 s by default); infinite for 0.</summary>
        public TimeSpan AttemptTimeout => _settings.ReadTimeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : Timeout.InfiniteTimeSpan;

        /// <summary>A handler chain for an <see cref="HttpClient"/>: the log and attempt count over a socket handler with the CLI's TLS and connect settings.</summary>
        public HttpMessageHandler CreateHandler()
        {
            var sockets = new SocketsHttpHandler
            {
                ConnectTimeout = _settings.ConnectTimeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : Timeout.InfiniteTimeSpan,
            };
            sockets.SslOptions.RemoteCertificateValidationCallback = CheckCertificate;
            return new Logger(this) { InnerHandler = sockets };
        }

        /// <summary>Writes one <c>--debug</c> line (nothing without <c>--debug</c>).</summary>
        public void Debug(string text) => _debug?.Write("DEBUG - " + text + "\n");

        private bool CheckCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            if (!_settings.VerifySsl)
            {
                return true;
            }

            if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
            {
                CertificateProblem = "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch";
                return false;
            }

            if (certificate is null)
            {
                CertificateProblem = "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: no certificate";
                return false;
            }

            if (_settings.CaBundle is null && errors == SslPolicyErrors.None)
            {
                return true;
            }

            // With a bundle, only its certificates are trusted, as botocore passes it to urllib3 in place of certifi's.
            using var custom = new X509Chain();
            custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (_settings.CaBundle is not null)
            {
                custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                custom.ChainPolicy.CustomTrustStore.AddRange(LoadBundle(_settings.CaBundle));
            }

            using var leaf = new X509Certificate2(certificate);
            if (custom.Build(leaf))
            {
                return true;
            }

            CertificateProblem = "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
                + (leaf.SubjectName.RawData.AsSpan().SequenceEqual(leaf.IssuerName.RawData) ? "self-signed certificate" : "unable to get local issuer certificate");
            return false;
        }

        private static X509Certificate2Collection LoadBundle(string path)
        {
            var bundle = new X509Certificate2Collection();
            try
            {
                bundle.ImportFromPemFile(path);
            }
            catch (CryptographicException)
            {
                // A file without certificates trusts nothing, and the chain fails.
            }

            return bundle;
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Func<Task<HttpResponseMessage>> send)
        {
            var attempt = Interlocked.Increment(ref _attempts);
            if (attempt > 1)
            {
                Debug("retry " + (attempt - 1) + ": attempt " + attempt + " after " + _lastOutcome);
            }

            var https = request.RequestUri?.Scheme == Uri.UriSchemeHttps;
            if (https && _settings.VerifySsl && _settings.CaBundle is { } bundle && !File.Exists(bundle))
            {
                // Python opens the bundle when it connects.
                CertificateProblem = "[Errno 2] No such file or directory";
                throw new HttpRequestException(CertificateProblem);
            }

            if (https && !_settings.VerifySsl && !_warnedInsecure)
            {
                // urllib3's InsecureRequestWarning, which Python's warnings module prints once.
                _warnedInsecure = true;
                _stderr.Write("InsecureRequestWarning: Unverified HTTPS request is being made to host '" + request.RequestUri!.Host + "'. Adding certificate verification is strongly advised. See: https://urllib3.readthedocs.io/en/latest/advanced-usage.html#tls-warnings\n");
            }

            if (_debug is not null)
            {
                var text = new StringBuilder("attempt " + attempt + ": sending " + request.Method + " " + request.RequestUri + "\n");
                AppendHeaders(text, request.Headers, request.Content?.Headers);
                text.Append('\n').Append(await Body(request.Content).ConfigureAwait(false));
                Debug(text.ToString());
            }

            HttpResponseMessage response;
            try
            {
                response = await send().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                _lastOutcome = "an exception: " + e.GetType().Name + ": " + (e.InnerException?.Message ?? e.Message);
                Debug("attempt " + attempt + ": no response, " + _lastOutcome);
                throw;
            }

            var body = _debug is not null || (int)response.StatusCode >= 400 ? await Body(response.Content).ConfigureAwait(false) : string.Empty;
            _lastOutcome = "HTTP " + (int)response.StatusCode + (response.IsSuccessStatusCode ? string.Empty : " " + ErrorType(body));
            if (_debug is not null)
            {
                var text = new StringBuilder("attempt " + attempt + ": response " + (int)response.StatusCode + " " + response.ReasonPhrase + "\n");
                AppendHeaders(text, response.Headers, response.Content.Headers);
                text.Append('\n').Append(body);
                Debug(text.ToString());
            }

            return response;
        }

        // The error's __type as the service sent it, for the reason of a retry.
        private static string ErrorType(string body)
        {
            var at = body.IndexOf("\"__type\"", StringComparison.Ordinal);
            if (at < 0)
            {
                return "(no __type in the body)";
            }

            var start = body.IndexOf('"', body.IndexOf(':', at) + 1) + 1;
            var end = start > 0 ? body.IndexOf('"', start) : -1;
            return end > start ? body.Substring(start, end - start) : "(no __type in the body)";
        }

        private static void AppendHeaders(StringBuilder text, System.Net.Http.Headers.HttpHeaders headers, System.Net.Http.Headers.HttpHeaders? content)
        {
            foreach (var group in content is null ? new[] { headers } : new[] { headers, content })
            {
                foreach (var header in group)
                {
                    // The session token is a credential; the Authorization header holds only the key id and the signature.
                    var value = string.Equals(header.Key, TokenHeader, StringComparison.OrdinalIgnoreCase) ? "(not shown)" : string.Join(", ", header.Value);
                    text.Append(header.Key).Append(": ").Append(value).Append('\n');
                }
            }
        }

        private static async Task<string> Body(HttpContent? content)
        {
            if (content is null)
            {
                return string.Empty;
            }

            await content.LoadIntoBufferAsync().ConfigureAwait(false);
            return Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync().ConfigureAwait(false));
        }

        private sealed class Logger : DelegatingHandler
        {
            private readonly CliHttp _owner;

            public Logger(CliHttp owner) => _owner = owner;

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                _owner.SendAsync(request, () => base.SendAsync(request, cancellationToken));
        }
    }
}
