using System;
using System.Collections.Generic;
using System.IO;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// The shared config and credentials files as botocore reads them (<c>configparser</c>, then
    /// <c>build_profile_map</c>): <c>[default]</c> and <c>[profile NAME]</c> sections of the config file,
    /// every section of the credentials file (whose values win), <c>[services NAME]</c> sections, and values
    /// whose continuation lines hold <c>key = value</c> pairs read as nested sections.
    /// </summary>
    internal sealed class AwsConfigFiles
    {
        private readonly Dictionary<string, Dictionary<string, string>> _profiles = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, string>> _services = new(StringComparer.Ordinal);

        private AwsConfigFiles()
        {
        }

        /// <summary>Whether the config file has a <c>[plugins]</c> section with any value.</summary>
        public bool HasPlugins { get; private set; }

        /// <summary>Reads the files the environment names (<c>AWS_CONFIG_FILE</c>, <c>AWS_SHARED_CREDENTIALS_FILE</c>), or <c>~/.aws/</c>'s.</summary>
        public static AwsConfigFiles Load(Func<string, string?> environment)
        {
            var files = new AwsConfigFiles();
            foreach (var (name, section) in Sections(Read(environment("AWS_CONFIG_FILE") ?? "~/.aws/config")))
            {
                if (name == "default")
                {
                    Merge(files._profiles, "default", section);
                }
                else if (name.StartsWith("profile", StringComparison.Ordinal) && name.Length > 7 && char.IsWhiteSpace(name[7]))
                {
                    Merge(files._profiles, name.Substring(8).Trim(), section);
                }
                else if (name.StartsWith("services", StringComparison.Ordinal) && name.Length > 8 && char.IsWhiteSpace(name[8]))
                {
                    Merge(files._services, name.Substring(9).Trim(), section);
                }
                else if (name == "plugins")
                {
                    files.HasPlugins |= section.Count > 0;
                }
            }

            foreach (var (name, section) in Sections(Read(environment("AWS_SHARED_CREDENTIALS_FILE") ?? "~/.aws/credentials")))
            {
                Merge(files._profiles, name, section);
            }

            return files;
        }

        /// <summary>A profile's values (empty when the profile does not exist).</summary>
        public IReadOnlyDictionary<string, string> Profile(string name) =>
            _profiles.TryGetValue(name, out var profile) ? profile : new Dictionary<string, string>();

        /// <summary>Whether a <c>[services NAME]</c> section with any value exists.</summary>
        public bool HasServices(string name) => _services.TryGetValue(name, out var section) && section.Count > 0;

        /// <summary>One service's nested section inside <c>[services NAME]</c>, e.g. <c>sagemaker</c>'s <c>endpoint_url</c>.</summary>
        public IReadOnlyDictionary<string, string> Service(string servicesSection, string serviceKey) =>
            _services.TryGetValue(servicesSection, out var section) && section.TryGetValue(serviceKey, out var nested)
                ? Nested(nested)
                : new Dictionary<string, string>();

        // A value's nested "key = value" lines (botocore's _parse_nested).
        private static Dictionary<string, string> Nested(string value)
        {
            var nested = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in value.Split('\n'))
            {
                var equals = line.IndexOf('=');
                if (equals > 0)
                {
                    nested[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
                }
            }

            return nested;
        }

        private static void Merge(Dictionary<string, Dictionary<string, string>> into, string name, Dictionary<string, string> section)
        {
            if (!into.TryGetValue(name, out var existing))
            {
                into[name] = existing = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var (key, value) in section)
            {
                existing[key] = value;
            }
        }

        private static string Read(string path)
        {
            if (path.StartsWith("~", StringComparison.Ordinal))
            {
                path = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + path.Substring(1);
            }

            try
            {
                return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return string.Empty;
            }
        }

        // configparser: "#" and ";" start comment lines, "[name]" a section, "key = value" or "key: value" an option
        // (key lower-cased), and an indented line continues the option before it.
        private static List<(string Name, Dictionary<string, string> Section)> Sections(string text)
        {
            var sections = new List<(string, Dictionary<string, string>)>();
            Dictionary<string, string>? current = null;
            string? lastKey = null;
            foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
            {
                var line = raw.TrimEnd();
                var trimmed = line.TrimStart();
                if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
                {
                    continue;
                }

                if (current is not null && lastKey is not null && line.Length > trimmed.Length)
                {
                    current[lastKey] += "\n" + trimmed;
                    continue;
                }

                if (trimmed[0] == '[' && trimmed.IndexOf(']') > 0)
                {
                    current = new Dictionary<string, string>(StringComparer.Ordinal);
                    sections.Add((trimmed.Substring(1, trimmed.IndexOf(']') - 1), current));
                    lastKey = null;
                    continue;
                }

                var separator = trimmed.IndexOfAny(new[] { '=', ':' });
                if (current is null || separator <= 0)
                {
                    continue;
                }

                lastKey = trimmed.Substring(0, separator).Trim().ToLowerInvariant();
                current[lastKey] = trimmed.Substring(separator + 1).Trim();
            }

            return sections;
        }
    }
}
