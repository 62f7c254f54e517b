using System.Collections.Generic;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>
    /// A node of Python jmespath's AST, with its type names (<c>field</c>, <c>projection</c>, ...): a field's name,
    /// an index's <see cref="JmesNumber"/>, a slice's three optional numbers, a literal, a comparator or function name.
    /// </summary>
    internal sealed class JmesNode
    {
        public JmesNode(string type, object? value = null, params JmesNode[] children)
        {
            Type = type;
            Value = value;
            Children = new List<JmesNode>(children);
        }

        public string Type { get; }

        public object? Value { get; }

        public List<JmesNode> Children { get; }
    }

    /// <summary>An expression reference (<c>&amp;expr</c>), a value only functions take.</summary>
    internal sealed record JmesExpref(JmesNode Expression);
}
