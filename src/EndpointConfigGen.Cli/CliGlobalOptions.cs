using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// The AWS CLI's global options, which it takes anywhere on the line (<c>--region x</c> or <c>--region=x</c>,
    /// the last one winning). Null where the command line does not give one.
    /// </summary>
    public sealed class CliGlobalOptions
    {
        private static readonly string[] OutputChoices = { "json", "text", "table" };
        private static readonly string[] ColorChoices = { "on", "off", "auto" };

        /// <summary><c>--endpoint-url</c>.</summary>
        public string? EndpointUrl { get; private set; }

        /// <summary><c>--region</c>.</summary>
        public string? Region { get; private set; }

        /// <summary><c>--profile</c>.</summary>
        public string? Profile { get; private set; }

        /// <summary><c>--output</c>: <c>json</c>, <c>text</c> or <c>table</c>.</summary>
        public string? Output { get; private set; }

        /// <summary><c>--query</c>, a JMESPath expression.</summary>
        public string? Query { get; private set; }

        /// <summary><c>--cli-read-timeout</c> in seconds (0: none).</summary>
        public int? ReadTimeoutSeconds { get; private set; }

        /// <summary><c>--cli-connect-timeout</c> in seconds (0: none).</summary>
        public int? ConnectTimeoutSeconds { get; private set; }

        /// <summary><c>--debug</c>.</summary>
        public bool Debug { get; private set; }

        /// <summary><c>--no-verify-ssl</c>: no certificate check for https (the CLI warns on stderr).</summary>
        public bool NoVerifySsl { get; private set; }

        /// <summary><c>--no-paginate</c>: accepted; a single-call operation has nothing to paginate.</summary>
        public bool NoPaginate { get; private set; }

        /// <summary><c>--no-sign-request</c>: send anonymously, without loading credentials.</summary>
        public bool NoSignRequest { get; private set; }

        /// <summary><c>--v2-debug</c>: print the AWS CLI v2 migration warnings that apply.</summary>
        public bool V2Debug { get; private set; }

        /// <summary><c>--version</c>: print the version line and stop; nothing after it on the line is read.</summary>
        public bool Version { get; private set; }

        /// <summary><c>--color</c>: <c>on</c>, <c>off</c> or <c>auto</c>; accepted, as JSON, text and tables have no colour in v1.</summary>
        public string? Color { get; private set; }

        /// <summary><c>--ca-bundle</c>: a PEM file of the certificates to trust for https.</summary>
        public string? CaBundle { get; private set; }

        /// <summary>Takes the global options out of <paramref name="args"/>; what remains is the command's.</summary>
        internal static CliGlobalOptions Extract(IReadOnlyList<string> args, List<string> remaining)
        {
            var options = new CliGlobalOptions();
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                var equals = arg.IndexOf('=');
                var name = arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? arg.Substring(0, equals) : arg;
                if (Flags.TryGetValue(name, out var setFlag))
                {
                    if (name.Length != arg.Length)
                    {
                        throw CliException.Usage("argument " + name + ": ignored explicit argument '" + arg.Substring(equals + 1) + "'");
                    }

                    setFlag(options);
                    if (options.Version)
                    {
                        // argparse's version action prints and exits on the spot.
                        return options;
                    }

                    continue;
                }

                if (!Setters.ContainsKey(name))
                {
                    remaining.Add(arg);
                    continue;
                }

                string value;
                if (equals > 0 && name.Length == equals)
                {
                    value = arg.Substring(equals + 1);
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }
                else
                {
                    throw CliException.Usage("argument " + name + ": expected one argument");
                }

                Setters[name](options, value);
            }

            return options;
        }

        /// <summary>The CLI's checks of <c>--endpoint-url</c>, made before anything is sent.</summary>
        internal void CheckEndpointUrl()
        {
            if (EndpointUrl is null)
            {
                return;
            }

            var scheme = EndpointUrl.IndexOf("://", StringComparison.Ordinal);
            if (scheme <= 0)
            {
                throw new CliException("Bad value for --endpoint-url \"" + EndpointUrl + "\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/");
            }

            if (!Uri.TryCreate(EndpointUrl, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                throw new CliException("Invalid endpoint: " + EndpointUrl);
            }
        }

        /// <summary>Every global option this front end takes, flags and value-taking ones.</summary>
        public static IReadOnlyCollection<string> Names => Flags.Keys.Concat(Setters.Keys).OrderBy(n => n, StringComparer.Ordinal).ToList();

        // The flags and what each sets: one list, so what is accepted is what is set.
        private static readonly Dictionary<string, Action<CliGlobalOptions>> Flags = new Dictionary<string, Action<CliGlobalOptions>>(StringComparer.Ordinal)
        {
            ["--debug"] = options => options.Debug = true,
            ["--no-verify-ssl"] = options => options.NoVerifySsl = true,
            ["--no-paginate"] = options => options.NoPaginate = true,
            ["--no-sign-request"] = options => options.NoSignRequest = true,
            ["--v2-debug"] = options => options.V2Debug = true,
            ["--version"] = options => options.Version = true,
        };

        // Each value-taking global option and how it is set.
        private static readonly Dictionary<string, Action<CliGlobalOptions, string>> Setters = new Dictionary<string, Action<CliGlobalOptions, string>>(StringComparer.Ordinal)
        {
            ["--endpoint-url"] = (options, value) => options.EndpointUrl = value,
            ["--region"] = (options, value) => options.Region = value,
            ["--profile"] = (options, value) => options.Profile = value,
            ["--output"] = (options, value) => options.Output = Array.IndexOf(OutputChoices, value) >= 0
                ? value
                : throw CliException.Usage("argument --output: Invalid choice, valid choices are:\n\n" + ChoiceList(OutputChoices)),
            ["--query"] = (options, value) => options.Query = value,
            ["--color"] = (options, value) => options.Color = Array.IndexOf(ColorChoices, value) >= 0
                ? value
                : throw CliException.Usage("argument --color: Invalid choice, valid choices are:\n\n" + ChoiceList(ColorChoices)),
            ["--ca-bundle"] = (options, value) => options.CaBundle = value,
            ["--cli-read-timeout"] = (options, value) => options.ReadTimeoutSeconds = Seconds(value),
            ["--cli-connect-timeout"] = (options, value) => options.ConnectTimeoutSeconds = Seconds(value),
        };

        // Python's int() on the text, with its message; not an argparse error (exit 255).
        private static int Seconds(string value) =>
            int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
                ? seconds
                : throw new CliException("invalid literal for int() with base 10: '" + value + "'");

        // argparse's choice error: each choice padded to 40, two to a line, joined by " | ".
        private static string ChoiceList(string[] choices)
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < choices.Length; i += 2)
            {
                text.Append(choices[i].PadRight(40));
                if (i + 1 < choices.Length)
                {
                    text.Append(" | ").Append(choices[i + 1].PadRight(40));
                }

                text.Append('\n');
            }

            return text.ToString().TrimEnd('\n');
        }
    }
}
