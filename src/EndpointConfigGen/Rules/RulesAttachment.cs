using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Model;
using EndpointConfigGen.Reader;

namespace EndpointConfigGen.Rules
{
    /// <summary>
    /// Gives a shape file its rules: the built-in ones of its service, extended or overridden by the rules file beside it
    /// (same stem). Per structure shape, a beside rule replaces the built-in rule of the same id and any other is added;
    /// a section's <c>disable</c> drops built-in rules by id; a beside <c>localStorageInstanceFamilies</c> replaces the
    /// built-in one, for the built-in rules that take their values from it too.
    /// </summary>
    internal static class RulesAttachment
    {
        public static ShapeFileResult Attach(ShapeFileResult result, ImmutableArray<RulesFileResult> rulesFiles, bool builtIn)
        {
            if (result.Model is null)
            {
                return result;
            }

            var expected = result.FilePath.Substring(0, result.FilePath.Length - Pipeline.EndpointConfigGenerator.ShapeFileSuffix.Length) + Pipeline.EndpointConfigGenerator.RulesFileSuffix;
            var beside = rulesFiles.FirstOrDefault(r => string.Equals(r.FilePath, expected, StringComparison.OrdinalIgnoreCase));
            var (rules, diagnostics) = Combine(builtIn ? BuiltInRules.For(result.Model) : RulesSpec.None, beside);
            return result with
            {
                Model = result.Model with { Rules = rules },
                Diagnostics = result.Diagnostics.Concat(diagnostics).ToEquatableArray(),
            };
        }

        public static (RulesSpec Rules, EquatableArray<DiagnosticInfo> Diagnostics) Combine(RulesSpec builtIn, RulesFileResult? beside)
        {
            var own = beside?.Rules ?? RulesSpec.None;
            var diagnostics = new List<DiagnosticInfo>();
            var sections = builtIn.OperationRules.ToList();
            var fromBeside = new HashSet<RuleSpec>();
            foreach (var section in own.OperationRules)
            {
                fromBeside.UnionWith(section.Rules);
                var at = sections.FindIndex(s => s.Shape == section.Shape);
                if (at < 0)
                {
                    sections.Add(section);
                    continue;
                }

                var rules = sections[at].Rules.Where(r => !section.Disable.Contains(r.Id)).ToList();
                foreach (var unknown in section.Disable.Where(id => sections[at].Rules.All(r => r.Id != id)))
                {
                    diagnostics.AddRange(DiagnosticSink.OnFile(beside!.FilePath, DiagnosticDescriptors.InvalidRules, unknown, "\"disable\" names no built-in rule of " + section.Shape));
                }

                foreach (var rule in section.Rules)
                {
                    var same = rules.FindIndex(r => r.Id == rule.Id);
                    if (same < 0)
                    {
                        rules.Add(rule);
                    }
                    else
                    {
                        rules[same] = rule;
                    }
                }

                sections[at] = section with { Rules = rules.ToEquatableArray(), Disable = EquatableArray<string>.Empty };
            }

            var localStorage = own.LocalStorage.Count > 0 ? own.LocalStorage : builtIn.LocalStorage;
            var resolved = sections.Select(section => section with
            {
                Rules = section.Rules.Select(rule => Resolve(rule, localStorage, fromBeside.Contains(rule) ? beside!.FilePath : null, diagnostics)).OfType<RuleSpec>().ToEquatableArray(),
            });
            return (new RulesSpec(builtIn.Service ?? own.Service, localStorage, resolved.ToEquatableArray()), diagnostics.ToEquatableArray());
        }

        /// <summary>A rule with its <c>valuesFrom</c> values filled in; null (reported when the rule is the user's) without the section.</summary>
        private static RuleSpec? Resolve(RuleSpec rule, EquatableArray<LocalStorageSpec> localStorage, string? besidePath, List<DiagnosticInfo> diagnostics)
        {
            if (rule.ValuesFrom is null)
            {
                return rule;
            }

            if (localStorage.Count > 0)
            {
                return rule with { Values = localStorage[0].Families };
            }

            if (besidePath is not null)
            {
                diagnostics.AddRange(DiagnosticSink.OnFile(besidePath, DiagnosticDescriptors.InvalidRules, rule.Id, "\"valuesFrom\" names \"" + RulesFileReader.LocalStorageSection + "\", which neither this file nor the built-in rules have"));
            }

            return null;
        }
    }
}
