using System.Collections.Generic;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>The command line after argparse: each given option's raw value, and the special options.</summary>
    internal sealed class CliArguments
    {
        /// <summary>Per member name: a string, a list of strings (list options) or a boolean (flags); last occurrence wins.</summary>
        public Dictionary<string, object> Values { get; } = new Dictionary<string, object>();

        /// <summary>The raw <c>--cli-input-json</c> value, or null.</summary>
        public string? CliInputJson { get; set; }

        /// <summary>The raw <c>--cli-input-yaml</c> value (AWS CLI v2's), or null.</summary>
        public string? CliInputYaml { get; set; }

        /// <summary>The <c>--generate-cli-skeleton</c> mode, or null.</summary>
        public string? SkeletonMode { get; set; }

        /// <summary>True when help was asked for.</summary>
        public bool Help { get; set; }

        /// <summary>Tokens argparse did not recognise, in the CLI's report order.</summary>
        public List<string> Unknown { get; } = new List<string>();
    }
}
