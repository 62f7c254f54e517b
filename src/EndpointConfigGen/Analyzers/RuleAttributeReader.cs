using System.Collections.Generic;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>Turns the <c>[AwsRule]</c> attributes the generator put on a structure back into <see cref="OperationRules"/>.</summary>
    internal static class RuleAttributeReader
    {
        public static OperationRules? Read(RequestSymbols symbols, ITypeSymbol type, string shapeName)
        {
            if (symbols.AwsRule is null)
            {
                return null;
            }

            var rules = new List<OperationRule>();
            foreach (var data in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, symbols.AwsRule)
                    && data.ConstructorArguments is { Length: 2 } args
                    && args[0].Value is string id
                    && args[1].Value is int kind)
                {
                    rules.Add(Rule(id, (OperationRuleKind)kind, data.NamedArguments));
                }
            }

            return rules.Count == 0 ? null : new OperationRules(shapeName, rules);
        }

        private static OperationRule Rule(string id, OperationRuleKind kind, IEnumerable<KeyValuePair<string, TypedConstant>> named)
        {
            var severity = ProblemSeverity.Error;
            foreach (var pair in named)
            {
                if (pair.Key == nameof(AwsRuleAttribute.Severity) && pair.Value.Value is int value)
                {
                    severity = (ProblemSeverity)value;
                }
            }

            var rule = new OperationRule(id, kind, severity);
            foreach (var pair in named)
            {
                var value = pair.Value;
                switch (pair.Key)
                {
                    case nameof(AwsRuleAttribute.Lists): rule.Lists = Strings(value); break;
                    case nameof(AwsRuleAttribute.Members): rule.Members = Strings(value); break;
                    case nameof(AwsRuleAttribute.Values): rule.Values = Strings(value); break;
                    case nameof(AwsRuleAttribute.NameMember): rule.NameMember = value.Value as string; break;
                    case nameof(AwsRuleAttribute.Member): rule.Member = value.Value as string; break;
                    case nameof(AwsRuleAttribute.ItemMember): rule.ItemMember = value.Value as string; break;
                    case nameof(AwsRuleAttribute.Subject): rule.Subject = value.Value as string; break;
                    case nameof(AwsRuleAttribute.Reason): rule.Reason = value.Value as string; break;
                    case nameof(AwsRuleAttribute.Count): rule.Count = value.Value is int count ? count : 0; break;
                }
            }

            return rule;
        }

        private static IReadOnlyList<string> Strings(TypedConstant array)
        {
            var values = new List<string>();
            if (array.Kind == TypedConstantKind.Array)
            {
                foreach (var item in array.Values)
                {
                    if (item.Value is string text)
                    {
                        values.Add(text);
                    }
                }
            }

            return values;
        }
    }
}
