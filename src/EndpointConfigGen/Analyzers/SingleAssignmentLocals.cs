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
        private readonly System.Lazy<Dictionary<IOperation, ILocalSymbol>> _created;
        private readonly Dictionary<ILocalSymbol, List<PropertyWrite>> _writes = new Dictionary<ILocalSymbol, List<PropertyWrite>>(SymbolEqualityComparer.Default);

        public SingleAssignmentLocals(ImmutableArray<IOperation> blocks)
        {
            _blocks = blocks;
            _initializers = new System.Lazy<Dictionary<ILocalSymbol, IOperation>>(Find, LazyThreadSafetyMode.ExecutionAndPublication);
            _created = new System.Lazy<Dictionary<IOperation, ILocalSymbol>>(Created, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The initializer's value of a local assigned only there, or null.</summary>
        public IOperation? Initializer(ILocalSymbol local) => _initializers.Value.TryGetValue(local, out var value) ? value : null;

        /// <summary>
        /// The writes to properties of the local that <paramref name="creation"/> initializes (AWS SDK types are
        /// mutable: <c>q.Limit = 0;</c>, <c>q.Items.Add(x);</c>), in the order written; empty when it initializes
        /// no local assigned once.
        /// </summary>
        public IReadOnlyList<PropertyWrite> Writes(IOperation creation) =>
            _created.Value.TryGetValue(creation, out var local) && _writes.TryGetValue(local, out var writes) && Initializer(local) is not null
                ? writes
                : System.Array.Empty<PropertyWrite>();

        /// <summary>True when <paramref name="instance"/> reads a local assigned once whose initializer is a creation.</summary>
        public bool IsCreatedLocal(IOperation? instance) =>
            instance is ILocalReferenceOperation reference && Initializer(reference.Local) is { } value && Unwrap(value) is IObjectCreationOperation;

        /// <summary>The locals by the creation that initializes them.</summary>
        private Dictionary<IOperation, ILocalSymbol> Created()
        {
            var created = new Dictionary<IOperation, ILocalSymbol>();
            foreach (var pair in _initializers.Value)
            {
                created[Unwrap(pair.Value)] = pair.Key;
            }

            return created;
        }

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
                        case ILocalReferenceOperation { Parent: IPropertyReferenceOperation property } reference when property.Instance == reference:
                            AddWrite(reference.Local, property);
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

        /// <summary>
        /// True when <paramref name="write"/> runs at most once after the local's declaration, unconditionally up to an
        /// early exit: its statement is one of the declaration's block, not in a loop, branch, lambda or conditional
        /// expression. A write that may run any number of times leaves the member's value (and a list's count) unknown.
        /// </summary>
        public static bool RunsOnce(ILocalSymbol local, IOperation write)
        {
            if (local.DeclaringSyntaxReferences.Length != 1
                || local.DeclaringSyntaxReferences[0].GetSyntax().FirstAncestorOrSelf<StatementSyntax>() is not { } declaration)
            {
                return false;
            }

            for (var at = write.Syntax; at is not null; at = at.Parent)
            {
                switch (at)
                {
                    case StatementSyntax statement:
                        return Container(statement) == Container(declaration);
                    case AnonymousFunctionExpressionSyntax:
                    case ConditionalExpressionSyntax:
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression) || binary.IsKind(SyntaxKind.CoalesceExpression):
                        return false;
                }
            }

            return false;
        }

        /// <summary>The block a statement belongs to (top-level statements: the file).</summary>
        private static SyntaxNode? Container(StatementSyntax statement) =>
            statement.Parent is GlobalStatementSyntax global ? global.Parent : statement.Parent;

        /// <summary>
        /// Records <c>local.P = v</c> and <c>local.P.Add(v)</c> that run once; any other write to <c>local.P</c>
        /// (or one that may run any number of times) makes its value unknown.
        /// </summary>
        private void AddWrite(ILocalSymbol local, IPropertyReferenceOperation property)
        {
            var once = RunsOnce(local, property);
            PropertyWrite? write = property.Parent switch
            {
                ISimpleAssignmentOperation assignment when assignment.Target == property && once => new PropertyWrite(property.Property, assignment.Value, assignment, isAdd: false),
                IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } call when call.Instance == property && once => new PropertyWrite(property.Property, call.Arguments[0].Value, null, isAdd: true),
                IAssignmentOperation assignment when assignment.Target == property => new PropertyWrite(property.Property, null, assignment, isAdd: false),
                IInvocationOperation { TargetMethod.Name: "Add" } call when call.Instance == property => new PropertyWrite(property.Property, null, call, isAdd: false),
                IIncrementOrDecrementOperation => new PropertyWrite(property.Property, null, null, isAdd: false),
                _ => null,
            };
            if (write is null)
            {
                return;
            }

            if (!_writes.TryGetValue(local, out var writes))
            {
                writes = new List<PropertyWrite>();
                _writes.Add(local, writes);
            }

            writes.Add(write);
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
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

    /// <summary>A write to a property of a local after its declaration.</summary>
    internal sealed class PropertyWrite
    {
        public PropertyWrite(IPropertySymbol property, IOperation? value, IOperation? assignment, bool isAdd)
        {
            Property = property;
            Value = value;
            Assignment = assignment;
            IsAdd = isAdd;
        }

        public IPropertySymbol Property { get; }

        /// <summary>The value assigned or added; null for a write whose value is not known (compound assignment, increment).</summary>
        public IOperation? Value { get; }

        /// <summary>The <c>local.P = v</c> assignment, null for an <c>Add</c>.</summary>
        public IOperation? Assignment { get; }

        /// <summary>True for <c>local.P.Add(v)</c>: an item added to a list member.</summary>
        public bool IsAdd { get; }
    }
}
