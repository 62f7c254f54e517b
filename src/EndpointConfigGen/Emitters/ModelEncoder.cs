using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;
using E = EndpointConfigGen.Runtime.SchemaEncoding;

namespace EndpointConfigGen.Emitters
{
    /// <summary>
    /// Writes one shape file's generated shapes, operations and operation rules in the text form the
    /// runtime's <see cref="SchemaDecoder"/> reads (format: <see cref="SchemaEncoding"/>): the only copy of
    /// those facts in generated source, read by generated code and the analyzers alike.
    /// </summary>
    internal static class ModelEncoder
    {
        public static string Encode(ShapeIndex index)
        {
            var text = new StringBuilder();
            text.Append(E.Version).Append(E.Field).Append(E.Escape(index.Model.Metadata.ServiceId));
            var fallbacks = FallbackSummaries(index);
            foreach (var shape in index.Generated)
            {
                Shape(text, index, shape, fallbacks);
            }

            foreach (var operation in index.Operations)
            {
                text.Append('\n').Append(E.OperationLine).Append(E.Escape(operation.Name))
                    .Append(E.Field).Append(operation.Input is null ? string.Empty : Position(index, operation.Input))
                    .Append(E.Field).Append(operation.Output is null ? string.Empty : Position(index, operation.Output));
            }

            foreach (var set in index.Model.Rules.OperationRules)
            {
                if (set.Rules.Count > 0 && IsGeneratedStructure(index, set.Shape))
                {
                    text.Append('\n').Append(E.RulesLine).Append(Position(index, set.Shape));
                    foreach (var rule in set.Rules)
                    {
                        Rule(text, rule);
                    }
                }
            }

            return text.ToString();
        }

        private static void Shape(StringBuilder text, ShapeIndex index, ShapeSpec shape, Dictionary<string, string> fallbacks)
        {
            text.Append('\n').Append(E.KindCodes[(int)shape.Kind]).Append(E.Escape(shape.Name));
            Tagged(text, E.Min, shape.Min);
            Tagged(text, E.Max, shape.Max);
            Tagged(text, E.Pattern, shape.Pattern);
            if (shape.IsUnion)
            {
                text.Append(E.Field).Append(E.Union);
            }

            var typeName = shape.TypeName.TrimStart('@');
            if (shape.Kind is SchemaKind.Structure or SchemaKind.Enum && typeName != shape.Name)
            {
                Tagged(text, E.TypeName, typeName);
            }

            foreach (var value in shape.EnumValues)
            {
                Tagged(text, E.EnumValue, value);
            }

            Tagged(text, E.Item, shape.Kind == SchemaKind.List ? Position(index, shape.ListMember!) : null);
            Tagged(text, E.Key, shape.Kind == SchemaKind.Map ? Position(index, shape.MapKey!) : null);
            Tagged(text, E.Value, shape.Kind == SchemaKind.Map ? Position(index, shape.MapValue!) : null);
            Tagged(text, E.Summary, fallbacks.TryGetValue(shape.Name, out var summary) ? summary : null);
            if (shape.Kind != SchemaKind.Structure)
            {
                return;
            }

            foreach (var member in shape.Members)
            {
                text.Append('\n').Append(E.MemberLine).Append(E.Escape(member.Name)).Append(E.Field).Append(Position(index, member.Target));
                if (member.Required)
                {
                    text.Append(E.Field).Append(E.Required);
                }

                var property = member.Property.TrimStart('@');
                if (property != member.Name)
                {
                    Tagged(text, E.Property, property);
                }

                var own = Summary(member.Documentation ?? index.Shape(member.Target).Documentation);
                var inherited = fallbacks.TryGetValue(member.Target, out var targetSummary) ? targetSummary : null;
                if (own != inherited)
                {
                    Tagged(text, E.Summary, own ?? string.Empty);
                }
            }
        }

        /// <summary>
        /// A member's skeleton comment is its own documentation's first sentence, else its shape's. The shape's goes
        /// into the encoding once, for the shapes some member without documentation of its own falls back to.
        /// </summary>
        private static Dictionary<string, string> FallbackSummaries(ShapeIndex index)
        {
            var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var shape in index.Generated)
            {
                foreach (var member in shape.Members)
                {
                    if (member.Documentation is null && !summaries.ContainsKey(member.Target) && Summary(index.Shape(member.Target).Documentation) is { } summary)
                    {
                        summaries.Add(member.Target, summary);
                    }
                }
            }

            return summaries;
        }

        private static string? Summary(string? documentation)
        {
            var summary = DocOverview.FirstSentence(documentation ?? string.Empty);
            return string.IsNullOrWhiteSpace(summary) ? null : summary;
        }

        private static void Rule(StringBuilder text, RuleSpec rule)
        {
            text.Append('\n').Append(E.RuleLine).Append(E.Escape(rule.Id)).Append(E.Field).Append(rule.Kind.ToString());
            if (rule.IsWarning)
            {
                text.Append(E.Field).Append(E.Warning);
            }

            foreach (var list in rule.Lists)
            {
                Tagged(text, E.Lists, list);
            }

            Tagged(text, E.NameMember, Set(rule.NameMember));
            Tagged(text, E.Member, Set(rule.Member));
            Tagged(text, E.ItemMember, Set(rule.ItemMember));
            foreach (var member in rule.Members)
            {
                Tagged(text, E.Members, member);
            }

            foreach (var value in rule.Values)
            {
                Tagged(text, E.Values, value);
            }

            Tagged(text, E.Count, rule.Count?.ToString(CultureInfo.InvariantCulture));
            Tagged(text, E.Subject, Set(rule.Subject));
            Tagged(text, E.Reason, Set(rule.Reason));
        }

        /// <summary>A rule's text setting; an empty one is written as unset, as an absent one is.</summary>
        private static string? Set(string? value) => string.IsNullOrEmpty(value) ? null : value;

        private static bool IsGeneratedStructure(ShapeIndex index, string name)
        {
            foreach (var shape in index.Generated)
            {
                if (shape.Name == name)
                {
                    return shape.Kind == SchemaKind.Structure;
                }
            }

            return false;
        }

        private static string Position(ShapeIndex index, string shapeName) => index.Position(shapeName).ToString(CultureInfo.InvariantCulture);

        /// <summary>A tag and its value; nothing for a missing value.</summary>
        private static void Tagged(StringBuilder text, char tag, string? value)
        {
            if (value is not null)
            {
                text.Append(E.Field).Append(tag).Append(E.Escape(value));
            }
        }
    }
}
