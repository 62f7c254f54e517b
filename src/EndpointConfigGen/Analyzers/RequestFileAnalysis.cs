using System;
using System.Collections.Generic;
using System.IO;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// Checks request files: AdditionalFiles named <c>*.request.json</c>, the JSON the AWS CLI takes with
    /// <c>--cli-input-json</c>. The file name picks the operation: <c>CreateEndpointConfig.request.json</c>
    /// or <c>prod.CreateEndpointConfig.request.json</c> (the part before <c>.request.json</c>, after the
    /// last dot); when that names no operation and the project generates exactly one, that one is used.
    /// </summary>
    internal sealed class RequestFileAnalysis
    {
        public const string Suffix = ".request.json";

        private readonly IReadOnlyDictionary<string, TypeSchema> _inputs;

        public RequestFileAnalysis(ModelLookup schemas)
        {
            _inputs = schemas.OperationInputs;
        }

        public void Analyze(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            if (!file.Path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) || file.GetText(context.CancellationToken) is not { } source)
            {
                return;
            }

            var name = Path.GetFileName(file.Path);
            if (Input(name.Substring(0, name.Length - Suffix.Length)) is not { } schema)
            {
                var known = _inputs.Count == 0 ? "the project generates none" : "name the file <Operation>" + Suffix + ", one of: " + string.Join(", ", _inputs.Keys);
                context.ReportDiagnostic(Diagnostic.Create(RequestDiagnostics.UnmatchedRequestFile, At(file.Path, source, new TextSpan(0, 0)), name, known));
                return;
            }

            var text = source.ToString();
            var root = JsonTextParser.Parse(text, out var error, out var errorAt);
            if (root is null)
            {
                var span = new TextSpan(Math.Min(errorAt.Offset, text.Length), errorAt.Offset < text.Length ? 1 : 0);
                context.ReportDiagnostic(Diagnostic.Create(RequestDiagnostics.InvalidJsonRequest, At(file.Path, source, span), error));
                return;
            }

            var tree = JsonParamReader.Read(root);
            var problems = ParamValidator.Validate(tree, schema.Shape, string.Empty, new ValidationOptions { Rules = schema.Rules });
            if (problems.Count == 0)
            {
                return;
            }

            var ends = JsonParamReader.Ends(root);
            foreach (var problem in problems)
            {
                var descriptor = ProblemDescriptors.For(problem) ?? RequestDiagnostics.InvalidJsonRequest;
                var args = ProblemDescriptors.Arguments(problem);
                context.ReportDiagnostic(Diagnostic.Create(descriptor, At(file.Path, source, Span(problem, ends)), args));
            }
        }

        private TypeSchema? Input(string stem)
        {
            var operation = stem.Substring(stem.LastIndexOf('.') + 1);
            if (_inputs.TryGetValue(operation, out var schema))
            {
                return schema;
            }

            foreach (var only in _inputs.Values)
            {
                return _inputs.Count == 1 ? only : null;
            }

            return null;
        }

        /// <summary>The key of a key problem, a scalar whole, or the first char of an object or array.</summary>
        private static TextSpan Span(ValidationProblem problem, Dictionary<int, int> ends)
        {
            int at = problem.KeyOffset >= 0 ? problem.KeyOffset : Math.Max(problem.Node?.Offset ?? 0, 0);
            bool whole = problem.KeyOffset >= 0 || (problem.Node is { } node && node.Kind != ParamNodeKind.List && node.Kind != ParamNodeKind.Map);
            return whole && ends.TryGetValue(at, out var end) ? TextSpan.FromBounds(at, end) : new TextSpan(at, 1);
        }

        private static Location At(string path, SourceText source, TextSpan span) =>
            Location.Create(path, span, source.Lines.GetLinePositionSpan(span));
    }
}
