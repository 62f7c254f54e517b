using System.Collections.Generic;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>Where a value of a tree built from C# code was written: C# syntax, or text inside a parse call's literal.</summary>
    internal sealed class NodeSite
    {
        public NodeSite(IOperation value, IOperation? assignment, SchemaShape shape, bool unknown)
        {
            Value = value;
            Assignment = assignment;
            Shape = shape;
            Unknown = unknown;
        }

        /// <param name="literal">The literal the value was read from.</param>
        /// <param name="literalNode">The value as read, its offset into the literal's text.</param>
        public NodeSite(IOperation value, IOperation? assignment, SchemaShape shape, ParsedLiteral literal, ParamNode literalNode)
            : this(value, assignment, shape, unknown: false)
        {
            Literal = literal;
            LiteralNode = literalNode;
        }

        /// <summary>The value's operation (its syntax is where most problems are reported); the string for a value inside a literal.</summary>
        public IOperation Value { get; }

        /// <summary>The <c>Member = value</c> assignment the value belongs to, if any.</summary>
        public IOperation? Assignment { get; }

        public SchemaShape Shape { get; }

        /// <summary>True when the value is computed at run time: it stands in the tree but proves nothing.</summary>
        public bool Unknown { get; }

        public ParsedLiteral? Literal { get; }

        public ParamNode? LiteralNode { get; }

        /// <summary>
        /// Where a problem about the value is shown: at its characters inside a literal, else on the C# value
        /// or, for a rule about setting the member at all, on its whole assignment.
        /// </summary>
        public Location Location(bool onAssignment) =>
            Literal is not null ? Literal.Text.At(LiteralNode, Literal.Ends)
            : (onAssignment && Assignment is not null ? Assignment : Value).Syntax.GetLocation();
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

        /// <summary>The id the next site gets: the sites of one value built from here on are a range of ids.</summary>
        public int Count => _sites.Count;

        public NodeSite? Get(ParamNode? node) =>
            node is not null && node.Offset >= 0 && node.Offset < _sites.Count ? _sites[node.Offset] : null;

        public bool IsUnknown(ParamNode? node) => Get(node)?.Unknown == true;
    }
}
