using System;
using System.Globalization;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// The settings the AWS CLI v1 reads for a command besides its global options, each from the command line,
    /// the environment and the profile of the config and credentials files with the CLI's precedence.
    /// </summary>
    public sealed class CliSettings
    {
        private static readonly string[] RetryModes = { "legacy", "standard", "adaptive" };

        // What the retry and endpoint lookups read, which the CLI reads only when it builds the client.
        private Func<string, string?> _environment = _ => null;
        private AwsConfigFiles? _files;
        private Func<string, string?> _fromProfile = _ => null;
        private string? _endpointOption;

        private CliSettings()
        {
        }

        /// <summary>The profile the settings come from: <c>--profile</c>, AWS_DEFAULT_PROFILE, AWS_PROFILE, else <c>default</c>.</summary>
        public string ProfileName { get; private set; } = "default";

        /// <summary>Whether https certificates are checked (<c>--no-verify-ssl</c> turns it off).</summary>
        public bool VerifySsl { get; private set; } = true;

        /// <summary>The PEM file to trust for https: <c>--ca-bundle</c>, AWS_CA_BUNDLE, then the profile's <c>ca_bundle</c>; null for the system's.</summary>
        public string? CaBundle { get; private set; }

        /// <summary>The output format when <c>--output</c> is absent: AWS_DEFAULT_OUTPUT, then the profile's <c>output</c>; null for <c>json</c>.</summary>
        public string? Output { get; private set; }

        /// <summary>Seconds to wait for a connection; <c>--cli-connect-timeout</c>, default 60; null for no limit (0).</summary>
        public int? ConnectTimeoutSeconds { get; private set; }

        /// <summary>Seconds to wait for the response; <c>--cli-read-timeout</c>, default 60; null for no limit (0).</summary>
        public int? ReadTimeoutSeconds { get; private set; }

        /// <summary>Whether the profile sets <c>cli_pager</c> to the empty string (a v2 migration check).</summary>
        internal bool PagerDisabledInProfile { get; private set; }

        /// <summary>Whether the profile sets <c>api_versions</c> (a v2 migration check).</summary>
        internal bool HasApiVersions { get; private set; }

        /// <summary>Whether the config file has plugins (a v2 migration check).</summary>
        internal bool HasPlugins { get; private set; }

        /// <summary>Reads the settings that do not depend on the service.</summary>
        /// <param name="options">The command line's global options.</param>
        /// <param name="environment">Reads an environment variable (null when unset).</param>
        public static CliSettings Resolve(CliGlobalOptions options, Func<string, string?> environment)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(environment);
            var files = AwsConfigFiles.Load(environment);
            var settings = new CliSettings
            {
                ProfileName = options.Profile ?? NonEmpty(environment("AWS_DEFAULT_PROFILE")) ?? NonEmpty(environment("AWS_PROFILE")) ?? "default",
                HasPlugins = files.HasPlugins,
                _environment = environment,
                _files = files,
                _endpointOption = options.EndpointUrl,
            };
            var profile = files.Profile(settings.ProfileName);
            string? FromProfile(string key) => profile.TryGetValue(key, out var value) ? value : null;
            settings._fromProfile = FromProfile;
            settings.VerifySsl = !options.NoVerifySsl;
            settings.CaBundle = options.CaBundle ?? environment("AWS_CA_BUNDLE") ?? FromProfile("ca_bundle");
            settings.Output = NonEmpty(environment("AWS_DEFAULT_OUTPUT")) ?? FromProfile("output");
            settings.ConnectTimeoutSeconds = Timeout(options.ConnectTimeoutSeconds);
            settings.ReadTimeoutSeconds = Timeout(options.ReadTimeoutSeconds);
            settings.PagerDisabledInProfile = FromProfile("cli_pager") == string.Empty;
            settings.HasApiVersions = !string.IsNullOrEmpty(FromProfile("api_versions"));
            return settings;
        }

        /// <summary>
        /// The retry mode (<c>legacy</c>, the CLI's default, <c>standard</c> or <c>adaptive</c>: AWS_RETRY_MODE, then the
        /// profile's <c>retry_mode</c>) and the attempts in all, the first included (AWS_MAX_ATTEMPTS, then the profile's
        /// <c>max_attempts</c>, else the mode's default: legacy 5, as botocore's <c>_retry.json</c>; standard and adaptive 3).
        /// </summary>
        /// <exception cref="CliSendException">A value botocore refuses, with its message (the CLI checks them when it builds the client).</exception>
        public (string Mode, int MaxAttempts) Retries()
        {
            var mode = _environment("AWS_RETRY_MODE") ?? _fromProfile("retry_mode") ?? "legacy";
            if (Array.IndexOf(RetryModes, mode) < 0)
            {
                throw new CliSendException("Invalid value provided to \"mode\": \"" + mode + "\" must be one of: ('legacy', 'standard', 'adaptive')");
            }

            var text = _environment("AWS_MAX_ATTEMPTS") ?? _fromProfile("max_attempts");
            var attempts = text is null ? (mode == "legacy" ? 5 : 3) : PythonInt(text);
            return attempts >= 1
                ? (mode, attempts)
                : throw new CliSendException("Value provided to \"max_attempts\": " + attempts.ToString(CultureInfo.InvariantCulture) + " must be an integer greater than or equal to 1.");
        }

        /// <summary>
        /// The endpoint and where it came from: <c>--endpoint-url</c>; else, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or the
        /// profile's <c>ignore_configured_endpoint_urls</c> is true, botocore's order: AWS_ENDPOINT_URL_&lt;SERVICE&gt;,
        /// AWS_ENDPOINT_URL, the service in the profile's services section, the profile's <c>endpoint_url</c>; a null URL for the region's.
        /// </summary>
        /// <param name="serviceId">The model's <c>serviceId</c> (<c>SageMaker</c>), which names its endpoint settings.</param>
        /// <exception cref="CliSendException">The profile names a services section that does not exist.</exception>
        public (string? Url, string Source) Endpoint(string serviceId)
        {
            ArgumentNullException.ThrowIfNull(serviceId);
            if (_endpointOption is not null)
            {
                return (_endpointOption, "--endpoint-url");
            }

            if (IsTrue(_environment("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") ?? _fromProfile("ignore_configured_endpoint_urls")))
            {
                return (null, "the region");
            }

            // AWS_ENDPOINT_URL_SAGEMAKER and the services section's "sagemaker": the service id, spaces as underscores.
            var key = serviceId.Replace(' ', '_');
            var envName = "AWS_ENDPOINT_URL_" + key.ToUpperInvariant();
            var sectionKey = key.ToLowerInvariant();
            if (NonEmpty(_environment(envName)) is { } fromEnvironment)
            {
                return (fromEnvironment, envName);
            }

            if (NonEmpty(_environment("AWS_ENDPOINT_URL")) is { } global)
            {
                return (global, "AWS_ENDPOINT_URL");
            }

            if (_fromProfile("services") is { } section)
            {
                if (!_files!.HasServices(section))
                {
                    throw new CliSendException("The profile is configured to use the services section but the \"" + section + "\" services configuration does not exist.");
                }

                if (_files.Service(section, sectionKey).TryGetValue("endpoint_url", out var url))
                {
                    return (url, "the profile's services section");
                }
            }

            return _fromProfile("endpoint_url") is { } fromProfile ? (fromProfile, "the profile's endpoint_url") : (null, "the region");
        }

        private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

        private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

        // The CLI's timeouts: 60 s unless given, and 0 means none.
        private static int? Timeout(int? seconds) => (seconds ?? 60) == 0 ? null : seconds ?? 60;

        // Python's int() on the text, with its message.
        private static int PythonInt(string value) =>
            int.TryParse(value.Trim().Replace("_", string.Empty), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new CliSendException("invalid literal for int() with base 10: '" + value + "'");
    }
}
