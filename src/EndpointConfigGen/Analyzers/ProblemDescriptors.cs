using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>Which ECG0xx id a validation problem is, whatever form the request was written in.</summary>
    internal static class ProblemDescriptors
    {
        /// <summary>
        /// The descriptor of a constraint or rule problem; null for structural problems (missing,
        /// unknown or wrongly typed members), whose id depends on where the request was written.
        /// </summary>
        public static DiagnosticDescriptor? For(ValidationProblem problem)
        {
            switch (problem.Kind)
            {
                case ProblemKind.UnknownEnumValue:
                    return RequestDiagnostics.UnknownEnumValue;
                case ProblemKind.MinLength:
                case ProblemKind.MaxLength:
                    return problem.Node?.Kind == ParamNodeKind.List || problem.Node?.Kind == ParamNodeKind.Map ? RequestDiagnostics.Count : RequestDiagnostics.Length;
                case ProblemKind.MinValue:
                case ProblemKind.MaxValue:
                    return RequestDiagnostics.Range;
                case ProblemKind.Pattern:
                    return RequestDiagnostics.Pattern;
                case ProblemKind.UnionMemberCount:
                    return RequestDiagnostics.UnionCount;
                case ProblemKind.Rule:
                    return ForRule(problem.Rule!.Kind);
                default:
                    return null;
            }
        }

        /// <summary>The message argument: the validator's line for every id, so the editor, <c>Validate()</c> and the CLI say the same.</summary>
        public static object[] Arguments(ValidationProblem problem) => new object[] { problem.Message };

        /// <summary>The id of each rule kind; every kind has one (a test walks the enum), so none falls through to another's id.</summary>
        internal static DiagnosticDescriptor ForRule(OperationRuleKind kind)
        {
            switch (kind)
            {
                case OperationRuleKind.ForbiddenWithFamily: return RequestDiagnostics.KmsKeyWithLocalStorage;
                case OperationRuleKind.ZeroValue: return RequestDiagnostics.ZeroWeight;
                case OperationRuleKind.AllZeroValue: return RequestDiagnostics.AllWeightsZero;
                case OperationRuleKind.NegativeValue: return RequestDiagnostics.Negative;
                case OperationRuleKind.UniqueValue: return RequestDiagnostics.Duplicate;
                case OperationRuleKind.Excludes: return RequestDiagnostics.Conflict;
                case OperationRuleKind.RequiresOneOf: return RequestDiagnostics.MissingOneOf;
                case OperationRuleKind.CountWhenPresent: return RequestDiagnostics.ItemCount;
                default: throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "No diagnostic for this rule kind");
            }
        }
    }
}
