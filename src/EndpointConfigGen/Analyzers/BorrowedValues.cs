using System.Collections.Generic;
using System.Globalization;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// The values of a request that another analysis judges on its own: a parse call's literal
    /// (<see cref="ParseCallAnalysis"/>) and a local's initializer (its own <see cref="RequestValueAnalysis"/>).
    /// What validating such a value alone shows is reported there; the request adds only what it brings
    /// (its rules across values), so no problem is reported twice.
    /// </summary>
    internal sealed class BorrowedValues
    {
        private readonly List<Borrowed> _values = new List<Borrowed>();

        /// <summary>Notes a value whose node is <paramref name="root"/>, built with the site ids from <paramref name="firstSite"/> to <paramref name="endSite"/> (exclusive).</summary>
        public void Add(int firstSite, int endSite, ParamNode root, SchemaShape shape) =>
            _values.Add(new Borrowed(firstSite, endSite, root, shape));

        /// <summary>True when the problem is one that validating its borrowed value alone shows too.</summary>
        public bool ReportedElsewhere(ValidationProblem problem, ValidationOptions options)
        {
            int site = problem.Node?.Offset ?? -1;
            foreach (var value in _values)
            {
                if (value.FirstSite <= site && site < value.EndSite)
                {
                    return value.OwnProblems(options).Contains(Key(problem));
                }
            }

            return false;
        }

        // Node offsets are site ids, the same in both validations of the same nodes; paths and messages are not.
        private static string Key(ValidationProblem problem) =>
            problem.Kind + "|" + problem.RuleId + "|" + Id(problem.Node) + "|" + problem.KeyOffset.ToString(CultureInfo.InvariantCulture) + "|" + Id(problem.RelatedNode);

        private static string Id(ParamNode? node) => node is null ? string.Empty : node.Offset.ToString(CultureInfo.InvariantCulture);

        private sealed class Borrowed
        {
            private readonly ParamNode _root;
            private readonly SchemaShape _shape;
            private HashSet<string>? _own;

            public Borrowed(int firstSite, int endSite, ParamNode root, SchemaShape shape)
            {
                FirstSite = firstSite;
                EndSite = endSite;
                _root = root;
                _shape = shape;
            }

            public int FirstSite { get; }

            public int EndSite { get; }

            /// <summary>Validated only once a problem of the request falls inside: most requests have none.</summary>
            public HashSet<string> OwnProblems(ValidationOptions options)
            {
                if (_own is null)
                {
                    _own = new HashSet<string>();
                    foreach (var problem in ParamValidator.Validate(_root, _shape, string.Empty, options))
                    {
                        _own.Add(Key(problem));
                    }
                }

                return _own;
            }
        }
    }
}
