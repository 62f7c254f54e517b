using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>Marks the generated input structure of a model operation; request files are matched by this name.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class AwsOperationInputAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        public AwsOperationInputAttribute(string operation)
        {
            Operation = operation;
        }

        /// <summary>The operation's name in the model, e.g. <c>CreateEndpointConfig</c>.</summary>
        public string Operation { get; }
    }
}
