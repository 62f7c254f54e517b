using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>One problem found in a request value, worded as botocore words it.</summary>
    public sealed class ValidationProblem
    {
        private static readonly string[] NoSuggestions = new string[0];

        /// <summary>Creates a problem.</summary>
        public ValidationProblem(
            ProblemKind kind,
            string message,
            string path,
            ParamNode? node,
            string? key = null,
            int keyOffset = -1,
            OperationRule? rule = null,
            ProblemSeverity severity = ProblemSeverity.Error,
            ParamNode? relatedNode = null,
            IReadOnlyList<string>? suggestions = null)
        {
            Kind = kind;
            Message = message;
            Path = path;
            Node = node;
            Key = key;
            KeyOffset = keyOffset;
            Rule = rule;
            Severity = severity;
            RelatedNode = relatedNode;
            Suggestions = suggestions ?? NoSuggestions;
        }

        /// <summary>What the problem is about.</summary>
        public ProblemKind Kind { get; }

        /// <summary>One line in botocore's wording, e.g. <c>Missing required parameter in ProductionVariants[0]: "VariantName"</c>.</summary>
        public string Message { get; }

        /// <summary>
        /// The botocore-style path of the value the message names: <c>input</c> for the top,
        /// <c>ProductionVariants[0].ServerlessConfig.MemorySizeInMB</c>, <c>Tags (key: k)</c> for a map key.
        /// </summary>
        public string Path { get; }

        /// <summary>
        /// The offending node: the value itself; the structure for a missing member or a union count;
        /// the member's value for an unknown member; for a map key, a string node made from the key (its
        /// <see cref="ParamNode.Offset"/> is the key's). Null only when no node applies.
        /// </summary>
        public ParamNode? Node { get; }

        /// <summary>The member name of a missing or unknown member, or the map key a key problem is about.</summary>
        public string? Key { get; }

        /// <summary>Source offset of the unknown member's key or of the map key, or -1.</summary>
        public int KeyOffset { get; }

        /// <summary>The operation rule's id (e.g. <c>kms-local-storage</c>) for <see cref="ProblemKind.Rule"/>; null otherwise.</summary>
        public string? RuleId => Rule?.Id;

        /// <summary>The broken operation rule for <see cref="ProblemKind.Rule"/>; null otherwise.</summary>
        public OperationRule? Rule { get; }

        /// <summary>Error, or warning for rules that flag legal but suspicious requests.</summary>
        public ProblemSeverity Severity { get; }

        /// <summary>A second node a rule problem involves (e.g. the instance type that forbids the KMS key), or null.</summary>
        public ParamNode? RelatedNode { get; }

        /// <summary>For an unknown enum value: the closest known values, best first; empty otherwise.</summary>
        public IReadOnlyList<string> Suggestions { get; }

        /// <inheritdoc/>
        public override string ToString() => Message;
    }
}
