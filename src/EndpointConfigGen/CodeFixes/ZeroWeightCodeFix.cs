using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using EndpointConfigGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EndpointConfigGen.CodeFixes
{
    /// <summary>
    /// ECG003: sets a literal weight of 0 to 1, the service's default, so the variant takes its share
    /// of traffic. (A variant meant to get traffic only by name keeps its 0 and suppresses the warning.)
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ZeroWeightCodeFix))]
    [Shared]
    public sealed class ZeroWeightCodeFix : CodeFixProvider
    {
        private const string Title = "Set the weight to 1 (the default)";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RequestDiagnostics.ZeroWeight.Id);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
                    && literal.IsKind(SyntaxKind.NumericLiteralExpression))
                {
                    var one = SyntaxFactory.ParseExpression(One(literal.Token.Text)).WithTriviaFrom(literal);
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, one))), equivalenceKey: Title),
                        diagnostic);
                }
            }
        }

        /// <summary><c>0</c> → <c>1</c>, <c>0.0</c> → <c>1.0</c>, <c>0d</c> → <c>1d</c>: the literal's form kept.</summary>
        private static string One(string zero)
        {
            var digits = zero.TrimEnd('d', 'D', 'f', 'F', 'm', 'M');
            var suffix = zero.Substring(digits.Length);
            return (digits.IndexOf('.') >= 0 || digits.IndexOfAny(new[] { 'e', 'E' }) >= 0 ? "1.0" : "1") + suffix;
        }
    }
}
