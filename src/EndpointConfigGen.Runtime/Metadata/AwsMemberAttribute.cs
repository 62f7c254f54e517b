using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// The model facts of a generated property: its wire name, target shape and the target's
    /// constraints. Analyzers read these instead of parsing the model again.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, Inherited = false)]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class AwsMemberAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        public AwsMemberAttribute(string name)
        {
            Name = name;
        }

        /// <summary>The member name in the model and on the wire.</summary>
        public string Name { get; }

        /// <summary>The member's target shape.</summary>
        public string? Shape { get; set; }

        /// <summary>True when the model lists the member as required.</summary>
        public bool Required { get; set; }

        /// <summary>The model's <c>min</c>: a length for strings, blobs, lists and maps, a value for numbers.</summary>
        public string? Min { get; set; }

        /// <summary>The model's <c>max</c>, read as <see cref="Min"/> is.</summary>
        public string? Max { get; set; }

        /// <summary>The model's <c>pattern</c>, checked anchored at both ends.</summary>
        public string? Pattern { get; set; }

        /// <summary>For a list or map of scalars: the items' (values') <c>min</c>.</summary>
        public string? ItemMin { get; set; }

        /// <summary>For a list or map of scalars: the items' (values') <c>max</c>.</summary>
        public string? ItemMax { get; set; }

        /// <summary>For a list or map of scalars: the items' (values') <c>pattern</c>.</summary>
        public string? ItemPattern { get; set; }
    }
}
