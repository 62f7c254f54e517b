using System.Collections.Generic;
using System.Globalization;

namespace EndpointConfigGen.Runtime
{
    /// <summary>Applies <see cref="OperationRules"/> to one structure value; reads only the levels the rules name.</summary>
    internal static class RuleChecker
    {
        /// <summary>Appends the problems of <paramref name="structure"/> (a map) under <paramref name="rules"/> to <paramref name="problems"/>.</summary>
        /// <param name="rules">The rules of the structure's shape.</param>
        /// <param name="structure">The structure value.</param>
        /// <param name="rawPath">botocore's raw name of the structure (empty for the request).</param>
        /// <param name="problems">Where problems go.</param>
        public static void Apply(OperationRules rules, ParamNode structure, string rawPath, List<ValidationProblem> problems)
        {
            foreach (var rule in rules.Rules)
            {
                var check = new RuleContext(rule, structure, rawPath, problems);
                switch (rule.Kind)
                {
                    case OperationRuleKind.ForbiddenWithFamily: check.ForbiddenWithFamily(); break;
                    case OperationRuleKind.ZeroValue: check.EachNumber(v => v == 0, "is 0"); break;
                    case OperationRuleKind.NegativeValue: check.EachNumber(v => v < 0, "is negative"); break;
                    case OperationRuleKind.AllZeroValue: check.AllZero(); break;
                    case OperationRuleKind.UniqueValue: check.Unique(); break;
                    case OperationRuleKind.Excludes: check.Excludes(); break;
                    case OperationRuleKind.RequiresOneOf: check.RequiresOneOf(); break;
                    default: check.CountWhenPresent(); break;
                }
            }
        }

        /// <summary>One item of one of the rule's lists.</summary>
        private readonly struct Item
        {
            public Item(ParamNode node, string rawPath, string label)
            {
                Node = node;
                RawPath = rawPath;
                Label = label;
            }

            public ParamNode Node { get; }

            public string RawPath { get; }

            /// <summary><c>ProductionVariants[0] (VariantName "a")</c>.</summary>
            public string Label { get; }
        }

        private sealed class RuleContext
        {
            private readonly OperationRule _rule;
            private readonly ParamNode _structure;
            private readonly string _rawPath;
            private readonly List<ValidationProblem> _problems;

            public RuleContext(OperationRule rule, ParamNode structure, string rawPath, List<ValidationProblem> problems)
            {
                _rule = rule;
                _structure = structure;
                _rawPath = rawPath;
                _problems = problems;
            }

            /// <summary>"Invalid" for errors, "Suspicious" for warnings: the request is legal then.</summary>
            private string Adjective => _rule.Severity == ProblemSeverity.Warning ? "Suspicious" : "Invalid";

            public void ForbiddenWithFamily()
            {
                var member = Get(_structure, _rule.Member);
                if (member is null)
                {
                    return;
                }

                foreach (var item in Items())
                {
                    var type = Get(item.Node, _rule.ItemMember);
                    string? family = type?.Kind == ParamNodeKind.String ? Family(type.Text) : null;
                    if (family != null && Contains(_rule.Values, family))
                    {
                        string reason = _rule.Reason ?? "whose family " + family + " forbids it";
                        string message = "Invalid value for parameter " + Show(Join(_rawPath, _rule.Member!)) + ": " + (_rule.Subject ?? _rule.Member)
                            + " cannot be used with " + item.Label + " " + _rule.ItemMember + " " + type!.Text + ", which " + reason;
                        Report(message, Join(_rawPath, _rule.Member!), member, type);
                    }
                }
            }

            public void EachNumber(System.Func<double, bool> test, string fallback)
            {
                foreach (var item in Items())
                {
                    var value = Get(item.Node, _rule.ItemMember);
                    if (TryNumber(value, out double number) && test(number))
                    {
                        string path = Join(item.RawPath, _rule.ItemMember!);
                        string message = Adjective + " value for parameter " + Show(path) + ", value: " + PythonValue.Str(value!) + ": "
                            + item.Label + " " + (_rule.Reason ?? _rule.ItemMember + " " + fallback);
                        Report(message, path, value!, null);
                    }
                }
            }

            public void AllZero()
            {
                var items = Items();
                foreach (var item in items)
                {
                    if (!TryNumber(Get(item.Node, _rule.ItemMember), out double number) || number != 0)
                    {
                        return;
                    }
                }

                if (items.Count > 0)
                {
                    string path = Join(_rawPath, _rule.Lists[0]);
                    string message = "Invalid value for parameter " + Show(path) + ": every item of " + string.Join(" and ", _rule.Lists)
                        + " has " + _rule.ItemMember + " 0" + (_rule.Reason is null ? string.Empty : ", " + _rule.Reason);
                    Report(message, path, Get(_structure, _rule.Lists[0]) ?? _structure, null);
                }
            }

            public void Unique()
            {
                var seen = new Dictionary<string, Item>(System.StringComparer.Ordinal);
                foreach (var item in Items())
                {
                    var value = Get(item.Node, _rule.ItemMember);
                    if (value?.Kind != ParamNodeKind.String)
                    {
                        continue;
                    }

                    if (seen.TryGetValue(value.Text, out var first))
                    {
                        string path = Join(item.RawPath, _rule.ItemMember!);
                        string message = "Invalid value for parameter " + Show(path) + ", value: " + value.Text + ": " + Show(first.RawPath)
                            + " has the same " + _rule.ItemMember + "; it must be unique across " + string.Join(" and ", _rule.Lists);
                        Report(message, path, value, Get(first.Node, _rule.ItemMember));
                    }
                    else
                    {
                        seen.Add(value.Text, item);
                    }
                }
            }

            public void Excludes()
            {
                foreach (var item in Items())
                {
                    var present = Get(item.Node, _rule.ItemMember);
                    if (present is null)
                    {
                        continue;
                    }

                    foreach (var excluded in _rule.Members)
                    {
                        var other = Get(item.Node, excluded);
                        if (other != null)
                        {
                            string message = "Invalid parameter combination in " + item.Label + ": " + _rule.ItemMember + " cannot be combined with " + excluded
                                + (_rule.Reason is null ? string.Empty : "; " + _rule.Reason);
                            Report(message, Join(item.RawPath, excluded), other, present);
                        }
                    }
                }
            }

            public void RequiresOneOf()
            {
                foreach (var item in Items())
                {
                    bool any = false;
                    foreach (var member in _rule.Members)
                    {
                        any |= Get(item.Node, member) != null;
                    }

                    if (!any)
                    {
                        string message = "Missing parameter in " + item.Label + ": set one of " + string.Join(", ", _rule.Members)
                            + (_rule.Reason is null ? string.Empty : "; " + _rule.Reason);
                        Report(message, item.RawPath, item.Node, null);
                    }
                }
            }

            public void CountWhenPresent()
            {
                if (Get(_structure, _rule.Member) is null)
                {
                    return;
                }

                foreach (var list in _rule.Lists)
                {
                    var node = Get(_structure, list);
                    int count = node?.Kind == ParamNodeKind.List ? node.Items.Count : 0;
                    if (count != _rule.Count)
                    {
                        string path = Join(_rawPath, list);
                        string expected = _rule.Count.ToString(CultureInfo.InvariantCulture);
                        string message = "Invalid length for parameter " + Show(path) + ", value: " + count.ToString(CultureInfo.InvariantCulture)
                            + ": exactly " + expected + (_rule.Count == 1 ? " item is" : " items are") + " required when " + _rule.Member + " is set";
                        Report(message, path, node ?? _structure, null);
                    }
                }
            }

            /// <summary>The map items of every list the rule names, in list then index order.</summary>
            private List<Item> Items()
            {
                var items = new List<Item>();
                foreach (var list in _rule.Lists)
                {
                    var node = Get(_structure, list);
                    if (node?.Kind != ParamNodeKind.List)
                    {
                        continue;
                    }

                    for (int i = 0; i < node.Items.Count; i++)
                    {
                        var item = node.Items[i];
                        if (item.Kind != ParamNodeKind.Map)
                        {
                            continue;
                        }

                        string raw = Join(_rawPath, list) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                        var name = Get(item, _rule.NameMember);
                        string label = name?.Kind == ParamNodeKind.String ? Show(raw) + " (" + _rule.NameMember + " \"" + name.Text + "\")" : Show(raw);
                        items.Add(new Item(item, raw, label));
                    }
                }

                return items;
            }

            private void Report(string message, string rawPath, ParamNode node, ParamNode? related) =>
                _problems.Add(new ValidationProblem(ProblemKind.Rule, message, Show(rawPath), node, rule: _rule, severity: _rule.Severity, relatedNode: related));
        }

        /// <summary>The member's value when set (present and not null), as a Python dict built from the map holds it.</summary>
        private static ParamNode? Get(ParamNode map, string? member)
        {
            if (member is null || map.Kind != ParamNodeKind.Map)
            {
                return null;
            }

            ParamNode? found = null;
            foreach (var entry in map.Entries)
            {
                if (entry.Key == member)
                {
                    found = entry.Value;
                }
            }

            return found?.Kind == ParamNodeKind.Null ? null : found;
        }

        /// <summary>The middle dot-part: <c>ml.p6-b200.48xlarge</c> → <c>p6-b200</c>; null without two dots.</summary>
        private static string? Family(string value)
        {
            int first = value.IndexOf('.');
            int last = value.LastIndexOf('.');
            return first >= 0 && last > first ? value.Substring(first + 1, last - first - 1) : null;
        }

        private static bool TryNumber(ParamNode? node, out double number)
        {
            number = 0;
            return node?.Kind == ParamNodeKind.Number
                && double.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
        }

        private static bool Contains(IReadOnlyList<string> values, string value)
        {
            foreach (var known in values)
            {
                if (known == value)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Join(string rawPath, string member) => rawPath + "." + member;

        private static string Show(string rawPath) => ValidationPath.Display(rawPath);
    }
}
