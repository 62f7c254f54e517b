using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Diagnostics
{
    /// <summary>
    /// The ECG0xx diagnostics: problems in request values written in code, in shorthand or JSON
    /// literals, and in request files. One id per kind of mistake, wherever it is written, so one
    /// suppression (e.g. of ECG001 for an instance type newer than the model) covers every form.
    /// </summary>
    internal static class RequestDiagnostics
    {
        private const string Category = "EndpointConfigGen.Request";

        public static readonly DiagnosticDescriptor UnknownEnumValue = Create(
            "ECG001", "Value is not a known value of the enum shape", "{0}");

        public static readonly DiagnosticDescriptor KmsKeyWithLocalStorage = Create(
            "ECG002", "KMS key with an instance type that has local storage", "{0}");

        public static readonly DiagnosticDescriptor ZeroWeight = Create(
            "ECG003", "Variant weight is 0", "{0}", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor AllWeightsZero = Create(
            "ECG004", "Every variant weight is 0", "{0}");

        public static readonly DiagnosticDescriptor InvalidShorthand = Create(
            "ECG005", "Shorthand literal cannot be parsed", "{0}");

        public static readonly DiagnosticDescriptor Length = Create(
            "ECG006", "String length outside the model's bounds", "{0}");

        public static readonly DiagnosticDescriptor Pattern = Create(
            "ECG007", "String does not match the model's pattern", "{0}");

        public static readonly DiagnosticDescriptor Range = Create(
            "ECG008", "Number outside the model's range", "{0}");

        public static readonly DiagnosticDescriptor Count = Create(
            "ECG009", "List or map item count outside the model's bounds", "{0}");

        public static readonly DiagnosticDescriptor Negative = Create(
            "ECG010", "Negative value where the service needs 0 or more", "{0}");

        public static readonly DiagnosticDescriptor Duplicate = Create(
            "ECG011", "Duplicate value that must be unique", "{0}");

        public static readonly DiagnosticDescriptor Conflict = Create(
            "ECG012", "Members that cannot be combined", "{0}");

        public static readonly DiagnosticDescriptor MissingOneOf = Create(
            "ECG013", "Item sets none of the members it needs", "{0}");

        public static readonly DiagnosticDescriptor ItemCount = Create(
            "ECG014", "Item count another member requires", "{0}");

        public static readonly DiagnosticDescriptor UnionCount = Create(
            "ECG015", "Union with other than exactly one member set", "{0}");

        public static readonly DiagnosticDescriptor InvalidJsonRequest = Create(
            "ECG016", "JSON request does not fit the model", "{0}");

        public static readonly DiagnosticDescriptor UnmatchedRequestFile = Create(
            "ECG017", "Request file matches no operation", "Request file '{0}' matches no generated operation input: {1}", DiagnosticSeverity.Warning);

        /// <summary>What <see cref="InvalidShorthand"/> says of a parse that throws, said of a <c>TryParseShorthand</c> call, which handles the failure.</summary>
        public static readonly DiagnosticDescriptor RejectedShorthand = Create(
            "ECG018", "TryParseShorthand rejects the literal", "{0}", DiagnosticSeverity.Info);

        public static IEnumerable<DiagnosticDescriptor> All => new[]
        {
            UnknownEnumValue, KmsKeyWithLocalStorage, ZeroWeight, AllWeightsZero, InvalidShorthand, Length, Pattern, Range,
            Count, Negative, Duplicate, Conflict, MissingOneOf, ItemCount, UnionCount, InvalidJsonRequest, UnmatchedRequestFile,
            RejectedShorthand,
        };

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
            new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + id + ".md");
    }
}
