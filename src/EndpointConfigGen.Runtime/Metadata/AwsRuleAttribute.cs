using System;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// One operation rule of the structure it is placed on (an <see cref="OperationRule"/> as data),
    /// emitted from the <c>*.rules.json</c> file so analyzers read the rules from symbols.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class AwsRuleAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        public AwsRuleAttribute(string id, OperationRuleKind kind)
        {
            Id = id;
            Kind = kind;
        }

        /// <summary>See <see cref="OperationRule.Id"/>.</summary>
        public string Id { get; }

        /// <summary>See <see cref="OperationRule.Kind"/>.</summary>
        public OperationRuleKind Kind { get; }

        /// <summary>See <see cref="OperationRule.Severity"/>.</summary>
        public ProblemSeverity Severity { get; set; }

        /// <summary>See <see cref="OperationRule.Lists"/>.</summary>
        public string[]? Lists { get; set; }

        /// <summary>See <see cref="OperationRule.NameMember"/>.</summary>
        public string? NameMember { get; set; }

        /// <summary>See <see cref="OperationRule.Member"/>.</summary>
        public string? Member { get; set; }

        /// <summary>See <see cref="OperationRule.ItemMember"/>.</summary>
        public string? ItemMember { get; set; }

        /// <summary>See <see cref="OperationRule.Members"/>.</summary>
        public string[]? Members { get; set; }

        /// <summary>See <see cref="OperationRule.Values"/>.</summary>
        public string[]? Values { get; set; }

        /// <summary>See <see cref="OperationRule.Count"/>.</summary>
        public int Count { get; set; }

        /// <summary>See <see cref="OperationRule.Subject"/>.</summary>
        public string? Subject { get; set; }

        /// <summary>See <see cref="OperationRule.Reason"/>.</summary>
        public string? Reason { get; set; }
    }
}
