using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>The generated operation inputs of a compilation (<c>[AwsOperationInput]</c> types), by operation name.</summary>
    internal static class OperationInputs
    {
        public static IReadOnlyDictionary<string, INamedTypeSymbol> Find(Compilation compilation, RequestSymbols symbols)
        {
            var inputs = new SortedDictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
            if (symbols.AwsOperationInput is null)
            {
                return inputs;
            }

            var pending = new Stack<INamespaceSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                var ns = pending.Pop();
                foreach (var child in ns.GetNamespaceMembers())
                {
                    pending.Push(child);
                }

                foreach (var type in ns.GetTypeMembers())
                {
                    foreach (var data in type.GetAttributes())
                    {
                        if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, symbols.AwsOperationInput)
                            && data.ConstructorArguments is { Length: 1 } args
                            && args[0].Value is string operation)
                        {
                            inputs[operation] = type;
                        }
                    }
                }
            }

            return inputs;
        }
    }
}
