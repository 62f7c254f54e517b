using System;
using System.Collections.Generic;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// Checks constant strings passed to the generated <c>ParseShorthand</c>, <c>TryParseShorthand</c>,
    /// <c>ParseShorthandList</c> and <c>FromJson</c>: what the call would throw (ECG005 for shorthand,
    /// ECG016 for JSON) at the exact character, then what <c>Validate()</c> would report.
    /// </summary>
    internal static class ParseCallAnalysis
    {
        public static void Analyze(OperationAnalysisContext context, SymbolSchemaBuilder schemas)
        {
            var call = (IInvocationOperation)context.Operation;
            var method = call.TargetMethod;
            if (!method.IsStatic || call.Arguments.Length == 0 || !IsParseMethod(method.Name) || schemas.Get(method.ContainingType) is not { } schema)
            {
                return;
            }

            var shapeName = schema.Shape.Name;
            var options = new ValidationOptions { Rules = schema.Rules };
            switch (method.Name)
            {
                case "ParseShorthand":
                case "TryParseShorthand":
                    if (LiteralText.From(call.Arguments[0].Value) is { } text)
                    {
                        Shorthand(context, text, schema, shapeName, options);
                    }

                    break;
                case "ParseShorthandList" when !MayTakeOldListCase(method, schema.Shape):
                    int index = 0;
                    foreach (var token in Tokens(call.Arguments[0].Value))
                    {
                        if (LiteralText.From(token) is { } item)
                        {
                            Shorthand(context, item, schema, shapeName + "[" + index + "]", options);
                        }

                        index++;
                    }

                    break;
                case "FromJson" when method.Parameters[0].Type.SpecialType == SpecialType.System_String:
                    if (LiteralText.From(call.Arguments[0].Value) is { } json)
                    {
                        Json(context, json, schema, options);
                    }

                    break;
            }
        }

        /// <summary>
        /// An item type the CLI's table of one-member list arguments may apply to (its service has such an argument):
        /// the generated call may take each token as the member's value, so its tokens are not checked as shorthand.
        /// </summary>
        private static bool MayTakeOldListCase(IMethodSymbol method, SchemaShape item)
        {
            if (!ShorthandSpecialCases.IsOldListItem(item))
            {
                return false;
            }

            foreach (var data in method.ContainingType.GetAttributes())
            {
                foreach (var argument in data.NamedArguments)
                {
                    if (data.AttributeClass?.Name == nameof(AwsShapeAttribute) && argument.Key == nameof(AwsShapeAttribute.Service)
                        && argument.Value.Value is string service && ShorthandSpecialCases.IsOldListService(service))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsParseMethod(string name) =>
            name == "ParseShorthand" || name == "TryParseShorthand" || name == "ParseShorthandList" || name == "FromJson";

        /// <summary>The tokens of a <c>params string[]</c> argument, written out or as an array or collection literal.</summary>
        private static IEnumerable<IOperation> Tokens(IOperation argument)
        {
            while (argument is IConversionOperation conversion)
            {
                argument = conversion.Operand;
            }

            return CollectionElements.Of(argument) ?? Array.Empty<IOperation>();
        }

        private static void Shorthand(OperationAnalysisContext context, LiteralText text, TypeSchema schema, string rootPath, ValidationOptions options)
        {
            // The same steps as the generated ParseShorthand (ShorthandBinding), then Validate().
            if (ShorthandSpecialCases.IsBareValue(schema.Shape, text.Value))
            {
                var bare = ShorthandSpecialCases.BareValue(text.Value);
                ReportProblems(context, text, ParamValidator.Validate(bare, schema.Shape, rootPath, options), bare, null, schema, RequestDiagnostics.InvalidShorthand);
                return;
            }

            if (!ShorthandParser.TryParse(text.Value, out var tree, out var error))
            {
                Report(context, RequestDiagnostics.InvalidShorthand, text.At(error!.Offset, error.Offset + 1), ParserMessage(error.Message));
                return;
            }

            ParamNode converted;
            try
            {
                converted = ParamConverter.Convert(tree!, schema.Shape);
            }
            catch (ParamConversionException e)
            {
                Report(context, RequestDiagnostics.InvalidShorthand, text.At(Math.Max(e.Node.Offset, 0), Math.Max(e.Node.Offset, 0) + 1), ParserMessage(e.Message));
                return;
            }

            var problems = ParamValidator.Validate(converted, schema.Shape, rootPath, options);
            ReportProblems(context, text, problems, converted, null, schema, RequestDiagnostics.InvalidShorthand);
        }

        private static void Json(OperationAnalysisContext context, LiteralText text, TypeSchema schema, ValidationOptions options)
        {
            var root = JsonTextParser.Parse(text.Value, out var error, out var errorAt);
            if (root is null)
            {
                Report(context, RequestDiagnostics.InvalidJsonRequest, text.At(errorAt.Offset, errorAt.Offset + 1), error!);
                return;
            }

            var tree = JsonParamReader.Read(root);
            var problems = ParamValidator.Validate(tree, schema.Shape, string.Empty, options);
            ReportProblems(context, text, problems, tree, root, schema, RequestDiagnostics.InvalidJsonRequest);
        }

        private static void ReportProblems(
            OperationAnalysisContext context,
            LiteralText text,
            IReadOnlyList<ValidationProblem> problems,
            ParamNode tree,
            JsonNode? json,
            TypeSchema schema,
            DiagnosticDescriptor structural)
        {
            if (problems.Count == 0)
            {
                return;
            }

            // Shape names and JSON end offsets only serve reports: found for values that have problems.
            var shapes = new NodeShapes(tree, schema.Shape);
            var ends = json is null ? null : JsonParamReader.Ends(json);
            foreach (var problem in problems)
            {
                var descriptor = ProblemDescriptors.For(problem) ?? structural;
                var args = ProblemDescriptors.Arguments(descriptor, problem, shapes.NameOf(problem.Node));
                var properties = descriptor == RequestDiagnostics.UnknownEnumValue && text.IsMapped
                    ? FixData.ForTextInLiteral(problem.Suggestions)
                    : null;
                context.ReportDiagnostic(Diagnostic.Create(descriptor, text.At(problem, ends), properties, args));
            }
        }

        /// <summary>The parser's message without the echoed input and caret lines, which the squiggle shows.</summary>
        private static string ParserMessage(string message)
        {
            var lines = message.Split('\n');
            var first = lines[0];
            if (first.EndsWith(" for input:", StringComparison.Ordinal))
            {
                first = first.Substring(0, first.Length - " for input:".Length);
            }

            int caret = Array.FindIndex(lines, line => line.Trim() == "^");
            return caret < 0 ? first : first + (caret + 1 < lines.Length ? ". " + string.Join(" ", lines, caret + 1, lines.Length - caret - 1) : string.Empty);
        }

        private static void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, Location location, string message) =>
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, message));
    }
}
