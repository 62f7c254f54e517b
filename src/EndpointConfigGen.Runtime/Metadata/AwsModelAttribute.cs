using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// One shape file's model in the assembly its types were generated into: the analyzers read it here,
    /// in the compilation and in referenced assemblies alike, and decode it as generated code does.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class AwsModelAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="namespace">The namespace of the generated types; empty when none are generated (only checks on AWS SDK types).</param>
        /// <param name="encoded">The model as <see cref="SchemaDecoder"/> reads it.</param>
        public AwsModelAttribute(string @namespace, string encoded)
        {
            Namespace = @namespace;
            Encoded = encoded;
        }

        /// <summary>The namespace of the generated types; empty when none are generated.</summary>
        public string Namespace { get; }

        /// <summary>The model as <see cref="SchemaDecoder"/> reads it.</summary>
        public string Encoded { get; }
    }
}
