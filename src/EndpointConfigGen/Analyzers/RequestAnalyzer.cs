using System.Collections.Immutable;
using EndpointConfigGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// The ECG0xx analyzer: requests written in C#, constant strings passed to generated parse
    /// methods, and request files. Facts come from each model's encoding, decoded by the same code as at
    /// run time (<see cref="ModelLookup"/>), and the run-time validator judges: compile-time and run-time
    /// checks are one implementation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RequestAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.CreateRange(RequestDiagnostics.All);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (ModelLookup.Create(start.Compilation) is not { } schemas)
                {
                    return;
                }

                start.RegisterOperationBlockStartAction(block =>
                {
                    // Per method: the locals a request may read are found once, when first asked.
                    var locals = new SingleAssignmentLocals(block.OperationBlocks);
                    block.RegisterOperationAction(c => RequestValueAnalysis.Analyze(c, schemas, locals), OperationKind.ObjectCreation, OperationKind.With, OperationKind.Invocation);
                });
                start.RegisterOperationAction(c => ParseCallAnalysis.Analyze(c, schemas), OperationKind.Invocation);
                var files = new RequestFileAnalysis(schemas);
                start.RegisterAdditionalFileAction(files.Analyze);
            });
        }
    }
}
