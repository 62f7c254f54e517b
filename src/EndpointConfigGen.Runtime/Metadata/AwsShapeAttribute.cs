using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>Names the model shape a generated type was made from.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class AwsShapeAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        public AwsShapeAttribute(string name)
        {
            Name = name;
        }

        /// <summary>The shape name in the model.</summary>
        public string Name { get; }

        /// <summary>The service's id in the model's metadata.</summary>
        public string? Service { get; set; }
    }
}
