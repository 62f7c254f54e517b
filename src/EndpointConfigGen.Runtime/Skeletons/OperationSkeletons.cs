using System;
using System.ComponentModel;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// What <c>--generate-cli-skeleton</c> prints for one operation, built from its schema on first
    /// use and kept. Built at run time, not emitted as constants: the skeleton of a deeply nested
    /// input is megabytes (QuickSight's CreateDashboard), while its schema grows with the model.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class OperationSkeletons
    {
        private readonly Lazy<string> _input;
        private readonly Lazy<string> _yamlInput;
        private readonly Lazy<string> _output;

        /// <summary>The skeletons of an operation with these input and output shapes (null for none).</summary>
        public OperationSkeletons(SchemaShape? input, SchemaShape? output)
        {
            // Without an input shape the CLI dumps an empty mapping, in JSON and YAML alike.
            _input = new Lazy<string>(() => input is null ? "{}\n" : SkeletonJson.Write(SkeletonBuilder.Build(input, SkeletonMode.Input), ensureAscii: true));
            _yamlInput = new Lazy<string>(() => input is null ? "{}\n" : YamlSkeletonWriter.Write(SkeletonBuilder.Build(input, SkeletonMode.YamlInput)));
            _output = new Lazy<string>(() => OutputText(output));
        }

        /// <summary>The <c>input</c> skeleton (AWS CLI v2): the request as JSON, every member present.</summary>
        public string Input => _input.Value;

        /// <summary>The <c>yaml-input</c> skeleton (AWS CLI v2): the request as YAML with member comments.</summary>
        public string YamlInput => _yamlInput.Value;

        /// <summary>The <c>output</c> skeleton: a sample response; empty when the operation returns nothing.</summary>
        public string Output => _output.Value;

        /// <summary>The CLI's JSON output formatter: indent 4, non-ASCII kept, and nothing at all for an empty response.</summary>
        private static string OutputText(SchemaShape? shape)
        {
            if (shape is null)
            {
                return string.Empty;
            }

            var skeleton = SkeletonBuilder.Build(shape, SkeletonMode.Output);
            return skeleton.IsEmptyMap ? string.Empty : SkeletonJson.Write(skeleton, ensureAscii: false);
        }
    }
}
