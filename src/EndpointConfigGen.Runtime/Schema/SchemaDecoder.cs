using System;
using System.Collections.Generic;
using System.Globalization;
using E = EndpointConfigGen.Runtime.SchemaEncoding;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Builds a <see cref="SchemaModel"/> from its text (<see cref="SchemaEncoding"/>): the one reader of the
    /// model that generated code (once, on first use) and the analyzers (once per distinct text) share.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class SchemaDecoder
    {
        /// <summary>Decodes a model.</summary>
        /// <exception cref="FormatException">The text is not a model of this encoding's version.</exception>
        public static SchemaModel Decode(string encoded)
        {
            var lines = encoded.Split('\n');
            var header = Fields(lines[0]);
            if (header.Count != 2 || Text(lines[0], header[0]) != E.Version)
            {
                throw new FormatException("The model encoding is not version " + E.Version + ".");
            }

            // Shapes first, so that members and elements may refer to shapes further down.
            var shapes = new List<SchemaShape>();
            for (var i = 1; i < lines.Length; i++)
            {
                var code = lines[i].Length == 0 ? -1 : E.KindCodes.IndexOf(lines[i][0]);
                if (code >= 0)
                {
                    var name = Fields(lines[i])[0];
                    shapes.Add(new SchemaShape(E.Unescape(lines[i], name.Start + 1, name.End), (SchemaKind)code));
                }
            }

            // Then their fields, so that members see the summaries of shapes further down.
            var summaries = new Dictionary<SchemaShape, string>();
            var position = 0;
            for (var i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length > 0 && E.KindCodes.IndexOf(lines[i][0]) >= 0)
                {
                    ShapeFields(lines[i], Fields(lines[i]), shapes[position++], shapes, summaries);
                }
            }

            var operations = new List<SchemaOperation>();
            var rules = new List<OperationRules>();
            SchemaShape? current = null;
            List<OperationRule>? currentRules = null;
            position = 0;
            for (var i = 1; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Length == 0)
                {
                    continue;
                }

                var fields = Fields(line);
                switch (line[0])
                {
                    case E.MemberLine:
                        Member(line, fields, current ?? throw new FormatException("A member comes before any shape."), shapes, summaries);
                        break;
                    case E.OperationLine:
                        operations.Add(new SchemaOperation(Text(line, fields[0], 1), Optional(line, fields, 1, shapes), Optional(line, fields, 2, shapes)));
                        break;
                    case E.RulesLine:
                        currentRules = new List<OperationRule>();
                        rules.Add(new OperationRules(Shape(line, fields[0], shapes, 1).Name, currentRules));
                        break;
                    case E.RuleLine when fields.Count >= 2:
                        (currentRules ?? throw new FormatException("A rule comes before its structure.")).Add(Rule(line, fields));
                        break;
                    default:
                        current = E.KindCodes.IndexOf(line[0]) >= 0 ? shapes[position++] : throw new FormatException("A model encoding has an unknown line.");
                        break;
                }
            }

            return new SchemaModel(Text(lines[0], header[1]), shapes.ToArray(), operations, rules);
        }

        private static void ShapeFields(string line, List<Span> fields, SchemaShape shape, List<SchemaShape> shapes, Dictionary<SchemaShape, string> summaries)
        {
            List<string>? values = null;
            for (var f = 1; f < fields.Count; f++)
            {
                var field = fields[f];
                switch (Tag(line, field))
                {
                    case E.Min: shape.Min = Text(line, field, 1); break;
                    case E.Max: shape.Max = Text(line, field, 1); break;
                    case E.Pattern: shape.Pattern = Text(line, field, 1); break;
                    case E.Union: shape.IsUnion = true; break;
                    case E.TypeName: shape.TypeName = Text(line, field, 1); break;
                    case E.EnumValue: (values ??= new List<string>()).Add(Text(line, field, 1)); break;
                    case E.Item: shape.Item = Shape(line, field, shapes, 1); break;
                    case E.Key: shape.Key = Shape(line, field, shapes, 1); break;
                    case E.Value: shape.Value = Shape(line, field, shapes, 1); break;
                    case E.Summary: summaries[shape] = Text(line, field, 1); break;
                    default: throw new FormatException("A shape has an unknown field.");
                }
            }

            if (values is not null)
            {
                shape.EnumValues = values.ToArray();
            }

            if ((shape.Kind == SchemaKind.Structure || shape.Kind == SchemaKind.Enum) && shape.TypeName is null)
            {
                shape.TypeName = shape.Name;
            }
        }

        private static void Member(string line, List<Span> fields, SchemaShape shape, List<SchemaShape> shapes, Dictionary<SchemaShape, string> summaries)
        {
            var target = fields.Count >= 2 ? Shape(line, fields[1], shapes, 0) : throw new FormatException("A member has no target.");
            var required = false;
            string? property = null;
            string? summary = summaries.TryGetValue(target, out var inherited) ? inherited : null;
            for (var f = 2; f < fields.Count; f++)
            {
                var field = fields[f];
                switch (Tag(line, field))
                {
                    case E.Required: required = true; break;
                    case E.Property: property = Text(line, field, 1); break;
                    case E.Summary: summary = Text(line, field, 1); break;
                    default: throw new FormatException("A member has an unknown field.");
                }
            }

            shape.Add(Text(line, fields[0], 1), target, required, summary?.Length == 0 ? null : summary, property);
        }

        private static OperationRule Rule(string line, List<Span> fields)
        {
            var warning = false;
            for (var f = 2; f < fields.Count; f++)
            {
                warning |= Tag(line, fields[f]) == E.Warning;
            }

            var kind = Text(line, fields[1]);
            var rule = new OperationRule(
                Text(line, fields[0], 1),
                Enum.IsDefined(typeof(OperationRuleKind), kind) ? (OperationRuleKind)Enum.Parse(typeof(OperationRuleKind), kind) : throw new FormatException("Unknown rule kind " + kind + "."),
                warning ? ProblemSeverity.Warning : ProblemSeverity.Error);
            List<string>? lists = null, members = null, values = null;
            for (var f = 2; f < fields.Count; f++)
            {
                var field = fields[f];
                switch (Tag(line, field))
                {
                    case E.Warning: break;
                    case E.Lists: (lists ??= new List<string>()).Add(Text(line, field, 1)); break;
                    case E.NameMember: rule.NameMember = Text(line, field, 1); break;
                    case E.Member: rule.Member = Text(line, field, 1); break;
                    case E.ItemMember: rule.ItemMember = Text(line, field, 1); break;
                    case E.Members: (members ??= new List<string>()).Add(Text(line, field, 1)); break;
                    case E.Values: (values ??= new List<string>()).Add(Text(line, field, 1)); break;
                    case E.Count: rule.Count = int.TryParse(Text(line, field, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : throw new FormatException("A rule count is not a number."); break;
                    case E.Subject: rule.Subject = Text(line, field, 1); break;
                    case E.Reason: rule.Reason = Text(line, field, 1); break;
                    default: throw new FormatException("A rule has an unknown field.");
                }
            }

            if (lists is not null)
            {
                rule.Lists = lists;
            }

            if (members is not null)
            {
                rule.Members = members;
            }

            if (values is not null)
            {
                rule.Values = values;
            }

            return rule;
        }

        private static SchemaShape? Optional(string line, List<Span> fields, int index, List<SchemaShape> shapes) =>
            index < fields.Count && fields[index].End > fields[index].Start ? Shape(line, fields[index], shapes, 0) : null;

        private static SchemaShape Shape(string line, Span field, List<SchemaShape> shapes, int skip)
        {
            var position = 0;
            for (var i = field.Start + skip; i < field.End; i++)
            {
                var digit = line[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    throw new FormatException("A shape position is not a number.");
                }

                position = (position * 10) + digit;
                if (position >= shapes.Count)
                {
                    throw new FormatException("A shape position is out of range.");
                }
            }

            return position < shapes.Count && field.End > field.Start + skip ? shapes[position] : throw new FormatException("A shape position is out of range.");
        }

        /// <summary>A tagged field's tag; none for an empty field.</summary>
        private static char Tag(string line, Span field) => field.End > field.Start ? line[field.Start] : '\0';

        private static string Text(string line, Span field, int skip = 0) => E.Unescape(line, field.Start + skip, field.End);

        /// <summary>Where each field of a line starts and ends; a line has at least one.</summary>
        private static List<Span> Fields(string line)
        {
            var fields = new List<Span>();
            var start = 0;
            while (true)
            {
                var end = line.IndexOf(E.Field, start);
                fields.Add(new Span(start, end < 0 ? line.Length : end));
                if (end < 0)
                {
                    return fields;
                }

                start = end + 1;
            }
        }

        private readonly struct Span
        {
            public Span(int start, int end)
            {
                Start = start;
                End = end;
            }

            public int Start { get; }

            public int End { get; }
        }
    }
}
