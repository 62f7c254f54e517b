using System.Collections.Generic;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>Where a value of a tree built from C# code was written.</summary>
    internal sealed class NodeSite
    {
        public NodeSite(IOperation value, IOperation? assignment, SchemaShape shape, bool unknown)
        {
            Value = value;
            Assignment = assignment;
            Shape = shape;
            Unknown = unknown;
        }

        /// <summary>The value's operation (its syntax is where most problems are reported).</summary>
        public IOperation Value { get; }

        /// <summary>The <c>Member = value</c> assignment the value belongs to, if any.</summary>
        public IOperation? Assignment { get; }

        public SchemaShape Shape { get; }

        /// <summary>True when the value is computed at run time: it stands in the tree but proves nothing.</summary>
        public bool Unknown { get; }
    }

    /// <summary>
    /// Gives every node of a tree built from C# code an id, stored in <see cref="ParamNode.Offset"/>
    /// (there is no text offset for C# values), so a validation problem leads back to its syntax.
    /// </summary>
    internal sealed class NodeSites
    {
        private readonly List<NodeSite> _sites = new List<NodeSite>();

        public int Add(NodeSite site)
        {
            _sites.Add(site);
            return _sites.Count - 1;
        }

        public NodeSite? Get(ParamNode? node) =>
            node is not null && node.Offset >= 0 && node.Offset < _sites.Count ? _sites[node.Offset] : null;

        public bool IsUnknown(ParamNode? node) => Get(node)?.Unknown == true;

        public bool AnyUnknown
        {
            get
            {
                foreach (var site in _sites)
                {
                    if (site.Unknown)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
