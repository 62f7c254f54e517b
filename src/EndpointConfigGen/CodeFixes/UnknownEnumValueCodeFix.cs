using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EndpointConfigGen.Analyzers;
using EndpointConfigGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EndpointConfigGen.CodeFixes
{
    /// <summary>
    /// ECG001: replaces an unknown enum value with one of the closest known values, as the generated
    /// static member (<c>ProductionVariantInstanceType.MlM5Large</c>) or as text; inside a shorthand or
    /// JSON literal the value's characters are replaced.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownEnumValueCodeFix))]
    [Shared]
    public sealed class UnknownEnumValueCodeFix : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RequestDiagnostics.UnknownEnumValue.Id);

        /// <inheritdoc/>
        public override FixAllProvider? GetFixAllProvider() => null;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var span = diagnostic.Location.SourceSpan;
                var suggestions = FixData.Lines(diagnostic.Properties, FixData.Suggestions);
                if (diagnostic.Properties.ContainsKey(FixData.InLiteral))
                {
                    foreach (var suggestion in suggestions)
                    {
                        if (IsPlain(suggestion))
                        {
                            Register(context, diagnostic, "Use '" + suggestion + "'", ct => ReplaceText(context.Document, span, suggestion, ct));
                        }
                    }

                    continue;
                }

                if (root.FindNode(span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    continue;
                }

                var members = FixData.Lines(diagnostic.Properties, FixData.Members);
                for (var i = 0; i < suggestions.Length; i++)
                {
                    var suggestion = suggestions[i];
                    if (i < members.Length && members[i].Length > 0)
                    {
                        var member = SyntaxFactory.ParseExpression(members[i]);
                        Register(context, diagnostic, "Use " + members[i], _ => Replace(context.Document, root, literal, member));
                    }

                    var text = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion));
                    Register(context, diagnostic, "Use \"" + suggestion + "\"", _ => Replace(context.Document, root, literal, text));
                }
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, string title, System.Func<CancellationToken, Task<Document>> change) =>
            context.RegisterCodeFix(CodeAction.Create(title, change, equivalenceKey: "ECG001 " + title), diagnostic);

        private static Task<Document> Replace(Document document, SyntaxNode root, ExpressionSyntax old, ExpressionSyntax replacement) =>
            Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(old, replacement.WithTriviaFrom(old))));

        private static async Task<Document> ReplaceText(Document document, TextSpan span, string text, CancellationToken cancellationToken)
        {
            var source = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(source.WithChanges(new TextChange(span, text)));
        }

        /// <summary>True when the text reads the same in every kind of string literal and in JSON.</summary>
        private static bool IsPlain(string text)
        {
            foreach (var c in text)
            {
                if (c < ' ' || c > '~' || c == '"' || c == '\\' || c == '{' || c == '}')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
