using System.Collections.Generic;
using System.Runtime.CompilerServices;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>Which shape each node of a tree stands for, found by walking tree and schema together.</summary>
    internal sealed class NodeShapes
    {
        private readonly Dictionary<ParamNode, SchemaShape> _shapes = new Dictionary<ParamNode, SchemaShape>(ReferenceComparer.Instance);

        public NodeShapes(ParamNode root, SchemaShape shape)
        {
            var pending = new Stack<KeyValuePair<ParamNode, SchemaShape>>();
            pending.Push(new KeyValuePair<ParamNode, SchemaShape>(root, shape));
            while (pending.Count > 0)
            {
                var pair = pending.Pop();
                var node = pair.Key;
                var at = pair.Value;
                _shapes[node] = at;
                if (node.Kind == ParamNodeKind.List && at.Item is not null)
                {
                    foreach (var item in node.Items)
                    {
                        pending.Push(new KeyValuePair<ParamNode, SchemaShape>(item, at.Item));
                    }
                }
                else if (node.Kind == ParamNodeKind.Map)
                {
                    foreach (var entry in node.Entries)
                    {
                        var target = at.Kind == SchemaKind.Structure ? at.Member(entry.Key)?.Target : at.Value;
                        if (target is not null)
                        {
                            pending.Push(new KeyValuePair<ParamNode, SchemaShape>(entry.Value, target));
                        }
                    }
                }
            }
        }

        public string? NameOf(ParamNode? node) => node is not null && _shapes.TryGetValue(node, out var shape) ? shape.Name : null;

        private sealed class ReferenceComparer : IEqualityComparer<ParamNode>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public bool Equals(ParamNode? x, ParamNode? y) => ReferenceEquals(x, y);

            public int GetHashCode(ParamNode obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
