using System.Collections.Generic;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>
    /// Python jmespath 1.1.0's Pratt parser, ported rule for rule (binding powers, projections, errors), so
    /// that an expression means and fails here what it means and fails in the AWS CLI.
    /// </summary>
    internal sealed class JmesParser
    {
        private const int ProjectionStop = 10;

        private static readonly Dictionary<string, int> BindingPower = new()
        {
            ["eof"] = 0, ["unquoted_identifier"] = 0, ["quoted_identifier"] = 0, ["literal"] = 0, ["rbracket"] = 0,
            ["rparen"] = 0, ["comma"] = 0, ["rbrace"] = 0, ["number"] = 0, ["current"] = 0, ["expref"] = 0, ["colon"] = 0,
            ["pipe"] = 1, ["or"] = 2, ["and"] = 3, ["eq"] = 5, ["gt"] = 5, ["lt"] = 5, ["gte"] = 5, ["lte"] = 5, ["ne"] = 5,
            ["flatten"] = 9, ["star"] = 20, ["filter"] = 21, ["dot"] = 40, ["not"] = 45, ["lbrace"] = 50, ["lbracket"] = 55,
            ["lparen"] = 60,
        };

        private static readonly string[] DotRhsAllowed = ["quoted_identifier", "unquoted_identifier", "lbracket", "lbrace"];

        private readonly string expression;
        private readonly List<JmesToken> tokens;
        private int index;

        private JmesParser(string expression)
        {
            this.expression = expression;
            tokens = JmesLexer.Tokenize(expression);
        }

        /// <summary>Parses an expression or throws a <see cref="JmesException"/> with Python's message.</summary>
        public static JmesNode Parse(string expression)
        {
            var parser = new JmesParser(expression);
            var parsed = parser.Expression(0);
            if (parser.Current != "eof")
            {
                var token = parser.Lookahead(0);
                throw JmesException.Parse(expression, token, "Unexpected token: " + token.Text);
            }

            return parsed;
        }

        private string Current => tokens[index].Type;

        private JmesToken Lookahead(int offset) => tokens[index + offset];

        private JmesNode Expression(int bindingPower)
        {
            var leftToken = Lookahead(0);
            index++;
            var left = Nud(leftToken);
            while (bindingPower < BindingPower[Current])
            {
                var token = Lookahead(0);
                if (token.Type is "star" or "not" or "lbrace")
                {
                    // Tokens that bind but have no left denotation.
                    throw JmesException.Parse(expression, token, "invalid token");
                }

                index++;
                left = Led(token, left);
            }

            return left;
        }

        private JmesNode Nud(JmesToken token)
        {
            switch (token.Type)
            {
                case "literal":
                    return new JmesNode("literal", token.Value);
                case "unquoted_identifier":
                    return new JmesNode("field", token.Value);
                case "quoted_identifier":
                    if (Current == "lparen")
                    {
                        var t = Lookahead(0);
                        throw JmesException.Parse(expression, t with { Start = 0 }, "Quoted identifier not allowed for function names.");
                    }

                    return new JmesNode("field", token.Value);
                case "star":
                    var right = Current == "rbracket" ? new JmesNode("identity") : ProjectionRhs(BindingPower["star"]);
                    return new JmesNode("value_projection", null, new JmesNode("identity"), right);
                case "filter":
                    return Filter(new JmesNode("identity"));
                case "lbrace":
                    return MultiSelectHash();
                case "lparen":
                    var inner = Expression(0);
                    Match("rparen");
                    return inner;
                case "flatten":
                    return new JmesNode("projection", null, new JmesNode("flatten", null, new JmesNode("identity")), ProjectionRhs(BindingPower["flatten"]));
                case "not":
                    return new JmesNode("not_expression", null, Expression(BindingPower["not"]));
                case "lbracket":
                    if (Current is "number" or "colon")
                    {
                        return ProjectIfSlice(new JmesNode("identity"), IndexExpression());
                    }

                    if (Current == "star" && Lookahead(1).Type == "rbracket")
                    {
                        index += 2;
                        return new JmesNode("projection", null, new JmesNode("identity"), ProjectionRhs(BindingPower["star"]));
                    }

                    return MultiSelectList();
                case "current":
                    return new JmesNode("current");
                case "expref":
                    return new JmesNode("expref", null, Expression(BindingPower["expref"]));
                case "eof":
                    throw JmesException.Incomplete(expression);
                default:
                    throw JmesException.Parse(expression, token, "invalid token");
            }
        }

        private JmesNode Led(JmesToken token, JmesNode left)
        {
            switch (token.Type)
            {
                case "dot":
                    if (Current != "star")
                    {
                        var right = DotRhs(BindingPower["dot"]);
                        if (left.Type == "subexpression")
                        {
                            left.Children.Add(right);
                            return left;
                        }

                        return new JmesNode("subexpression", null, left, right);
                    }

                    index++;
                    return new JmesNode("value_projection", null, left, ProjectionRhs(BindingPower["dot"]));
                case "pipe":
                    return new JmesNode("pipe", null, left, Expression(BindingPower["pipe"]));
                case "or":
                    return new JmesNode("or_expression", null, left, Expression(BindingPower["or"]));
                case "and":
                    return new JmesNode("and_expression", null, left, Expression(BindingPower["and"]));
                case "lparen":
                    return Function(left);
                case "filter":
                    return Filter(left);
                case "eq" or "ne" or "gt" or "gte" or "lt" or "lte":
                    return new JmesNode("comparator", token.Type, left, Expression(BindingPower[token.Type]));
                case "flatten":
                    return new JmesNode("projection", null, new JmesNode("flatten", null, left), ProjectionRhs(BindingPower["flatten"]));
                case "lbracket":
                    if (Current is "number" or "colon")
                    {
                        var right = IndexExpression();
                        if (left.Type == "index_expression")
                        {
                            left.Children.Add(right);
                            return left;
                        }

                        return ProjectIfSlice(left, right);
                    }

                    Match("star");
                    Match("rbracket");
                    return new JmesNode("projection", null, left, ProjectionRhs(BindingPower["star"]));
                default:
                    throw JmesException.Parse(expression, token, "invalid token");
            }
        }

        private JmesNode Function(JmesNode left)
        {
            if (left.Type != "field")
            {
                var previous = Lookahead(-2);
                throw JmesException.Parse(expression, previous, "Invalid function name '" + previous.Text + "'");
            }

            var arguments = new List<JmesNode>();
            while (Current != "rparen")
            {
                var argument = Expression(0);
                if (Current == "comma")
                {
                    Match("comma");
                }

                arguments.Add(argument);
            }

            Match("rparen");
            return new JmesNode("function_expression", left.Value, arguments.ToArray());
        }

        private JmesNode Filter(JmesNode left)
        {
            var condition = Expression(0);
            Match("rbracket");
            var right = Current == "flatten" ? new JmesNode("identity") : ProjectionRhs(BindingPower["filter"]);
            return new JmesNode("filter_projection", null, left, right, condition);
        }

        private JmesNode IndexExpression()
        {
            if (Lookahead(0).Type == "colon" || Lookahead(1).Type == "colon")
            {
                return SliceExpression();
            }

            var node = new JmesNode("index", Lookahead(0).Value);
            index++;
            Match("rbracket");
            return node;
        }

        private JmesNode SliceExpression()
        {
            var parts = new JmesNumber?[3];
            var part = 0;
            while (Current != "rbracket" && part < 3)
            {
                if (Current == "colon")
                {
                    part++;
                    if (part == 3)
                    {
                        throw JmesException.Parse(expression, Lookahead(0), "syntax error");
                    }

                    index++;
                }
                else if (Current == "number")
                {
                    parts[part] = (JmesNumber?)Lookahead(0).Value;
                    index++;
                }
                else
                {
                    throw JmesException.Parse(expression, Lookahead(0), "syntax error");
                }
            }

            Match("rbracket");
            return new JmesNode("slice", parts);
        }

        private JmesNode ProjectIfSlice(JmesNode left, JmesNode right)
        {
            var indexExpression = new JmesNode("index_expression", null, left, right);
            return right.Type == "slice"
                ? new JmesNode("projection", null, indexExpression, ProjectionRhs(BindingPower["star"]))
                : indexExpression;
        }

        private JmesNode MultiSelectList()
        {
            var expressions = new List<JmesNode>();
            while (true)
            {
                expressions.Add(Expression(0));
                if (Current == "rbracket")
                {
                    break;
                }

                Match("comma");
            }

            Match("rbracket");
            return new JmesNode("multi_select_list", null, expressions.ToArray());
        }

        private JmesNode MultiSelectHash()
        {
            var pairs = new List<JmesNode>();
            while (true)
            {
                var keyToken = Lookahead(0);
                MatchAny("quoted_identifier", "unquoted_identifier");
                Match("colon");
                pairs.Add(new JmesNode("key_val_pair", keyToken.Value, Expression(0)));
                if (Current == "comma")
                {
                    Match("comma");
                }
                else if (Current == "rbrace")
                {
                    Match("rbrace");
                    break;
                }
            }

            return new JmesNode("multi_select_dict", null, pairs.ToArray());
        }

        private JmesNode ProjectionRhs(int bindingPower)
        {
            if (BindingPower[Current] < ProjectionStop)
            {
                return new JmesNode("identity");
            }

            switch (Current)
            {
                case "lbracket" or "filter":
                    return Expression(bindingPower);
                case "dot":
                    Match("dot");
                    return DotRhs(bindingPower);
                default:
                    throw JmesException.Parse(expression, Lookahead(0), "syntax error");
            }
        }

        private JmesNode DotRhs(int bindingPower)
        {
            switch (Current)
            {
                case "quoted_identifier" or "unquoted_identifier" or "star":
                    return Expression(bindingPower);
                case "lbracket":
                    Match("lbracket");
                    return MultiSelectList();
                case "lbrace":
                    Match("lbrace");
                    return MultiSelectHash();
                default:
                    var token = Lookahead(0);
                    throw JmesException.Parse(expression, token, "Expecting: " + PythonText.Repr(DotRhsAllowed) + ", got: " + token.Type);
            }
        }

        private void Match(string type)
        {
            if (Current != type)
            {
                ThrowExpecting(type);
            }

            index++;
        }

        private void MatchAny(params string[] types)
        {
            if (System.Array.IndexOf(types, Current) < 0)
            {
                ThrowExpecting(PythonText.Repr(types));
            }

            index++;
        }

        // Python formats the expected type with %s: a single name bare, a list as its repr.
        private void ThrowExpecting(string expected)
        {
            var token = Lookahead(0);
            if (token.Type == "eof")
            {
                throw JmesException.Incomplete(expression);
            }

            throw JmesException.Parse(expression, token, "Expecting: " + expected + ", got: " + token.Type);
        }
    }
}
