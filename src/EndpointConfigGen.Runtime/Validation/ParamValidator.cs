using System.Collections.Generic;
using System.Globalization;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// Validates an untyped request value (after the CLI's conversions) against its model shape:
    /// every problem botocore's <c>ParamValidator</c> reports, in its order and wording, then what it skips
    /// (max, pattern, enum, map counts) and the operation rules.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class ParamValidator
    {
        private const string IntTypes = "<class 'int'>";
        private const string FloatTypes = "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>";

        /// <summary>Collects every problem of <paramref name="value"/>.</summary>
        /// <param name="value">The request value (a map for a structure).</param>
        /// <param name="shape">Its shape.</param>
        /// <param name="rootPath">Path of <paramref name="value"/>, e.g. <c>ProductionVariants[0]</c>; empty (or <c>input</c>) for the request itself.</param>
        /// <param name="options">What to check; null for every check without rules.</param>
        /// <returns>
        /// The problems in botocore's order (per structure: union count, missing, unknown in input order, then each
        /// member in input order, depth first); a structure's rule problems follow those of its members.
        /// </returns>
        public static IReadOnlyList<ValidationProblem> Validate(ParamNode value, SchemaShape shape, string rootPath = "", ValidationOptions? options = null)
        {
            var walk = new Walk(options ?? new ValidationOptions());
            walk.Run(value, shape, ValidationPath.Root(rootPath));
            return walk.Problems;
        }

        /// <summary>Validates and throws a <see cref="ValidationException"/> carrying the errors (warnings are not thrown) if there are any.</summary>
        /// <returns>The warnings.</returns>
        public static IReadOnlyList<ValidationProblem> ThrowIfInvalid(ParamNode value, SchemaShape shape, string rootPath = "", ValidationOptions? options = null)
        {
            var problems = Validate(value, shape, rootPath, options);
            if (problems.Count == 0)
            {
                // The usual case, on every request a client sends: nothing more to allocate.
                return problems;
            }

            var errors = new List<ValidationProblem>();
            var warnings = new List<ValidationProblem>();
            foreach (var problem in problems)
            {
                (problem.Severity == ProblemSeverity.Error ? errors : warnings).Add(problem);
            }

            if (errors.Count > 0)
            {
                throw new ValidationException(errors);
            }

            return warnings;
        }

        /// <summary>One validation run: an explicit stack instead of recursion, so any depth is safe.</summary>
        private sealed class Walk
        {
            private readonly ValidationOptions _options;
            private readonly Stack<Work> _stack = new Stack<Work>();

            public Walk(ValidationOptions options)
            {
                _options = options;
            }

            public List<ValidationProblem> Problems { get; } = new List<ValidationProblem>();

            private bool Constraints => !_options.StructuralOnly;

            private bool Extended => !_options.StructuralOnly && !_options.BotocoreOnly;

            public void Run(ParamNode value, SchemaShape shape, ValidationPath path)
            {
                _stack.Push(new Work(value, shape, path, null));
                while (_stack.Count > 0)
                {
                    var work = _stack.Pop();
                    if (work.Rules != null)
                    {
                        RuleChecker.Apply(work.Rules, work.Node, work.Path.Raw(), Problems);
                    }
                    else
                    {
                        Visit(work.Node, work.Shape!, work.Path);
                    }
                }
            }

            private void Visit(ParamNode node, SchemaShape shape, ValidationPath path)
            {
                switch (shape.Kind)
                {
                    case SchemaKind.Structure: VisitStructure(node, shape, path); break;
                    case SchemaKind.List: VisitList(node, shape, path); break;
                    case SchemaKind.Map: VisitMap(node, shape, path); break;
                    case SchemaKind.String:
                    case SchemaKind.Enum: VisitString(node, shape, path); break;
                    case SchemaKind.Integer:
                    case SchemaKind.Long: VisitNumber(node, shape, path, IntTypes); break;
                    case SchemaKind.Float:
                    case SchemaKind.Double: VisitNumber(node, shape, path, FloatTypes); break;
                    case SchemaKind.Boolean:
                        CheckType(node, path, node.Kind == ParamNodeKind.Boolean, "<class 'bool'>");
                        break;
                    case SchemaKind.Timestamp:
                        // botocore's type check is whether its timestamp parser reads the value.
                        CheckType(node, path, (node.Kind == ParamNodeKind.String || node.Kind == ParamNodeKind.Number) && BotocoreTimestamp.TryParse(node.Text, out _), "<class 'datetime.datetime'>, timestamp-string");
                        break;
                    case SchemaKind.Blob: VisitBlob(node, shape, path); break;

                    // A document takes any JSON value.
                    default: break;
                }
            }

            private void VisitStructure(ParamNode node, SchemaShape shape, ValidationPath path)
            {
                if (!CheckType(node, path, node.Kind == ParamNodeKind.Map, "<class 'dict'>"))
                {
                    return;
                }

                var entries = PythonValue.DistinctEntries(node);
                if (shape.IsUnion && Constraints && entries.Count != 1)
                {
                    Report(ProblemKind.UnionMemberCount, UnionMessage(shape, path.ToString(), entries.Count == 0), path, node);
                }

                // Index loops over the read-only lists here: foreach would box an enumerator per structure validated.
                for (int m = 0; m < shape.Members.Count; m++)
                {
                    var member = shape.Members[m];
                    if (member.Required && !Contains(entries, member.Name))
                    {
                        Report(ProblemKind.MissingRequired, "Missing required parameter in " + path + ": \"" + member.Name + "\"", path, node, member.Name);
                    }
                }

                for (int e = 0; e < entries.Count; e++)
                {
                    var entry = entries[e];
                    if (shape.Member(entry.Key) is null)
                    {
                        string message = "Unknown parameter in " + path + ": \"" + entry.Key + "\", must be one of: " + MemberNames(shape);
                        Report(ProblemKind.UnknownMember, message, path, entry.Value, entry.Key, entry.KeyOffset);
                    }
                }

                if (Extended)
                {
                    for (int r = 0; r < _options.Rules.Count; r++)
                    {
                        var rules = _options.Rules[r];
                        if (rules.Shape == shape.Name)
                        {
                            _stack.Push(new Work(node, null, path, rules));
                        }
                    }
                }

                // Known members, visited in input order (pushed last to first); no list of them is built.
                for (int i = entries.Count - 1; i >= 0; i--)
                {
                    if (shape.Member(entries[i].Key) is { } member)
                    {
                        _stack.Push(new Work(entries[i].Value, member.Target, path.Member(entries[i].Key), null));
                    }
                }
            }

            private void VisitList(ParamNode node, SchemaShape shape, ValidationPath path)
            {
                if (!CheckType(node, path, node.Kind == ParamNodeKind.List, "<class 'list'>, <class 'tuple'>"))
                {
                    return;
                }

                CheckLength(node, shape, path, node.Items.Count, true);
                for (int i = node.Items.Count - 1; i >= 0 && shape.Item != null; i--)
                {
                    _stack.Push(new Work(node.Items[i], shape.Item, path.Index(i), null));
                }
            }

            private void VisitMap(ParamNode node, SchemaShape shape, ValidationPath path)
            {
                if (!CheckType(node, path, node.Kind == ParamNodeKind.Map, "<class 'dict'>"))
                {
                    return;
                }

                var entries = PythonValue.DistinctEntries(node);

                // botocore checks no map count.
                CheckLength(node, shape, path, entries.Count, false);

                // Per entry the key first, then the value: pushed in reverse.
                for (int i = entries.Count - 1; i >= 0; i--)
                {
                    var entry = entries[i];
                    if (shape.Value != null)
                    {
                        _stack.Push(new Work(entry.Value, shape.Value, path.Member(entry.Key), null));
                    }

                    if (shape.Key != null)
                    {
                        _stack.Push(new Work(ParamNode.String(entry.Key, false, entry.KeyOffset), shape.Key, path.Key(entry.Key), null));
                    }
                }
            }

            private void VisitString(ParamNode node, SchemaShape shape, ValidationPath path)
            {
                if (!CheckType(node, path, node.Kind == ParamNodeKind.String, "<class 'str'>"))
                {
                    return;
                }

                string text = node.Text;
                CheckLength(node, shape, path, CodePoints(text), true);
                if (!Extended)
                {
                    return;
                }

                if (shape.Pattern != null && !ModelPattern.IsMatch(shape.Pattern, text))
                {
                    Report(ProblemKind.Pattern, "Invalid value for parameter " + path + ", value: " + text + ", valid pattern: " + shape.Pattern, path, node);
                }

                if (shape.Kind == SchemaKind.Enum && !_options.AllowUnknownEnumValues && !shape.IsEnumValue(text))
                {
                    var closest = EnumSuggestions.Closest(text, shape.EnumValues);
                    string known = shape.EnumValues.Count <= 10
                        ? "valid values: " + string.Join(", ", shape.EnumValues)
                        : "not one of the " + shape.EnumValues.Count.ToString(CultureInfo.InvariantCulture) + " known " + shape.Name + " values; closest: " + string.Join(", ", closest);
                    var problem = new ValidationProblem(ProblemKind.UnknownEnumValue, "Invalid value for parameter " + path + ", value: " + text + ", " + known, path.ToString(), node, suggestions: closest);
                    Problems.Add(problem);
                }
            }

            private void VisitNumber(ParamNode node, SchemaShape shape, ValidationPath path, string validTypes)
            {
                // Python's bool is an int: botocore lets True/False through where a number is expected.
                bool valid = node.Kind == ParamNodeKind.Number
                    ? validTypes == FloatTypes || PythonValue.IsInt(node)
                    : node.Kind == ParamNodeKind.Boolean && _options.BotocoreOnly;
                if (!CheckType(node, path, valid, validTypes) || !Constraints)
                {
                    return;
                }

                if (shape.Min != null && NumberBound.Compare(node, shape.Min) < 0)
                {
                    Report(ProblemKind.MinValue, "Invalid value for parameter " + path + ", value: " + PythonValue.Str(node) + ", valid min value: " + PythonValue.NumberText(shape.Min), path, node);
                }

                if (Extended && shape.Max != null && NumberBound.Compare(node, shape.Max) > 0)
                {
                    Report(ProblemKind.MaxValue, "Invalid value for parameter " + path + ", value: " + PythonValue.Str(node) + ", valid max value: " + PythonValue.NumberText(shape.Max), path, node);
                    return;
                }

                // Python's numbers are unbounded; the typed model's int, long and double are not. A JSON value they
                // cannot hold (which shorthand's conversion already refuses) is a range problem, not a failed bind.
                if (Extended && node.Kind == ParamNodeKind.Number && (shape.Min == null || NumberBound.Compare(node, shape.Min) >= 0))
                {
                    var (min, max) = TypeRange(shape.Kind);
                    if (NumberBound.Compare(node, min) < 0)
                    {
                        Report(ProblemKind.MinValue, "Invalid value for parameter " + path + ", value: " + PythonValue.Str(node) + ", valid min value: " + PythonValue.NumberText(min), path, node);
                    }
                    else if (NumberBound.Compare(node, max) > 0)
                    {
                        Report(ProblemKind.MaxValue, "Invalid value for parameter " + path + ", value: " + PythonValue.Str(node) + ", valid max value: " + PythonValue.NumberText(max), path, node);
                    }
                }
            }

            /// <summary>The values the generated property's type holds: <c>int</c>, <c>long</c>, or a finite <c>double</c>.</summary>
            private static (string Min, string Max) TypeRange(SchemaKind kind) => kind switch
            {
                SchemaKind.Integer => ("-2147483648", "2147483647"),
                SchemaKind.Long => ("-9223372036854775808", "9223372036854775807"),
                _ => ("-1.7976931348623157e+308", "1.7976931348623157e+308"),
            };

            private void VisitBlob(ParamNode node, SchemaShape shape, ValidationPath path)
            {
                // botocore takes str for bytes and checks no blob length; the CLI sends the text UTF-8 encoded.
                if (CheckType(node, path, node.Kind == ParamNodeKind.String, "<class 'bytes'>, <class 'bytearray'>, file-like object") && Extended)
                {
                    CheckLength(node, shape, path, System.Text.Encoding.UTF8.GetByteCount(node.Text), false);
                }
            }

            /// <summary>Reports a type problem unless <paramref name="valid"/>; returns <paramref name="valid"/>.</summary>
            private bool CheckType(ParamNode node, ValidationPath path, bool valid, string validTypes)
            {
                if (!valid)
                {
                    string message = "Invalid type for parameter " + path + ", value: " + PythonValue.Str(node) + ", type: " + PythonValue.TypeName(node) + ", valid types: " + validTypes;
                    Report(ProblemKind.InvalidType, message, path, node);
                }

                return valid;
            }

            /// <summary>The <c>min</c> check (botocore's too when <paramref name="botocoreChecks"/>) and the <c>max</c> check of a length or count.</summary>
            private void CheckLength(ParamNode node, SchemaShape shape, ValidationPath path, int length, bool botocoreChecks)
            {
                if (!Constraints || (!botocoreChecks && !Extended))
                {
                    return;
                }

                string shown = length.ToString(CultureInfo.InvariantCulture);
                if (shape.Min != null && NumberBound.CompareLength(length, shape.Min) < 0)
                {
                    Report(ProblemKind.MinLength, "Invalid length for parameter " + path + ", value: " + shown + ", valid min length: " + PythonValue.NumberText(shape.Min), path, node);
                }

                if (Extended && shape.Max != null && NumberBound.CompareLength(length, shape.Max) > 0)
                {
                    Report(ProblemKind.MaxLength, "Invalid length for parameter " + path + ", value: " + shown + ", valid max length: " + PythonValue.NumberText(shape.Max), path, node);
                }
            }

            private void Report(ProblemKind kind, string message, ValidationPath path, ParamNode node, string? key = null, int keyOffset = -1)
            {
                if (_options.StructuralOnly && !kind.IsStructural())
                {
                    return;
                }

                Problems.Add(new ValidationProblem(kind, message, path.ToString(), node, key, keyOffset));
            }

            private static string UnionMessage(SchemaShape shape, string name, bool empty) =>
                empty
                    // botocore's wording, missing space included, so messages match the CLI's.
                    ? "Must set one of the following keys for tagged unionstructure " + name + ": " + MemberNames(shape) + "."
                    : "Invalid number of parameters set for tagged union structure " + name + ". Can only set one of the following keys: " + MemberNames(shape) + ".";

            private static string MemberNames(SchemaShape shape)
            {
                var names = new string[shape.Members.Count];
                for (int i = 0; i < names.Length; i++)
                {
                    names[i] = shape.Members[i].Name;
                }

                return string.Join(", ", names);
            }

            private static bool Contains(IReadOnlyList<ParamEntry> entries, string key)
            {
                for (int i = 0; i < entries.Count; i++)
                {
                    if (entries[i].Key == key)
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>Python's <c>len(str)</c>: code points, a surrogate pair counting once.</summary>
            private static int CodePoints(string text)
            {
                int count = text.Length;
                for (int i = 0; i + 1 < text.Length; i++)
                {
                    if (char.IsSurrogatePair(text[i], text[i + 1]))
                    {
                        count--;
                        i++;
                    }
                }

                return count;
            }
        }

        /// <summary>A value to visit, or (with <see cref="Rules"/>) a structure whose rules are due.</summary>
        private readonly struct Work
        {
            public Work(ParamNode node, SchemaShape? shape, ValidationPath path, OperationRules? rules)
            {
                Node = node;
                Shape = shape;
                Path = path;
                Rules = rules;
            }

            public ParamNode Node { get; }

            public SchemaShape? Shape { get; }

            public ValidationPath Path { get; }

            public OperationRules? Rules { get; }
        }
    }
}
