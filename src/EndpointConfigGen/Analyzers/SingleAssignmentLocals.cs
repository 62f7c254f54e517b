using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// The locals of one operation block (a method with its lambdas and local functions) written only by
    /// their declaration's initializer: a value read from one is the initializer's value. Found in one
    /// walk of the block, when a request first reads a local; a local written anywhere else, or passed
    /// by <c>ref</c>/<c>out</c>, or aliased, is not among them.
    /// </summary>
    internal sealed class SingleAssignmentLocals
    {
        private readonly ImmutableArray<IOperation> _blocks;
        private readonly System.Lazy<Dictionary<ILocalSymbol, IOperation>> _initializers;

        public SingleAssignmentLocals(ImmutableArray<IOperation> blocks)
        {
            _blocks = blocks;
            _initializers = new System.Lazy<Dictionary<ILocalSymbol, IOperation>>(Find, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The initializer's value of a local assigned only there, or null.</summary>
        public IOperation? Initializer(ILocalSymbol local) => _initializers.Value.TryGetValue(local, out var value) ? value : null;

        private Dictionary<ILocalSymbol, IOperation> Find()
        {
            var initializers = new Dictionary<ILocalSymbol, IOperation>(SymbolEqualityComparer.Default);
            var written = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            foreach (var block in _blocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation declarator when !declarator.Symbol.IsRef && declarator.GetVariableInitializer() is { } initializer:
                            initializers[declarator.Symbol] = initializer.Value;
                            break;
                        case ILocalReferenceOperation reference when IsWrite(reference):
                            written.Add(reference.Local);
                            break;
                    }
                }
            }

            foreach (var local in written)
            {
                initializers.Remove(local);
            }

            return initializers;
        }

        private static bool IsWrite(ILocalReferenceOperation reference)
        {
            IOperation at = reference;
            while (at.Parent is ITupleOperation tuple)
            {
                // (a, b) = ... writes every local of the target tuple, nested ones too.
                at = tuple;
            }

            switch (at.Parent)
            {
                case IAssignmentOperation assignment when assignment.Target == at:
                case IIncrementOrDecrementOperation:
                case IAddressOfOperation:
                    return true;
            }

            // ref and out arguments (dynamic calls too) and ref aliases, by syntax: the local may change through them.
            return reference.Syntax.Parent is RefExpressionSyntax
                || (reference.Syntax.Parent is ArgumentSyntax argument && (argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)));
        }
    }
}
