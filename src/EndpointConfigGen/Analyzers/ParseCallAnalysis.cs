using System;
using System.Collections.Generic;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// Checks constant strings passed to the generated <c>ParseShorthand</c>, <c>TryParseShorthand</c>,
    /// <c>ParseShorthandList</c> and <c>FromJson</c>: what the call would throw (ECG005 for shorthand,
    /// ECG016 for JSON) at the exact character, then what <c>Validate()</c> would report. A <c>TryParseShorthand</c>
    /// call handles its failure (tests of error handling are written so), so what it rejects is only a suggestion (ECG018).
    /// </summary>
    internal static class ParseCallAnalysis
    {
        public static void Analyze(OperationAnalysisContext context, ModelLookup schemas)
        {
            var call = (IInvocationOperation)context.Operation;
            if (ParseCalls.Schema(call, schemas) is not { } schema)
            {
                return;
            }

            var shapeName = schema.Shape.Name;
            var options = new ValidationOptions { Rules = schema.Rules };
            switch (call.TargetMethod.Name)
            {
                case ParseCalls.ParseShorthand:
                case ParseCalls.TryParseShorthand:
                    if (LiteralText.From(call.Arguments[0].Value) is { } text)
                    {
                        var rejected = call.TargetMethod.Name == ParseCalls.TryParseShorthand ? RequestDiagnostics.RejectedShorthand : RequestDiagnostics.InvalidShorthand;
                        Check(context, ParsedLiteral.Shorthand(text, schema.Shape), schema, shapeName, options, rejected);
                    }

                    break;
                case ParseCalls.ParseShorthandList:
                    if (MayTakeOldListCase(schema))
                    {
                        break;
                    }

                    int index = 0;
                    foreach (var token in ParseCalls.Tokens(call.Arguments[0].Value) ?? Array.Empty<IOperation>())
                    {
                        if (LiteralText.From(token) is { } item)
                        {
                            Check(context, ParsedLiteral.Shorthand(item, schema.Shape), schema, shapeName + "[" + index + "]", options, RequestDiagnostics.InvalidShorthand);
                        }

                        index++;
                    }

                    break;
                default:
                    if (LiteralText.From(call.Arguments[0].Value) is { } json)
                    {
                        Check(context, ParsedLiteral.Json(json), schema, string.Empty, options, RequestDiagnostics.InvalidJsonRequest);
                    }

                    break;
            }
        }

        /// <summary>
        /// An item type the CLI's table of one-member list arguments may apply to (its service has such an argument):
        /// the generated call may take each token as the member's value, so its tokens are not checked as shorthand.
        /// </summary>
        private static bool MayTakeOldListCase(TypeSchema item) =>
            ShorthandSpecialCases.IsOldListItem(item.Shape) && ShorthandSpecialCases.IsOldListService(item.Model.ServiceId);

        /// <param name="structural">The id of what the call would throw: a syntax error or a structural problem.</param>
        private static void Check(OperationAnalysisContext context, ParsedLiteral parsed, TypeSchema schema, string rootPath, ValidationOptions options, DiagnosticDescriptor structural)
        {
            var text = parsed.Text;
            if (parsed.Tree is not { } tree)
            {
                context.ReportDiagnostic(Diagnostic.Create(structural, text.At(parsed.ErrorOffset, parsed.ErrorOffset + 1), parsed.Error));
                return;
            }

            var problems = ParamValidator.Validate(tree, schema.Shape, rootPath, options);
            if (problems.Count == 0)
            {
                return;
            }

            // A literal a Try call rejects yields no value, so its constraints are moot: only the rejection is reported.
            var rejected = false;
            foreach (var problem in problems)
            {
                rejected |= structural == RequestDiagnostics.RejectedShorthand && ProblemDescriptors.For(problem) is null;
            }

            foreach (var problem in problems)
            {
                if (rejected && ProblemDescriptors.For(problem) is not null)
                {
                    continue;
                }

                var descriptor = ProblemDescriptors.For(problem) ?? structural;
                var args = ProblemDescriptors.Arguments(problem);
                var properties = descriptor == RequestDiagnostics.UnknownEnumValue && text.IsMapped
                    ? FixData.ForTextInLiteral(problem.Suggestions)
                    : null;
                context.ReportDiagnostic(Diagnostic.Create(descriptor, text.At(problem, parsed.Ends), properties, args));
            }
        }
    }
}
