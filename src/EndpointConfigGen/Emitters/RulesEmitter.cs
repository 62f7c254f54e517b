using System.Collections.Generic;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Emits the operation rules of the rules file twice over: as run-time <c>OperationRules</c> data
    /// (<c>{Stem}ModelRules.All</c>, what generated validation passes to the validator) and as
    /// <c>[AwsRule]</c> attributes on a partial of each structure they apply to, which the analyzers
    /// read from symbols. Operation inputs are marked <c>[AwsOperationInput]</c> for request files.
    /// </summary>
    internal static class RulesEmitter
    {
        private static readonly string RulesType = RuntimeNames.Of(typeof(OperationRules));
        private static readonly string RuleType = RuntimeNames.Of(typeof(OperationRule));

        /// <summary>The rules data class, <c>{Stem}ModelRules</c>.</summary>
        public static string EmitData(ShapeIndex index) => EmitData(index, GeneratedRules(index));

        /// <summary>By structure name, the partial with its attributes, for each structure that has rules or is an operation input.</summary>
        public static Dictionary<string, string> EmitAttributes(ShapeIndex index)
        {
            var rules = GeneratedRules(index);
            var inputs = new Dictionary<string, List<string>>();
            foreach (var operation in index.Operations)
            {
                if (operation.Input is not null)
                {
                    List(inputs, operation.Input).Add(operation.Name);
                }
            }

            var parts = new Dictionary<string, string>();
            foreach (var shape in index.Generated)
            {
                var shapeRules = rules.Find(r => r.Shape == shape.Name);
                if (shape.Kind == ShapeKind.Structure && (inputs.ContainsKey(shape.Name) || shapeRules is not null))
                {
                    var operations = inputs.TryGetValue(shape.Name, out var names) ? names : new List<string>();
                    parts.Add(shape.Name, EmitAttributes(index, shape, operations, shapeRules));
                }
            }

            return parts;
        }

        private static List<OperationRulesSpec> GeneratedRules(ShapeIndex index)
        {
            var generated = new HashSet<string>();
            foreach (var shape in index.Generated)
            {
                if (shape.Kind == ShapeKind.Structure)
                {
                    generated.Add(shape.Name);
                }
            }

            var rules = new List<OperationRulesSpec>();
            foreach (var set in index.Model.Rules.OperationRules)
            {
                if (generated.Contains(set.Shape) && set.Rules.Count > 0)
                {
                    rules.Add(set);
                }
            }

            return rules;
        }

        private static string EmitData(ShapeIndex index, List<OperationRulesSpec> rules)
        {
            var writer = GeneratedFile.Begin(index.Namespace);
            writer.Line("/// <summary>The operation rules of the " + DocComments.Escape(index.Model.Metadata.ServiceId) + " model's rules file, for validation at run time.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            writer.Open("internal static class " + index.RulesClass);
            writer.Line("/// <summary>Every structure's rules; pass as <c>ValidationOptions.Rules</c>.</summary>");
            writer.Open("internal static readonly global::System.Collections.Generic.IReadOnlyList<" + RulesType + "> All = new " + RulesType + "[]");
            foreach (var set in rules)
            {
                writer.Line("new " + RulesType + "(" + Literals.String(set.Shape) + ", new " + RuleType + "[]");
                writer.Line("{");
                writer.Indent();
                foreach (var rule in set.Rules)
                {
                    var properties = Properties(rule, array => "new string[] { " + array + " }");
                    writer.Line("new " + RuleType + "(" + Literals.String(rule.Id) + ", " + Kind(rule) + ", " + Severity(rule) + ")"
                        + (properties.Count == 0 ? string.Empty : " { " + string.Join(", ", properties) + " }") + ",");
                }

                writer.Outdent();
                writer.Line("}),");
            }

            writer.Close(";");
            writer.Close();
            return GeneratedFile.End(writer);
        }

        private static string EmitAttributes(ShapeIndex index, ShapeSpec shape, List<string> operations, OperationRulesSpec? rules)
        {
            var writer = GeneratedFile.Begin(index.Namespace);
            foreach (var operation in operations)
            {
                writer.Line("[" + RuntimeNames.Attribute(typeof(AwsOperationInputAttribute)) + "(" + Literals.String(operation) + ")]");
            }

            foreach (var rule in rules?.Rules ?? EquatableArray<RuleSpec>.Empty)
            {
                var arguments = new List<string> { Literals.String(rule.Id), Kind(rule) };
                if (rule.IsWarning)
                {
                    arguments.Add(nameof(AwsRuleAttribute.Severity) + " = " + Severity(rule));
                }

                arguments.AddRange(Properties(rule, array => "new[] { " + array + " }"));
                writer.Line("[" + RuntimeNames.Attribute(typeof(AwsRuleAttribute)) + "(" + string.Join(", ", arguments) + ")]");
            }

            writer.Open("partial record " + shape.TypeName);
            writer.Close();
            return GeneratedFile.End(writer);
        }

        /// <summary>
        /// The <c>Name = value</c> settings of the rule's set parts, shared by the data and the attribute
        /// (whose properties are named as <see cref="OperationRule"/>'s; a runtime test holds them equal).
        /// </summary>
        private static List<string> Properties(RuleSpec rule, System.Func<string, string> array)
        {
            var parts = new List<string>();
            void Strings(string name, EquatableArray<string> values)
            {
                if (values.Count > 0)
                {
                    var items = new List<string>();
                    foreach (var value in values)
                    {
                        items.Add(Literals.String(value));
                    }

                    parts.Add(name + " = " + array(string.Join(", ", items)));
                }
            }

            void Text(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    parts.Add(name + " = " + Literals.String(value!));
                }
            }

            Strings(nameof(OperationRule.Lists), rule.Lists);
            Text(nameof(OperationRule.NameMember), rule.NameMember);
            Text(nameof(OperationRule.Member), rule.Member);
            Text(nameof(OperationRule.ItemMember), rule.ItemMember);
            Strings(nameof(OperationRule.Members), rule.Members);
            Strings(nameof(OperationRule.Values), rule.Values);
            // The reader leaves -1 for a rule without a count.
            if (rule.Count >= 0)
            {
                parts.Add(nameof(OperationRule.Count) + " = " + rule.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            Text(nameof(OperationRule.Subject), rule.Subject);
            Text(nameof(OperationRule.Reason), rule.Reason);
            return parts;
        }

        private static string Kind(RuleSpec rule) => RuntimeNames.Member(rule.Kind);

        private static string Severity(RuleSpec rule) => RuntimeNames.Member(rule.IsWarning ? ProblemSeverity.Warning : ProblemSeverity.Error);

        private static List<string> List(Dictionary<string, List<string>> map, string key)
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = new List<string>();
                map.Add(key, list);
            }

            return list;
        }
    }
}
