using EndpointConfigGen.Runtime;
namespace EndpointConfigGen.Cli
{
    /// <summary>What <c>--generate-cli-skeleton</c> prints, per mode; computed by the generator.</summary>
    public sealed class CliSkeletons
    {
        /// <summary>Creates the set.</summary>
        public CliSkeletons(string input, string yamlInput, string output)
        {
            Input = input;
            YamlInput = yamlInput;
            Output = output;
        }

        /// <summary>The <c>input</c> skeleton (JSON).</summary>
        public string Input { get; }

        /// <summary>The <c>yaml-input</c> skeleton.</summary>
        public string YamlInput { get; }

        /// <summary>The <c>output</c> skeleton; empty when the operation returns nothing.</summary>
        public string Output { get; }
    }
}
