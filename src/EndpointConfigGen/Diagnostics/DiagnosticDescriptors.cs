using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Diagnostics
{
    /// <summary>
    /// Every diagnostic this package reports. Ids are a promise to users: ECG0xx for request
    /// values, ECG1xx for shape and rules files. Each has a page under src/EndpointConfigGen/docs/diagnostics.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string ShapeCategory = "EndpointConfigGen.ShapeFile";
        /// <summary>
        /// Where every id's page lives: the build's <c>DiagnosticHelpBase</c> (Directory.Build.props, from the repository URL),
        /// which this assembly carries as metadata. Declared before the descriptors, which read it as they initialize.
        /// </summary>
        public static readonly string HelpBase = typeof(DiagnosticDescriptors).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "DiagnosticHelpBase").Value!;

        // Written out with constant arguments, as RequestDiagnostics' are, for the release tracking.

        public static readonly DiagnosticDescriptor InvalidJson = new DiagnosticDescriptor(
            "ECG100", "Shape file is not valid JSON", "{0}: {1}",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG100.md");

        public static readonly DiagnosticDescriptor NotAServiceModel = new DiagnosticDescriptor(
            "ECG101", "Shape file is not a botocore service model", "{0}: {1}",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG101.md");

        public static readonly DiagnosticDescriptor DanglingReference = new DiagnosticDescriptor(
            "ECG102", "Reference to a shape the file does not define", "{0} refers to shape '{1}', which the file does not define",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG102.md");

        public static readonly DiagnosticDescriptor UnknownShapeType = new DiagnosticDescriptor(
            "ECG103", "Unknown shape type", "Shape '{0}' has type '{1}', which botocore does not define",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG103.md");

        public static readonly DiagnosticDescriptor DuplicateName = new DiagnosticDescriptor(
            "ECG104", "Duplicate name", "{0} '{1}' is defined more than once",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG104.md");

        public static readonly DiagnosticDescriptor LimitExceeded = new DiagnosticDescriptor(
            "ECG105", "Shape file exceeds a limit", "{0}",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG105.md");

        public static readonly DiagnosticDescriptor UnknownOperation = new DiagnosticDescriptor(
            "ECG106", "Selected operation not in the model", "Operation '{0}' named in EndpointConfigGenOperations is not in {1}",
            ShapeCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG106.md");

        public static readonly DiagnosticDescriptor InvalidRules = new DiagnosticDescriptor(
            "ECG107", "Invalid rules file", "{0}: {1}",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG107.md");

        public static readonly DiagnosticDescriptor InvalidConstraint = new DiagnosticDescriptor(
            "ECG108", "Constraint cannot be used", "Shape '{0}': {1}; the constraint is not checked",
            ShapeCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG108.md");

        public static readonly DiagnosticDescriptor UnsupportedLanguage = new DiagnosticDescriptor(
            "ECG109", "Consumer project cannot compile the generated models", "Generated models need C# 11, .NET 8 or later and the EndpointConfigGen runtime: {0}",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG109.md");

        public static readonly DiagnosticDescriptor RuntimeVersionSkew = new DiagnosticDescriptor(
            "ECG110", "Generator and runtime versions differ", "The EndpointConfigGen generator is version {0} but the referenced EndpointConfigGen.Runtime is version {1}; reference one version of the package in every project",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG110.md");

        public static readonly DiagnosticDescriptor NoClientForProtocol = new DiagnosticDescriptor(
            "ECG111", "No client for this protocol", "No client is generated for {0}: its protocol '{1}' is not supported yet (json is); the models are generated",
            ShapeCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG111.md");

        public static readonly DiagnosticDescriptor DuplicateTypes = new DiagnosticDescriptor(
            "ECG112", "Two shape files generate the same types", "This file would generate types that {0} already generates in namespace {1} ({2}); nothing is generated from it: put its operations into that file, or give one file its own EndpointConfigGenNamespace",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG112.md");

        public static readonly DiagnosticDescriptor SdkSkew = new DiagnosticDescriptor(
            "ECG113", "The AWS SDK and the shape file differ", "Shape '{0}' and the AWS SDK's {1} differ: {2}",
            ShapeCategory, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG113.md");

        public static readonly DiagnosticDescriptor UnknownGenerateMode = new DiagnosticDescriptor(
            "ECG114", "Unknown EndpointConfigGenGenerate value", "EndpointConfigGenGenerate is '{0}'; it takes All or SdkChecks: everything is generated from this file",
            ShapeCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG114.md");

        public static readonly DiagnosticDescriptor InternalError = new DiagnosticDescriptor(
            "ECG199", "The generator failed on this file", "EndpointConfigGen could not generate code for this file ({0}); please report it with the file",
            ShapeCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "ECG199.md");

        private static readonly Dictionary<string, DiagnosticDescriptor> All = Index(
            InvalidJson, NotAServiceModel, DanglingReference, UnknownShapeType, DuplicateName,
            LimitExceeded, UnknownOperation, InvalidRules, InvalidConstraint, UnsupportedLanguage, RuntimeVersionSkew, NoClientForProtocol, DuplicateTypes, SdkSkew, UnknownGenerateMode, InternalError);

        public static DiagnosticDescriptor ById(string id) => All[id];

        private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
        {
            var map = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var d in descriptors)
            {
                map.Add(d.Id, d);
            }

            return map;
        }
    }
}
