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

        // Written out with constant arguments: the release tracking (RS2000-RS2002) then checks each id, category and
        // severity against AnalyzerReleases.*.md, which it cannot do through a helper's parameters.

        public static readonly DiagnosticDescriptor UnknownEnumValue = new DiagnosticDescriptor(
            "ECG001", "Value is not a known value of the enum shape", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG001.md");

        public static readonly DiagnosticDescriptor KmsKeyWithLocalStorage = new DiagnosticDescriptor(
            "ECG002", "KMS key with an instance type that has local storage", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG002.md");

        public static readonly DiagnosticDescriptor ZeroWeight = new DiagnosticDescriptor(
            "ECG003", "Variant weight is 0", "{0}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG003.md");

        public static readonly DiagnosticDescriptor AllWeightsZero = new DiagnosticDescriptor(
            "ECG004", "Every variant weight is 0", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG004.md");

        public static readonly DiagnosticDescriptor InvalidShorthand = new DiagnosticDescriptor(
            "ECG005", "Shorthand literal cannot be parsed", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG005.md");

        public static readonly DiagnosticDescriptor Length = new DiagnosticDescriptor(
            "ECG006", "String length outside the model's bounds", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG006.md");

        public static readonly DiagnosticDescriptor Pattern = new DiagnosticDescriptor(
            "ECG007", "String does not match the model's pattern", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG007.md");

        public static readonly DiagnosticDescriptor Range = new DiagnosticDescriptor(
            "ECG008", "Number outside the model's range", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG008.md");

        public static readonly DiagnosticDescriptor Count = new DiagnosticDescriptor(
            "ECG009", "List or map item count outside the model's bounds", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG009.md");

        public static readonly DiagnosticDescriptor Negative = new DiagnosticDescriptor(
            "ECG010", "Negative value where the service needs 0 or more", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG010.md");

        public static readonly DiagnosticDescriptor Duplicate = new DiagnosticDescriptor(
            "ECG011", "Duplicate value that must be unique", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG011.md");

        public static readonly DiagnosticDescriptor Conflict = new DiagnosticDescriptor(
            "ECG012", "Members that cannot be combined", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG012.md");

        public static readonly DiagnosticDescriptor MissingOneOf = new DiagnosticDescriptor(
            "ECG013", "Item sets none of the members it needs", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG013.md");

        public static readonly DiagnosticDescriptor ItemCount = new DiagnosticDescriptor(
            "ECG014", "Item count another member requires", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG014.md");

        public static readonly DiagnosticDescriptor UnionCount = new DiagnosticDescriptor(
            "ECG015", "Union with other than exactly one member set", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG015.md");

        public static readonly DiagnosticDescriptor InvalidJsonRequest = new DiagnosticDescriptor(
            "ECG016", "JSON request does not fit the model", "{0}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG016.md");

        public static readonly DiagnosticDescriptor UnmatchedRequestFile = new DiagnosticDescriptor(
            "ECG017", "Request file matches no operation", "Request file '{0}' matches no generated operation input: {1}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG017.md");

        /// <summary>What <see cref="InvalidShorthand"/> says of a parse that throws, said of a <c>TryParseShorthand</c> call, which handles the failure.</summary>
        public static readonly DiagnosticDescriptor RejectedShorthand = new DiagnosticDescriptor(
            "ECG018", "TryParseShorthand rejects the literal", "{0}",
            Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: DiagnosticDescriptors.HelpBase + "ECG018.md");

        public static IEnumerable<DiagnosticDescriptor> All => new[]
        {
            UnknownEnumValue, KmsKeyWithLocalStorage, ZeroWeight, AllWeightsZero, InvalidShorthand, Length, Pattern, Range,
            Count, Negative, Duplicate, Conflict, MissingOneOf, ItemCount, UnionCount, InvalidJsonRequest, UnmatchedRequestFile,
            RejectedShorthand,
        };
    }
}
