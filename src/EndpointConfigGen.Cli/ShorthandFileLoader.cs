using System.Collections.Generic;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Loads <c>file://</c> / <c>fileb://</c> values inside shorthand marked with <c>key@=</c>.
    /// AWS CLI v1 1.45.11 keeps one parser-wide switch, set by every key as it is read and never
    /// restored when a hash closes: <c>a@=[file://x,{b=c},file://y]</c> loads x but not y, and
    /// <c>a=[{b@=c},file://y]</c> loads y. Walking the tree in input order with one switch gives the same.
    /// </summary>
    internal sealed class ShorthandFileLoader
    {
        private readonly LoadedValues _loaded;
        private readonly string _cliName;
        private bool _loadFiles;

        public ShorthandFileLoader(LoadedValues loaded, string cliName)
        {
            _loaded = loaded;
            _cliName = cliName;
        }

        /// <summary>The tree with marked file values replaced by their content; <paramref name="shape"/> is the tree's shape, if known.</summary>
        /// <exception cref="CliException">A file cannot be read (the CLI reports this bare, without the parameter name).</exception>
        public ParamNode Load(ParamNode node, SchemaShape? shape)
        {
            _loadFiles = false;
            return Visit(node, shape);
        }

        // Depth is bounded by the shorthand parser's nesting limit.
        private ParamNode Visit(ParamNode node, SchemaShape? shape)
        {
            switch (node.Kind)
            {
                case ParamNodeKind.Map:
                    var entries = new List<ParamEntry>(node.Entries.Count);
                    foreach (var entry in node.Entries)
                    {
                        _loadFiles = entry.LoadFiles;
                        var value = Visit(entry.Value, MemberShape(shape, entry.Key));
                        entries.Add(new ParamEntry(entry.Key, value, entry.KeyOffset, entry.LoadFiles));
                    }

                    return ParamNode.Map(entries, node.FromShorthand, node.Offset);
                case ParamNodeKind.List:
                    var items = new List<ParamNode>(node.Items.Count);
                    var itemShape = shape?.Kind == SchemaKind.List ? shape.Item : null;
                    foreach (var item in node.Items)
                    {
                        items.Add(Visit(item, itemShape));
                    }

                    return ParamNode.List(items, node.FromShorthand, node.Offset);
                case ParamNodeKind.String when _loadFiles:
                    var loaded = ParamFiles.Load(node.Text);
                    return loaded is null ? node : _loaded.Node(loaded, ScalarShape(shape), node.FromShorthand, _cliName);
                default:
                    return node;
            }
        }

        private static SchemaShape? MemberShape(SchemaShape? shape, string key)
        {
            switch (shape?.Kind)
            {
                case SchemaKind.Structure:
                    return shape.Member(key)?.Target;
                case SchemaKind.Map:
                    return shape.Value;
                default:
                    return null;
            }
        }

        // A scalar where a list belongs becomes its one item.
        private static SchemaShape? ScalarShape(SchemaShape? shape)
        {
            for (var depth = 0; shape?.Kind == SchemaKind.List && depth < 64; depth++)
            {
                shape = shape.Item;
            }

            return shape;
        }
    }
}
