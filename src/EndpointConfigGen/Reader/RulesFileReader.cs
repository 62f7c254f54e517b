using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Reader
{
    /// <summary>What reading one rules file gives.</summary>
    internal sealed record RulesFileResult(string FilePath, RulesSpec Rules, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Reads a <c>*.rules.json</c> file: facts the service model does not state (format in
    /// shapes/README.md). Unknown sections are ignored so newer files work with older packages.
    /// </summary>
    internal static class RulesFileReader
    {
        /// <summary>The one section <c>valuesFrom</c> can name.</summary>
        public const string LocalStorageSection = "localStorageInstanceFamilies";

        public static RulesFileResult Read(string path, string text)
        {
            var sink = new DiagnosticSink(path);
            var rules = ReadRules(text, sink);
            return new RulesFileResult(path, rules, sink.ToArray());
        }

        private static RulesSpec ReadRules(string text, DiagnosticSink sink)
        {
            var root = JsonTextParser.Parse(text, out var error, out var errorAt);
            if (root is null)
            {
                sink.Report(DiagnosticDescriptors.InvalidRules, errorAt, errorAt, "Rules file", error!);
                return RulesSpec.None;
            }

            if (root.Kind != JsonKind.Object)
            {
                sink.Report(DiagnosticDescriptors.InvalidRules, root, "Rules file", "expected a JSON object");
                return RulesSpec.None;
            }

            var localStorage = ReadLocalStorage(root, sink);
            var operationRules = ImmutableArray.CreateBuilder<OperationRulesSpec>();
            if (root.Get("operationRules") is { } sections)
            {
                if (sections.Kind != JsonKind.Array)
                {
                    sink.Report(DiagnosticDescriptors.InvalidRules, sections, "operationRules", "expected an array");
                }
                else
                {
                    foreach (var section in sections.Items!)
                    {
                        if (ReadOperationRules(section, sink) is { } spec)
                        {
                            operationRules.Add(spec);
                        }
                    }
                }
            }

            return new RulesSpec(OptionalString(root, "service", sink), new EquatableArray<LocalStorageSpec>(localStorage), new EquatableArray<OperationRulesSpec>(operationRules.ToImmutable()));
        }

        private static ImmutableArray<LocalStorageSpec> ReadLocalStorage(JsonNode root, DiagnosticSink sink)
        {
            var localStorage = ImmutableArray.CreateBuilder<LocalStorageSpec>();
            if (root.Get(LocalStorageSection) is { } section)
            {
                var shape = section.Get("shape");
                var families = section.Get("withLocalStorage");
                if (shape?.Kind != JsonKind.String || families?.Kind != JsonKind.Array)
                {
                    sink.Report(DiagnosticDescriptors.InvalidRules, section, LocalStorageSection, "needs \"shape\" (a string) and \"withLocalStorage\" (an array of strings)");
                }
                else
                {
                    var names = ImmutableArray.CreateBuilder<string>();
                    foreach (var item in families.Items!)
                    {
                        if (item.Kind == JsonKind.String)
                        {
                            names.Add(item.Text);
                        }
                        else
                        {
                            sink.Report(DiagnosticDescriptors.InvalidRules, item, "withLocalStorage", "expected a string");
                        }
                    }

                    localStorage.Add(new LocalStorageSpec(shape.Text, new EquatableArray<string>(names.ToImmutable())));
                }
            }

            return localStorage.ToImmutable();
        }

        // The fields each rule kind reads besides id, kind, severity and lists (shapes/README.md). The
        // file names a kind by its OperationRuleKind member in camel case; a test holds every member listed.
        internal static readonly Dictionary<OperationRuleKind, string[]> RuleFields = new Dictionary<OperationRuleKind, string[]>
        {
            [OperationRuleKind.ForbiddenWithFamily] = new[] { "member", "itemMember", "values" },
            [OperationRuleKind.ZeroValue] = new[] { "itemMember" },
            [OperationRuleKind.NegativeValue] = new[] { "itemMember" },
            [OperationRuleKind.AllZeroValue] = new[] { "itemMember" },
            [OperationRuleKind.UniqueValue] = new[] { "itemMember" },
            [OperationRuleKind.Excludes] = new[] { "itemMember", "members" },
            [OperationRuleKind.RequiresOneOf] = new[] { "members" },
            [OperationRuleKind.CountWhenPresent] = new[] { "member", "count" },
        };

        private static readonly Dictionary<string, OperationRuleKind> RuleKinds = KindsByFileName();

        private static Dictionary<string, OperationRuleKind> KindsByFileName()
        {
            var kinds = new Dictionary<string, OperationRuleKind>(StringComparer.Ordinal);
            foreach (var kind in RuleFields.Keys)
            {
                var name = kind.ToString();
                kinds.Add(char.ToLowerInvariant(name[0]) + name.Substring(1), kind);
            }

            return kinds;
        }

        private static OperationRulesSpec? ReadOperationRules(JsonNode section, DiagnosticSink sink)
        {
            var shape = section.Get("shape");
            var rules = section.Get("rules");
            if (section.Kind != JsonKind.Object || shape?.Kind != JsonKind.String || rules?.Kind != JsonKind.Array)
            {
                sink.Report(DiagnosticDescriptors.InvalidRules, section, "operationRules", "each section needs \"shape\" (a string) and \"rules\" (an array)");
                return null;
            }

            var lists = Strings(section, "lists", sink);
            var nameMember = OptionalString(section, "nameMember", sink);
            var specs = ImmutableArray.CreateBuilder<RuleSpec>();
            foreach (var rule in rules.Items!)
            {
                if (ReadRule(rule, lists, nameMember, sink) is { } spec)
                {
                    specs.Add(spec);
                }
            }

            return new OperationRulesSpec(shape.Text, new EquatableArray<RuleSpec>(specs.ToImmutable()), Strings(section, "disable", sink));
        }

        private static RuleSpec? ReadRule(JsonNode rule, EquatableArray<string> defaultLists, string? defaultName, DiagnosticSink sink)
        {
            var id = OptionalString(rule, "id", sink);
            var kind = OptionalString(rule, "kind", sink);
            if (rule.Kind != JsonKind.Object || id is null || kind is null || !RuleKinds.TryGetValue(kind, out var ruleKind))
            {
                sink.Report(DiagnosticDescriptors.InvalidRules, rule, "operationRules", "each rule needs \"id\" and a \"kind\" of: " + string.Join(", ", RuleKinds.Keys));
                return null;
            }

            var severity = OptionalString(rule, "severity", sink) ?? "error";
            var lists = rule.Get("lists") is null ? defaultLists : Strings(rule, "lists", sink);
            // Resolved when rules are attached: the section may come from the built-in rules or a file beside the shape file.
            var valuesFrom = OptionalString(rule, "valuesFrom", sink);
            if (valuesFrom is not null && valuesFrom != LocalStorageSection)
            {
                sink.Report(DiagnosticDescriptors.InvalidRules, rule.Get("valuesFrom")!, id, "\"valuesFrom\" must be \"" + LocalStorageSection + "\"");
                return null;
            }

            var count = rule.Get("count");
            var spec = new RuleSpec(
                id,
                ruleKind,
                severity == "warning",
                lists,
                rule.Get("nameMember") is null ? defaultName : OptionalString(rule, "nameMember", sink),
                OptionalString(rule, "member", sink),
                OptionalString(rule, "itemMember", sink),
                Strings(rule, "members", sink),
                Strings(rule, "values", sink),
                valuesFrom,
                count?.Kind == JsonKind.Number && int.TryParse(count.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
                OptionalString(rule, "subject", sink),
                OptionalString(rule, "reason", sink));

            var missing = new List<string>();
            if (lists.Count == 0)
            {
                missing.Add("lists");
            }

            foreach (var field in RuleFields[ruleKind])
            {
                bool present = field switch
                {
                    "member" => spec.Member != null,
                    "itemMember" => spec.ItemMember != null,
                    "members" => spec.Members.Count > 0,
                    "values" => spec.Values.Count > 0 || spec.ValuesFrom is not null,
                    _ => spec.Count is not null,
                };
                if (!present)
                {
                    missing.Add(field);
                }
            }

            if (severity != "error" && severity != "warning")
            {
                missing.Add("severity (error or warning)");
            }

            if (missing.Count > 0)
            {
                sink.Report(DiagnosticDescriptors.InvalidRules, rule, id, kind + " needs " + string.Join(", ", missing));
                return null;
            }

            return spec;
        }

        private static string? OptionalString(JsonNode node, string name, DiagnosticSink sink)
        {
            var value = node.Get(name);
            if (value is null)
            {
                return null;
            }

            if (value.Kind != JsonKind.String)
            {
                sink.Report(DiagnosticDescriptors.InvalidRules, value, name, "expected a string");
                return null;
            }

            return value.Text;
        }

        private static EquatableArray<string> Strings(JsonNode node, string name, DiagnosticSink sink)
        {
            var value = node.Get(name);
            if (value is null)
            {
                return EquatableArray<string>.Empty;
            }

            var strings = ImmutableArray.CreateBuilder<string>();
            if (value.Kind == JsonKind.Array)
            {
                foreach (var item in value.Items!)
                {
                    if (item.Kind == JsonKind.String)
                    {
                        strings.Add(item.Text);
                        continue;
                    }

                    sink.Report(DiagnosticDescriptors.InvalidRules, item, name, "expected a string");
                }
            }
            else
            {
                sink.Report(DiagnosticDescriptors.InvalidRules, value, name, "expected an array of strings");
            }

            return new EquatableArray<string>(strings.ToImmutable());
        }
    }
}
