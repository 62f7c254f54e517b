using System.Collections.Generic;
using System.Text;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Turns loaded file contents into tree nodes. Text becomes a string node. Bytes are valid
    /// only for a blob; anywhere else botocore reports them as <c>&lt;class 'bytes'&gt;</c>, so they
    /// become a placeholder node that validation reports as the wrong type, and
    /// <see cref="RewriteProblems"/> then words that problem as botocore does.
    /// </summary>
    internal sealed class LoadedValues
    {
        private readonly Dictionary<ParamNode, LoadedBytes> _bytes = new Dictionary<ParamNode, LoadedBytes>();
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

        /// <summary>A node for a loaded value meant for a value of <paramref name="target"/> (null when the model has no such member).</summary>
        /// <exception cref="CliException">Binary content for a blob that is not UTF-8 text (the tree holds text only).</exception>
        public ParamNode Node(object loaded, SchemaShape? target, bool fromShorthand, string cliName)
        {
            if (loaded is string text)
            {
                return ParamNode.String(text, fromShorthand);
            }

            var bytes = (LoadedBytes)loaded;
            if (target?.Kind == SchemaKind.Blob)
            {
                try
                {
                    return ParamNode.String(StrictUtf8.GetString(bytes.Content), fromShorthand);
                }
                catch (DecoderFallbackException)
                {
                    throw CliException.Parameter(cliName, "binary content that is not UTF-8 text is not supported for a blob value");
                }
            }

            var placeholder = ParamNode.Map(new ParamEntry[0], fromShorthand: false);
            _bytes[placeholder] = bytes;
            return placeholder;
        }

        /// <summary>Rewords the type problems of byte values as botocore reports them.</summary>
        public IReadOnlyList<ValidationProblem> RewriteProblems(IReadOnlyList<ValidationProblem> problems)
        {
            if (_bytes.Count == 0)
            {
                return problems;
            }

            var result = new List<ValidationProblem>(problems.Count);
            foreach (var problem in problems)
            {
                var validTypes = problem.Message.IndexOf(", valid types: ", System.StringComparison.Ordinal);
                if (problem.Kind == ProblemKind.InvalidType && problem.Node is not null && validTypes >= 0 && _bytes.TryGetValue(problem.Node, out var bytes))
                {
                    var message = "Invalid type for parameter " + problem.Path + ", value: " + bytes.Repr() + ", type: <class 'bytes'>" + problem.Message.Substring(validTypes);
                    result.Add(new ValidationProblem(problem.Kind, message, problem.Path, problem.Node, problem.Key, problem.KeyOffset, problem.Rule, problem.Severity, problem.RelatedNode, problem.Suggestions));
                }
                else
                {
                    result.Add(problem);
                }
            }

            return result;
        }
    }
}
