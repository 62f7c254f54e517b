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

        public static readonly DiagnosticDescriptor InvalidJson = Shape(
            "ECG100", "Shape file is not valid JSON", "{0}: {1}");

        public static readonly DiagnosticDescriptor NotAServiceModel = Shape(
            "ECG101", "Shape file is not a botocore service model", "{0}: {1}");

        public static readonly DiagnosticDescriptor DanglingReference = Shape(
            "ECG102", "Reference to a shape the file does not define", "{0} refers to shape '{1}', which the file does not define");

        public static readonly DiagnosticDescriptor UnknownShapeType = Shape(
            "ECG103", "Unknown shape type", "Shape '{0}' has type '{1}', which botocore does not define");

        public static readonly DiagnosticDescriptor DuplicateName = Shape(
            "ECG104", "Duplicate name", "{0} '{1}' is defined more than once");

        public static readonly DiagnosticDescriptor LimitExceeded = Shape(
            "ECG105", "Shape file exceeds a limit", "{0}");

        public static readonly DiagnosticDescriptor UnknownOperation = Shape(
            "ECG106", "Selected operation not in the model", "Operation '{0}' named in EndpointConfigGenOperations is not in {1}", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidRules = Shape(
            "ECG107", "Invalid rules file", "{0}: {1}");

        public static readonly DiagnosticDescriptor InvalidConstraint = Shape(
            "ECG108", "Constraint cannot be used", "Shape '{0}': {1}; the constraint is not checked", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnsupportedLanguage = Shape(
            "ECG109", "Consumer project cannot compile the generated models", "Generated models need C# 11, .NET 8 or later and the EndpointConfigGen runtime: {0}");

        public static readonly DiagnosticDescriptor RuntimeVersionSkew = Shape(
            "ECG110", "Generator and runtime versions differ", "The EndpointConfigGen generator is version {0} but the referenced EndpointConfigGen.Runtime is version {1}; reference one version of the package in every project");

        public static readonly DiagnosticDescriptor NoClientForProtocol = Shape(
            "ECG111", "No client for this protocol", "No client is generated for {0}: its protocol '{1}' is not supported yet (json is); the models are generated", DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor DuplicateTypes = Shape(
            "ECG112", "Two shape files generate the same types", "This file would generate types that {0} already generates in namespace {1} ({2}); nothing is generated from it: put its operations into that file, or give one file its own EndpointConfigGenNamespace");

        public static readonly DiagnosticDescriptor SdkSkew = Shape(
            "ECG113", "The AWS SDK and the shape file differ", "Shape '{0}' and the AWS SDK's {1} differ: {2}", DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor InternalError = Shape(
            "ECG199", "The generator failed on this file", "EndpointConfigGen could not generate code for this file ({0}); please report it with the file");

        private static readonly Dictionary<string, DiagnosticDescriptor> All = Index(
            InvalidJson, NotAServiceModel, DanglingReference, UnknownShapeType, DuplicateName,
            LimitExceeded, UnknownOperation, InvalidRules, InvalidConstraint, UnsupportedLanguage, RuntimeVersionSkew, NoClientForProtocol, DuplicateTypes, SdkSkew, InternalError);

        public static DiagnosticDescriptor ById(string id) => All[id];

        private static DiagnosticDescriptor Shape(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
            new DiagnosticDescriptor(id, title, message, ShapeCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");

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
