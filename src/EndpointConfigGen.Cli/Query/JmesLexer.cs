using System.Collections.Generic;
using System.Text;

namespace EndpointConfigGen.Cli.Query
{
    /// <summary>
    /// Python jmespath 1.1.0's lexer, ported step for step so that error positions match: at the last
    /// character <see cref="Next"/> does not move the position, as Python's <c>_next</c> does not.
    /// </summary>
    internal sealed class JmesLexer
    {
        private static readonly Dictionary<char, string> SimpleTokens = new()
        {
            ['.'] = "dot", ['*'] = "star", [']'] = "rbracket", [','] = "comma", [':'] = "colon", ['@'] = "current",
            ['('] = "lparen", [')'] = "rparen", ['{'] = "lbrace", ['}'] = "rbrace",
        };

        private readonly string expression;
        private int position;
        private char? current;

        private JmesLexer(string expression)
        {
            this.expression = expression;
            current = expression[0];
        }

        public static List<JmesToken> Tokenize(string expression)
        {
            if (expression.Length == 0)
            {
                throw JmesException.Empty();
            }

            return new JmesLexer(expression).Run();
        }

        private List<JmesToken> Run()
        {
            var tokens = new List<JmesToken>();
            while (current is char c)
            {
                if (SimpleTokens.TryGetValue(c, out var simple))
                {
                    tokens.Add(new JmesToken(simple, c.ToString(), position));
                    Next();
                }
                else if (IsIdentifierStart(c))
                {
                    var start = position;
                    var buffer = new StringBuilder().Append(c);
                    while (Next() is char n && (IsIdentifierStart(n) || IsDigit(n)))
                    {
                        buffer.Append(n);
                    }

                    tokens.Add(new JmesToken("unquoted_identifier", buffer.ToString(), start, buffer.ToString()));
                }
                else if (c is ' ' or '\t' or '\n' or '\r')
                {
                    Next();
                }
                else if (c == '[')
                {
                    var start = position;
                    var next = Next();
                    if (next == ']')
                    {
                        Next();
                        tokens.Add(new JmesToken("flatten", "[]", start));
                    }
                    else if (next == '?')
                    {
                        Next();
                        tokens.Add(new JmesToken("filter", "[?", start));
                    }
                    else
                    {
                        tokens.Add(new JmesToken("lbracket", "[", start));
                    }
                }
                else if (c == '\'')
                {
                    var start = position;
                    var raw = ConsumeUntil('\'').Replace("\\'", "'");
                    tokens.Add(new JmesToken("literal", raw, start, raw));
                }
                else if (c == '|')
                {
                    tokens.Add(MatchOrElse('|', "or", "pipe"));
                }
                else if (c == '&')
                {
                    tokens.Add(MatchOrElse('&', "and", "expref"));
                }
                else if (c == '`')
                {
                    tokens.Add(ConsumeLiteral());
                }
                else if (IsDigit(c) || c == '-')
                {
                    var start = position;
                    var digits = ConsumeNumber();
                    if (digits == "-")
                    {
                        throw JmesException.Lexer(expression, start, "Unknown token '-'");
                    }

                    var number = JmesNumber.ParseInteger(digits);
                    tokens.Add(new JmesToken("number", PythonText.Str(number), start, number));
                }
                else if (c == '"')
                {
                    tokens.Add(ConsumeQuotedIdentifier());
                }
                else if (c == '<')
                {
                    tokens.Add(MatchOrElse('=', "lte", "lt"));
                }
                else if (c == '>')
                {
                    tokens.Add(MatchOrElse('=', "gte", "gt"));
                }
                else if (c == '!')
                {
                    tokens.Add(MatchOrElse('=', "ne", "not"));
                }
                else if (c == '=')
                {
                    if (Next() == '=')
                    {
                        tokens.Add(new JmesToken("eq", "==", position - 1));
                        Next();
                    }
                    else
                    {
                        throw JmesException.Lexer(expression, current is null ? position : position - 1, "Unknown token '='");
                    }
                }
                else
                {
                    throw JmesException.Lexer(expression, position, "Unknown token " + c);
                }
            }

            tokens.Add(new JmesToken("eof", string.Empty, expression.Length));
            return tokens;
        }

        private static bool IsIdentifierStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

        private static bool IsDigit(char c) => c is >= '0' and <= '9';

        private char? Next()
        {
            if (position == expression.Length - 1)
            {
                current = null;
            }
            else
            {
                position++;
                current = expression[position];
            }

            return current;
        }

        private string ConsumeNumber()
        {
            var buffer = new StringBuilder().Append(current!.Value);
            while (Next() is char n && IsDigit(n))
            {
                buffer.Append(n);
            }

            return buffer.ToString();
        }

        // Consumes up to the delimiter, which a backslash escapes (the backslash is kept).
        private string ConsumeUntil(char delimiter)
        {
            var start = position;
            var buffer = new StringBuilder();
            Next();
            while (current != delimiter)
            {
                if (current == '\\')
                {
                    buffer.Append('\\');
                    Next();
                }

                if (current is null)
                {
                    throw JmesException.Lexer(expression, start, "Unclosed " + delimiter + " delimiter");
                }

                buffer.Append(current.Value);
                Next();
            }

            Next();
            return buffer.ToString();
        }

        private JmesToken ConsumeLiteral()
        {
            var start = position;
            var lexeme = ConsumeUntil('`').Replace("\\`", "`");
            if (JmesJson.TryParse(lexeme, out var value)
                || JmesJson.TryParse("\"" + lexeme.TrimStart(' ', '\t', '\n', '\r', '\f', '\v') + "\"", out value))
            {
                // The second form is JEP-12's deprecated unquoted string literal, which Python still accepts.
                return new JmesToken("literal", PythonText.Str(value), start, value);
            }

            throw JmesException.Lexer(expression, start, "Bad token " + lexeme);
        }

        private JmesToken ConsumeQuotedIdentifier()
        {
            var start = position;
            var lexeme = "\"" + ConsumeUntil('"') + "\"";
            var name = JmesJson.DecodeString(lexeme, out var error);
            if (name is null)
            {
                throw JmesException.Lexer(expression, start, error!);
            }

            return new JmesToken("quoted_identifier", name, start, name);
        }

        private JmesToken MatchOrElse(char expected, string matchType, string elseType)
        {
            var start = position;
            var first = current!.Value;
            if (Next() == expected)
            {
                Next();
                return new JmesToken(matchType, first.ToString() + expected, start);
            }

            return new JmesToken(elseType, first.ToString(), start);
        }
    }
}
