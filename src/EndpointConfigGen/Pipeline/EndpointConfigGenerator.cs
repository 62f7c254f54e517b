using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Emitters;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;
using EndpointConfigGen.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Pipeline
{
    /// <summary>
    /// The pipeline: shape files (AdditionalFiles ending in <c>.shape.json</c>) → reader →
    /// equatable model → emitters. Each step is named and holds only plain data, so an edit to
    /// C# code or to another shape file leaves a file's outputs cached.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class EndpointConfigGenerator : IIncrementalGenerator
    {
        public const string ShapeFileSuffix = ".shape.json";
        public const string RulesFileSuffix = ".rules.json";

        /// <summary>Types of the optional EndpointConfigGen.Cli and EndpointConfigGen.Client assemblies, which this one does not compile.</summary>
        private const string CliOperationType = "EndpointConfigGen.Cli.CliOperation";
        private const string JsonServiceClientType = "EndpointConfigGen.Client.JsonServiceClient";

        /// <summary>The runtime version generated code is written for: this assembly's own.</summary>
        private static readonly string GeneratorVersion = typeof(EndpointConfigGenerator).Assembly.GetName().Version!.ToString();

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            var facts = context.CompilationProvider
                .Select(static (compilation, _) => ReadFacts(compilation))
                .WithTrackingName(TrackingNames.CompilationFacts);

            var shapeFiles = context.AdditionalTextsProvider
                .Where(static file => file.Path.EndsWith(ShapeFileSuffix, StringComparison.OrdinalIgnoreCase))
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, ct) => new ShapeFileInput(
                    pair.Left.Path,
                    pair.Left.GetText(ct)?.ToString() ?? string.Empty,
                    OptionsReader.ItemSettings(pair.Right.GetOptions(pair.Left))))
                .WithTrackingName(TrackingNames.ShapeFiles);

            var rulesFiles = context.AdditionalTextsProvider
                .Where(static file => file.Path.EndsWith(RulesFileSuffix, StringComparison.OrdinalIgnoreCase))
                .Select(static (file, ct) => RulesFileReader.Read(file.Path, file.GetText(ct)?.ToString() ?? string.Empty))
                .WithTrackingName(TrackingNames.RulesFiles);

            // The expensive read runs per file and is cached per file; rules attach afterwards.
            var parsed = shapeFiles
                .Select(static (input, ct) => (Result: ShapeFileReader.Read(input.Path, input.Text, ct), input.Settings))
                .WithTrackingName(TrackingNames.ParseShapeFile);

            // The AWS SDK assemblies referenced, by identity, from the references alone: edits leave them cached.
            var sdkReferences = context.MetadataReferencesProvider
                .Collect()
                .Select(static (references, ct) => SdkReferences.Read(references, ct))
                .WithTrackingName(TrackingNames.SdkReferences);

            // The shape files the package carries, for the SDKs the project references and has no shape file for.
            var builtInShapes = parsed
                .Select(static (file, _) => file.Result.Model?.Metadata.ServiceId ?? string.Empty)
                .Collect()
                .Combine(sdkReferences)
                .Select(static (pair, _) => BuiltInShapes.For(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.BuiltInShapes);

            // The project's files, then the carried ones; each stays cached downstream while it is equal.
            var models = parsed
                .Collect()
                .Combine(builtInShapes)
                .SelectMany(static (pair, _) => pair.Left.AddRange(pair.Right))
                .WithTrackingName(TrackingNames.ShapeModels);

            var builtInRules = options.Select(static (o, _) => o.BuiltInRules);
            var withRules = models
                .Combine(rulesFiles.Collect())
                .Combine(builtInRules)
                .Select(static (pair, _) => (Result: RulesAttachment.Attach(pair.Left.Left.Result, pair.Left.Right, pair.Right), pair.Left.Left.Settings))
                .WithTrackingName(TrackingNames.AttachRules);

            // The project-wide operation list is checked against all the files it applies to at once.
            var unknownOperations = withRules
                .Where(static pair => pair.Result.Model is not null && pair.Settings.Operations.Count == 0)
                .Select(static (pair, _) => new FileOperations(pair.Result.FilePath, pair.Result.Model!.Operations.Select(op => op.Name).ToEquatableArray()))
                .Collect()
                .Combine(options)
                .Select(static (pair, _) => ProjectOperations.Unknown(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.CheckOperations);

            // Names are bound before the compilation's facts join in: a change of references re-emits, it does not re-bind.
            var bound = withRules
                .Combine(options)
                .Select(static (pair, _) => Bind(pair.Left.Result, pair.Left.Settings, pair.Right))
                .WithTrackingName(TrackingNames.BindNames);

            // Across files: two that would declare the same types.
            var collisions = bound
                .Collect()
                .Combine(facts)
                .Select(static (pair, _) => TypeCollisions.Find(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.FindCollisions);

            // The SDK types of each file's service, reduced to plain data: read again only when the file's binding or
            // the referenced SDK assemblies change, never on an edit of the project's code.
            var withSdk = bound
                .Combine(sdkReferences)
                .Select(static (pair, ct) => (File: pair.Left, Sdk: SdkSurfaceReader.Read(pair.Left.Bound, pair.Right, ct)))
                .WithTrackingName(TrackingNames.SdkSurface);

            // Each file takes only its own collision, so one appearing elsewhere leaves this file's emit cached.
            var outputs = withSdk
                .Combine(collisions)
                .Select(static (pair, _) => (pair.Left.File, pair.Left.Sdk, Collision: pair.Right.FirstOrDefault(c => c.FilePath == pair.Left.File.FilePath)))
                .Combine(facts)
                .Select(static (pair, ct) => Generate(pair.Left.File, pair.Left.Sdk, pair.Left.Collision, pair.Right, ct))
                .WithTrackingName(TrackingNames.EmitSources);

            context.RegisterSourceOutput(outputs, static (spc, output) =>
            {
                foreach (var diagnostic in output.Diagnostics)
                {
                    spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                }

                foreach (var source in output.Sources)
                {
                    spc.AddSource(source.HintName, source.Text);
                }
            });

            context.RegisterSourceOutput(unknownOperations, static (spc, diagnostics) =>
            {
                foreach (var diagnostic in diagnostics)
                {
                    spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });

            context.RegisterSourceOutput(rulesFiles, static (spc, rules) =>
            {
                foreach (var diagnostic in rules.Diagnostics)
                {
                    spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        }

        /// <summary>The runtime the generated code calls, and the optional assemblies whose presence adds CLI option tables and clients.</summary>
        private static CompilationFacts ReadFacts(Compilation compilation)
        {
            // ParamNode is compiled into this assembly from the runtime's own source, so its name is the runtime's.
            var runtime = compilation.GetTypeByMetadataName(typeof(Runtime.ParamNode).FullName!);
            var runtimeVersion = runtime is not null && compilation.IsSymbolAccessibleWithin(runtime, compilation.Assembly)
                ? runtime.ContainingAssembly.Identity.Version.ToString()
                : null;
            var hasCli = compilation.GetTypeByMetadataName(CliOperationType) is not null;
            var hasClient = compilation.GetTypeByMetadataName(JsonServiceClientType) is not null;
            var version = compilation is CSharpCompilation cs ? cs.LanguageVersion : LanguageVersion.Default;
            var supportsRequired = version >= LanguageVersion.CSharp11
                && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.RequiredMemberAttribute") is not null;
            return new CompilationFacts(runtimeVersion, hasCli, hasClient, supportsRequired, version.ToDisplayString());
        }

        /// <summary>One clear diagnostic instead of a wall of CS errors when the generated code could not compile.</summary>
        private static GenerationOutput? CheckConsumer(string filePath, CompilationFacts facts)
        {
            EquatableArray<DiagnosticInfo> Unusable(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] args) =>
                DiagnosticSink.OnFile(filePath, descriptor, args);

            var diagnostics =
                !facts.SupportsRequiredMembers ? Unusable(Diagnostics.DiagnosticDescriptors.UnsupportedLanguage, "the project uses C# " + facts.LanguageVersion)
                : facts.RuntimeVersion is null ? Unusable(Diagnostics.DiagnosticDescriptors.UnsupportedLanguage, "the project does not reference EndpointConfigGen.Runtime (the package's lib/net8.0)")
                : facts.RuntimeVersion != GeneratorVersion ? Unusable(Diagnostics.DiagnosticDescriptors.RuntimeVersionSkew, GeneratorVersion, facts.RuntimeVersion)
                : EquatableArray<DiagnosticInfo>.Empty;
            return diagnostics.Count == 0 ? null : new GenerationOutput(EquatableArray<GeneratedSource>.Empty, diagnostics);
        }

        private static BoundFile Bind(ShapeFileResult result, FileSettings settings, GeneratorOptions options)
        {
            if (result.Model is null)
            {
                return new BoundFile(result.FilePath, null, result.Diagnostics);
            }

            try
            {
                var bound = ModelBinder.Bind(result.FilePath, result.Model, options, settings);
                return bound with { Diagnostics = result.Diagnostics.Concat(bound.Diagnostics).ToEquatableArray() };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new BoundFile(result.FilePath, null, result.Diagnostics.Concat(InternalError(result.FilePath, e)).ToEquatableArray());
            }
        }

        private static GenerationOutput Generate(BoundFile file, SdkSurface? sdk, Collision? collision, CompilationFacts facts, System.Threading.CancellationToken ct)
        {
            if (file.Bound is null)
            {
                return new GenerationOutput(EquatableArray<GeneratedSource>.Empty, file.Diagnostics);
            }

            if (collision is not null)
            {
                var duplicate = DiagnosticSink.OnFile(file.FilePath, Diagnostics.DiagnosticDescriptors.DuplicateTypes, Path.GetFileName(collision.OtherFile), collision.Namespace, string.Join(", ", collision.Types));
                return new GenerationOutput(EquatableArray<GeneratedSource>.Empty, file.Diagnostics.Concat(duplicate).ToEquatableArray());
            }

            var unusable = CheckConsumer(file.FilePath, facts);
            if (unusable is not null)
            {
                // A file the project did not add never fails its build: the carried one is left out instead.
                return file.Bound.BuiltIn ? new GenerationOutput(EquatableArray<GeneratedSource>.Empty, EquatableArray<DiagnosticInfo>.Empty) : unusable;
            }

            GenerationOutput output;
            try
            {
                output = SourceBuilder.Emit(file.Bound, file.FilePath, facts, ct, sdk);
                output = output with { Sources = OutputFiles.Pack(output.Sources) };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new GenerationOutput(EquatableArray<GeneratedSource>.Empty, InternalError(file.FilePath, e));
            }

            return file.Diagnostics.Count == 0
                ? output
                : output with { Diagnostics = file.Diagnostics.Concat(output.Diagnostics).ToEquatableArray() };
        }

        // A defect of ours, not of the input: reported on the file, with what broke, instead of CS8785.
        private static EquatableArray<DiagnosticInfo> InternalError(string filePath, Exception e) =>
            DiagnosticSink.OnFile(filePath, Diagnostics.DiagnosticDescriptors.InternalError, e.GetType().Name + ": " + e.Message);
    }
}
