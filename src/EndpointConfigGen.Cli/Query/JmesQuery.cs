namespace EndpointConfigGen.Cli.Query
{
    /// <summary>
    /// A compiled JMESPath expression, evaluated as the AWS CLI v1 evaluates <c>--query</c> (Python jmespath
    /// 1.1.0), over System.Text.Json without reflection, so trimmed and Native AOT front ends keep it.
    /// </summary>
    internal sealed class JmesQuery
    {
        private readonly JmesNode root;

        private JmesQuery(JmesNode root) => this.root = root;

        /// <summary>Parses an expression; a <see cref="JmesException"/> says why it cannot be.</summary>
        public static JmesQuery Compile(string expression) => new(JmesParser.Parse(expression));

        /// <summary>The result as compact JSON (Python's number forms; NaN and infinities as Python writes them).</summary>
        public string Search(string json) => JmesJson.Write(JmesInterpreter.Evaluate(root, JmesJson.Parse(json)), exprefAsStr: false);
    }
}
