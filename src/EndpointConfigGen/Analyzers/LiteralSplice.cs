using System.Collections.Generic;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// Puts the tree of a parse call's literal into the tree of the request it is part of. Offsets in a
    /// tree built from C# are site ids, so every node is copied with one; its site keeps the node as read,
    /// whose offset into the literal places a problem at the characters inside the string.
    /// </summary>
    internal sealed class LiteralSplice
    {
        private readonly ParsedLiteral _literal;
        private readonly IOperation _value;
        private readonly NodeSites _sites;

        private LiteralSplice(ParsedLiteral literal, IOperation value, NodeSites sites)
        {
            _literal = literal;
            _value = value;
            _sites = sites;
        }

        /// <param name="value">The string operation; <paramref name="assignment"/> the member assignment the call's result is, if any.</param>
        public static ParamNode? Splice(ParsedLiteral literal, IOperation value, IOperation? assignment, SchemaShape shape, NodeSites sites) =>
            literal.Tree is { } tree ? new LiteralSplice(literal, value, sites).Copy(tree, shape, assignment) : null;

        // Depth is bounded by the parsers' nesting limits, as in ParamConverter.
        private ParamNode Copy(ParamNode node, SchemaShape? shape, IOperation? assignment)
        {
            switch (node.Kind)
            {
                case ParamNodeKind.List:
                    var items = new List<ParamNode>(node.Items.Count);
                    foreach (var item in node.Items)
                    {
                        items.Add(Copy(item, shape?.Kind == SchemaKind.List ? shape.Item : null, null));
                    }

                    return ParamNode.List(items, node.FromShorthand, Site(node, shape, assignment));
                case ParamNodeKind.Map:
                    var entries = new List<ParamEntry>(node.Entries.Count);
                    foreach (var entry in node.Entries)
                    {
                        // Keys are checked as values of a map's key shape; a structure's unknown members get no site (the parser reports them).
                        var key = shape?.Kind == SchemaKind.Map && entry.KeyOffset >= 0 ? Site(ParamNode.String(entry.Key, false, entry.KeyOffset), shape.Key, null) : -1;
                        var target = shape?.Kind == SchemaKind.Structure ? shape.Member(entry.Key)?.Target : shape?.Kind == SchemaKind.Map ? shape.Value : null;
                        entries.Add(new ParamEntry(entry.Key, Copy(entry.Value, target, null), key, entry.LoadFiles));
                    }

                    return ParamNode.Map(entries, node.FromShorthand, Site(node, shape, assignment));
                case ParamNodeKind.String:
                    return ParamNode.String(node.Text, node.FromShorthand, Site(node, shape, assignment));
                case ParamNodeKind.Number:
                    return ParamNode.Number(node.Text, Site(node, shape, assignment));
                case ParamNodeKind.Boolean:
                    return ParamNode.Boolean(node.Text == "true", Site(node, shape, assignment));
                default:
                    return ParamNode.Null(Site(node, shape, assignment));
            }
        }

        private int Site(ParamNode node, SchemaShape? shape, IOperation? assignment) =>
            shape is null || node.Offset < 0 ? -1 : _sites.Add(new NodeSite(_value, assignment, shape, _literal, node));
    }
}
