using System.Threading;
using System.Threading.Tasks;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Sends a checked request and returns the response body as JSON. A front end supplies it (with a
    /// generated client, say); service and configuration errors come back as <see cref="CliSendException"/>.
    /// </summary>
    /// <param name="request">The operation, its body and the command line's global options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public delegate Task<string> CliSender(CliSendRequest request, CancellationToken cancellationToken);

    /// <summary>One request for a <see cref="CliSender"/>.</summary>
    /// <param name="Operation">The command being run.</param>
    /// <param name="Body">The request body, JSON in the wire form.</param>
    /// <param name="Options">The global options of the command line.</param>
    public sealed record CliSendRequest(CliOperation Operation, string Body, CliGlobalOptions Options)
    {
        private CliSettings? _settings;

        /// <summary>The settings of the environment and the config files, read as the CLI reads them (from this process's environment unless given).</summary>
        public CliSettings Settings
        {
            get => _settings ??= CliSettings.Resolve(Options, System.Environment.GetEnvironmentVariable);
            init => _settings = value;
        }
    }
}
