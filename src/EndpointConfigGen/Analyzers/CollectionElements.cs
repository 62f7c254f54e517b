using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// The elements of list literals: array initializers, collection initializers and collection
    /// expressions. The package builds against Roslyn 4.8, which has no ICollectionExpressionOperation,
    /// so collection expressions are recognised by their syntax and their child operations.
    /// </summary>
    internal static class CollectionElements
    {
        /// <summary>The element values, or null when the operation is not a list literal whose every element is known to be one item.</summary>
        public static IReadOnlyList<IOperation>? Of(IOperation operation)
        {
            switch (operation)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    return initializer.ElementValues;
                case IObjectCreationOperation { Arguments.Length: 0, Initializer: { } init } when init.Initializers.All(i => i is IInvocationOperation { Arguments.Length: 1 }):
                    return init.Initializers.Select(i => ((IInvocationOperation)i).Arguments[0].Value).ToList();
            }

            if (operation.Syntax is CollectionExpressionSyntax syntax && !syntax.Elements.Any(e => e is SpreadElementSyntax))
            {
                var children = operation.ChildOperations.ToList();
                return children.Count == syntax.Elements.Count ? children : null;
            }

            return null;
        }

        /// <summary>The list literal an element belongs to, or null.</summary>
        public static IOperation? Owner(IOperation element)
        {
            var parent = element.Parent;
            switch (parent)
            {
                case IArrayInitializerOperation { Parent: IArrayCreationOperation creation }:
                    return creation;
                case IArgumentOperation { Parent: IInvocationOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation } } }:
                    return creation;
                case { Syntax: CollectionExpressionSyntax }:
                    return parent;
                default:
                    return null;
            }
        }
    }
}
