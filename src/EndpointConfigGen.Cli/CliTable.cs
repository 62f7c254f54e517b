using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Prints a response as the AWS CLI v1's <c>--output table</c> does when stdout is not a terminal
    /// (awscli's <c>TableFormatter</c> with no colour and the 80 columns it assumes without a terminal):
    /// scalars of a mapping sorted by key in a titled section, nested values in indented sections under
    /// their key, a list of mappings as one row per mapping.
    /// </summary>
    internal static class CliTable
    {
        // determine_terminal_width's default when stdout is not a terminal: wider tables are turned vertical.
        private const int TerminalWidth = 80;

        private static readonly Comparer<string> PythonOrder = Comparer<string>.Create(CompareCodePoints);

        /// <summary>What the CLI writes for the (already queried) response under the operation's name; nothing for a falsy response.</summary>
        /// <exception cref="CliException">The CLI fails on the response's shape (rows of different lengths, a list of mappings holding other values).</exception>
        public static string Format(JsonElement response, string title)
        {
            if (IsFalsy(response))
            {
                return string.Empty;
            }

            var builder = new Builder();
            builder.Build(title, response, 0);
            return Render(builder.Sections);
        }

        private static string Render(List<Section> sections)
        {
            var width = sections.Max(s => s.TotalWidth);
            if (width > TerminalWidth)
            {
                // Only single-row sections turn, into one header/value row per column.
                for (var i = 0; i < sections.Count; i++)
                {
                    if (sections[i].Rows.Count == 1 && sections[i].Headers.Count > 0)
                    {
                        sections[i] = sections[i].Vertical();
                    }
                }

                width = sections.Max(s => s.TotalWidth);
            }

            var text = new StringBuilder().Append('-', width).Append('\n');
            foreach (var section in sections)
            {
                RenderSection(section, width, text);
            }

            return text.ToString();
        }

        private static void RenderSection(Section section, int width, StringBuilder text)
        {
            void Line(string content) =>
                text.Append('|', section.Indent).Append(content).Append('|', section.Indent).Append('\n');

            var inner = width - (2 * section.Indent);
            if (!string.IsNullOrEmpty(section.Title))
            {
                Line(Center(section.Title, inner, "|", "|"));
                if (section.Headers.Count == 0 && section.Rows.Count == 0)
                {
                    Line("+" + new string('-', inner - 2) + "+");
                }
            }

            if (section.Headers.Count > 0)
            {
                var widths = section.ColumnWidths(inner);
                Line(Border(widths));
                Line(Cells(section.Headers, widths, Center));
            }

            if (section.Rows.Count > 0)
            {
                var widths = section.ColumnWidths(inner);
                if (widths.Count == 0)
                {
                    return;
                }

                Line(Border(widths));
                foreach (var row in section.Rows)
                {
                    Line(Cells(row, widths, AlignLeft));
                }

                Line(Border(widths));
            }
        }

        // Each cell brings its right edge; the first also brings the left one.
        private static string Cells(List<string> cells, List<int> widths, Func<string, int, string, string, string> cell) =>
            string.Concat(widths.Zip(cells).Select((pair, i) => cell(pair.Second, pair.First, i == 0 ? "|" : string.Empty, "|")));

        private static string Border(List<int> widths) =>
            string.Concat(widths.Select((w, i) => i == 0 ? "+" + new string('-', w - 2) + "+" : new string('-', w - 1) + "+"));

        private static string Center(string text, int length, string left, string right)
        {
            var textLength = TextLength(text);
            var start = (length / 2) - (textLength / 2) - 1;
            var used = TextLength(left) + start + textLength;
            return left + new string(' ', start) + text + new string(' ', length - TextLength(right) - used) + right;
        }

        private static string AlignLeft(string text, int length, string left, string right)
        {
            var textLength = TextLength(text);
            var padding = length - (textLength + 2 + TextLength(left) + TextLength(right)) >= 0 ? 2 : 0;
            var used = left.Length + padding + textLength;
            return left + new string(' ', padding) + text + new string(' ', length - used - right.Length) + right;
        }

        /// <summary>Columns as the terminal counts them: East Asian wide, fullwidth and ambiguous characters take two.</summary>
        private static int TextLength(string text)
        {
            var length = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                length += IsWide(rune.Value) ? 2 : 1;
            }

            return length;
        }

        private static bool IsWide(int codePoint)
        {
            var index = Array.BinarySearch(WideBounds, codePoint);
            var boundsAtOrBelow = index >= 0 ? index + 1 : ~index;
            return boundsAtOrBelow % 2 == 1;
        }

        private static bool IsScalar(JsonElement value) => value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);

        private static bool IsFalsy(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.False => true,
            JsonValueKind.String => value.GetString()!.Length == 0,
            JsonValueKind.Number => double.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture) == 0,
            JsonValueKind.Array => value.GetArrayLength() == 0,
            JsonValueKind.Object => !value.EnumerateObject().Any(),
            _ => false,
        };

        // Python's str(): a scalar as the CLI shows it (numbers keep the response's text), a container as repr().
        private static string Str(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            JsonValueKind.Null => "None",
            JsonValueKind.Number => value.GetRawText(),
            _ => Repr(value),
        };

        private static string Repr(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => PythonRepr.Of(value.GetString()!),
            JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Repr)) + "]",
            JsonValueKind.Object => "{" + string.Join(", ", PythonDict.Of(value).Entries.Select(e => PythonRepr.Of(e.Key) + ": " + Repr(e.Value))) + "}",
            _ => Str(value),
        };

        private static string TypeName(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => "str",
            JsonValueKind.Number => value.GetRawText().IndexOfAny(['.', 'e', 'E']) >= 0 ? "float" : "int",
            JsonValueKind.True or JsonValueKind.False => "bool",
            JsonValueKind.Array => "list",
            JsonValueKind.Object => "dict",
            _ => "NoneType",
        };

        private static int CompareCodePoints(string a, string b)
        {
            var shared = Math.Min(a.Length, b.Length);
            for (var i = 0; i < shared; i++)
            {
                if (a[i] != b[i])
                {
                    return CodePointRank(a[i]) - CodePointRank(b[i]);
                }
            }

            return a.Length - b.Length;
        }

        // Python sorts by code point; UTF-16 ranks surrogate pairs (above U+FFFF) below U+E000-U+FFFF.
        private static int CodePointRank(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;

        /// <summary>A JSON object as the dict <c>json.loads</c> makes: a repeated key keeps its first position and its last value.</summary>
        private sealed class PythonDict
        {
            private readonly List<string> _keys = new();
            private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);

            public IReadOnlyList<string> Keys => _keys;

            public IEnumerable<KeyValuePair<string, JsonElement>> Entries => _keys.Select(k => new KeyValuePair<string, JsonElement>(k, _values[k]));

            public JsonElement this[string key] => _values[key];

            public static PythonDict Of(JsonElement value)
            {
                var dict = new PythonDict();
                foreach (var property in value.EnumerateObject())
                {
                    if (!dict._values.ContainsKey(property.Name))
                    {
                        dict._keys.Add(property.Name);
                    }

                    dict._values[property.Name] = property.Value;
                }

                return dict;
            }

            public bool TryGetValue(string key, out JsonElement value) => _values.TryGetValue(key, out value);

            /// <summary>The keys of scalar values (the row) and of containers (the nested sections), each sorted.</summary>
            public (List<string> Scalars, List<string> Nested) GroupKeys()
            {
                var scalars = _keys.Where(k => IsScalar(_values[k])).ToList();
                var nested = _keys.Where(k => !IsScalar(_values[k])).ToList();
                scalars.Sort(PythonOrder);
                nested.Sort(PythonOrder);
                return (scalars, nested);
            }
        }

        /// <summary>Walks the response into sections; new rows always go to the latest section.</summary>
        private sealed class Builder
        {
            public List<Section> Sections { get; } = new();

            private Section Current => Sections[^1];

            public void Build(string? title, JsonElement current, int indent)
            {
                if (IsFalsy(current))
                {
                    return;
                }

                if (title is not null)
                {
                    Sections.Add(new Section(title, indent));
                }

                if (current.ValueKind == JsonValueKind.Array)
                {
                    BuildFromList(current.EnumerateArray().ToList(), indent, title);
                }
                else if (current.ValueKind == JsonValueKind.Object)
                {
                    BuildFromDict(PythonDict.Of(current), indent);
                }
            }

            private void BuildFromList(List<JsonElement> items, int indent, string? title)
            {
                if (items[0].ValueKind == JsonValueKind.Object)
                {
                    BuildFromDicts(items, indent, title);
                    return;
                }

                foreach (var item in items)
                {
                    if (IsScalar(item))
                    {
                        Current.AddRow([Str(item)]);
                    }
                    else if (item.ValueKind == JsonValueKind.Object)
                    {
                        // The CLI takes a mapping here for a row of scalars: its keys, in their order.
                        Current.AddRow([.. PythonDict.Of(item).Keys]);
                    }
                    else if (item.EnumerateArray().All(IsScalar))
                    {
                        Current.AddRow([.. item.EnumerateArray().Select(Str)]);
                    }
                    else
                    {
                        // Untitled: its rows join the latest section, at the top level's indent.
                        Build(null, item, 0);
                    }
                }
            }

            private void BuildFromDict(PythonDict dict, int indent)
            {
                var (scalars, nested) = dict.GroupKeys();
                if (scalars.Count == 1)
                {
                    Current.AddRow([scalars[0], Str(dict[scalars[0]])]);
                }
                else if (scalars.Count > 0)
                {
                    Current.AddHeader(scalars);
                    Current.AddRow([.. scalars.Select(k => Str(dict[k]))]);
                }

                foreach (var key in nested)
                {
                    Build(key, dict[key], indent + 1);
                }
            }

            // One header row for the union of the mappings' scalar keys; when any has nested values, each
            // mapping after the first starts a new section of the same title so its nested sections follow it.
            private void BuildFromDicts(List<JsonElement> items, int indent, string? title)
            {
                var scalarKeys = new SortedSet<string>(PythonOrder);
                var nestedKeys = new SortedSet<string>(PythonOrder);
                var dicts = new List<PythonDict?>();
                foreach (var item in items)
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        CheckReadableAsDict(item);
                        dicts.Add(null);
                        continue;
                    }

                    var dict = PythonDict.Of(item);
                    var (scalars, nested) = dict.GroupKeys();
                    scalarKeys.UnionWith(scalars);
                    nestedKeys.UnionWith(nested);
                    dicts.Add(dict);
                }

                var headers = scalarKeys.ToList();
                Current.AddHeader(headers);
                for (var i = 0; i < dicts.Count; i++)
                {
                    if (i > 0 && nestedKeys.Count > 0)
                    {
                        Sections.Add(new Section(title, indent));
                        Current.AddHeader(headers);
                    }

                    var dict = dicts[i];
                    if (dict is null)
                    {
                        AddEmptyItemRow(items[i], headers, nestedKeys);
                        continue;
                    }

                    // A key may hold a scalar in one mapping and a container in another: a cell shows either.
                    Current.AddRow([.. headers.Select(k => dict.TryGetValue(k, out var value) ? Str(value) : string.Empty)]);
                    foreach (var key in nestedKeys)
                    {
                        if (dict.TryGetValue(key, out var value))
                        {
                            Build(key, value, indent + 1);
                        }
                    }
                }
            }

            // An empty string or list that got past CheckReadableAsDict: it has no .get for a header cell,
            // and it holds no key, except that "" is in "" and then fails to index it.
            private void AddEmptyItemRow(JsonElement item, List<string> headers, SortedSet<string> nestedKeys)
            {
                if (headers.Count > 0)
                {
                    throw new CliException("'" + TypeName(item) + "' object has no attribute 'get'");
                }

                Current.AddRow([]);
                if (item.ValueKind == JsonValueKind.String && nestedKeys.Contains(string.Empty))
                {
                    throw new CliException("string indices must be integers, not 'str'");
                }
            }

            // Python first reads every item as a mapping; empty strings and lists survive that. Lists led
            // by an int (which Python can index) are reported as if they could not be indexed.
            private static void CheckReadableAsDict(JsonElement item)
            {
                switch (item.ValueKind)
                {
                    case JsonValueKind.String when item.GetString()!.Length > 0:
                        throw new CliException("string indices must be integers, not 'str'");
                    case JsonValueKind.Array when item.GetArrayLength() > 0:
                        throw new CliException("list indices must be integers or slices, not " + TypeName(item[0]));
                    case JsonValueKind.String or JsonValueKind.Array:
                        return;
                    default:
                        throw new CliException("'" + TypeName(item) + "' object is not iterable");
                }
            }
        }

        private sealed class Section
        {
            private int? _columns;
            private List<int> _maxWidths = new();

            public Section(string? title, int indent)
            {
                Title = title;
                Indent = indent;
            }

            /// <summary>Null for the later sections of an untitled list of mappings; it is not shown but is measured as "None".</summary>
            public string? Title { get; }

            public int Indent { get; }

            public List<string> Headers { get; private set; } = new();

            public List<List<string>> Rows { get; } = new();

            public int TotalWidth => Math.Max(
                TextLength(Title ?? "None") + 2 + (2 * Indent),
                _maxWidths.Sum(w => w + 4) + 2 + (2 * Indent));

            public void AddHeader(List<string> headers)
            {
                UpdateMaxWidths(headers);
                _columns ??= headers.Count;
                Headers = headers;
            }

            public void AddRow(List<string> row)
            {
                _columns ??= row.Count;
                if (row.Count != _columns)
                {
                    throw new CliException("Row should have " + _columns.Value.ToString(CultureInfo.InvariantCulture) + " elements, instead it has " + row.Count.ToString(CultureInfo.InvariantCulture));
                }

                Rows.Add(row);
                UpdateMaxWidths(row);
            }

            public Section Vertical()
            {
                var vertical = new Section(Title, Indent);
                foreach (var (header, cell) in Headers.Zip(Rows[0]))
                {
                    vertical.AddRow([header, cell]);
                }

                return vertical;
            }

            /// <summary>The columns' natural widths plus padding, scaled to fill <paramref name="width"/> exactly.</summary>
            public List<int> ColumnWidths(int width)
            {
                var natural = _maxWidths.Select(w => w + 4).ToList();
                if (natural.Count == 0)
                {
                    return natural;
                }

                var scale = width / (double)natural.Sum();

                // Math.Round rounds half to even, as Python's round() does.
                var scaled = natural.Select(w => (int)Math.Round(scale * w)).ToList();
                var offBy = scaled.Sum() - width;
                while (offBy != 0)
                {
                    // Rounding error is taken off the first columns and given to the last ones.
                    var shrink = offBy > 0;
                    for (var n = 0; n < scaled.Count && offBy != 0; n++)
                    {
                        var i = shrink ? n : scaled.Count - 1 - n;
                        scaled[i] += shrink ? -1 : 1;
                        offBy += shrink ? -1 : 1;
                    }
                }

                return scaled;
            }

            private void UpdateMaxWidths(List<string> cells)
            {
                if (_maxWidths.Count == 0)
                {
                    _maxWidths = cells.Select(TextLength).ToList();
                    return;
                }

                for (var i = 0; i < cells.Count; i++)
                {
                    if (i >= _maxWidths.Count)
                    {
                        throw new CliException("list index out of range");
                    }

                    _maxWidths[i] = Math.Max(TextLength(cells[i]), _maxWidths[i]);
                }
            }
        }

        // Where Python 3.11's unicodedata (Unicode 14.0) changes between narrow and wide (east_asian_width
        // W, F or A; CPython reports unassigned code points as F): a code point is wide when an odd number
        // of bounds is at or below it.
        private static readonly int[] WideBounds =
        {
            0xA1, 0xA2, 0xA4, 0xA5, 0xA7, 0xA9, 0xAA, 0xAB, 0xAD, 0xAF, 0xB0, 0xB5,
            0xB6, 0xBB, 0xBC, 0xC0, 0xC6, 0xC7, 0xD0, 0xD1, 0xD7, 0xD9, 0xDE, 0xE2,
            0xE6, 0xE7, 0xE8, 0xEB, 0xEC, 0xEE, 0xF0, 0xF1, 0xF2, 0xF4, 0xF7, 0xFB,
            0xFC, 0xFD, 0xFE, 0xFF, 0x101, 0x102, 0x111, 0x112, 0x113, 0x114, 0x11B, 0x11C,
            0x126, 0x128, 0x12B, 0x12C, 0x131, 0x134, 0x138, 0x139, 0x13F, 0x143, 0x144, 0x145,
            0x148, 0x14C, 0x14D, 0x14E, 0x152, 0x154, 0x166, 0x168, 0x16B, 0x16C, 0x1CE, 0x1CF,
            0x1D0, 0x1D1, 0x1D2, 0x1D3, 0x1D4, 0x1D5, 0x1D6, 0x1D7, 0x1D8, 0x1D9, 0x1DA, 0x1DB,
            0x1DC, 0x1DD, 0x251, 0x252, 0x261, 0x262, 0x2C4, 0x2C5, 0x2C7, 0x2C8, 0x2C9, 0x2CC,
            0x2CD, 0x2CE, 0x2D0, 0x2D1, 0x2D8, 0x2DC, 0x2DD, 0x2DE, 0x2DF, 0x2E0, 0x300, 0x370,
            0x378, 0x37A, 0x380, 0x384, 0x38B, 0x38C, 0x38D, 0x38E, 0x391, 0x3AA, 0x3B1, 0x3C2,
            0x3C3, 0x3CA, 0x401, 0x402, 0x410, 0x450, 0x451, 0x452, 0x530, 0x531, 0x557, 0x559,
            0x58B, 0x58D, 0x590, 0x591, 0x5C8, 0x5D0, 0x5EB, 0x5EF, 0x5F5, 0x600, 0x70E, 0x70F,
            0x74B, 0x74D, 0x7B2, 0x7C0, 0x7FB, 0x7FD, 0x82E, 0x830, 0x83F, 0x840, 0x85C, 0x85E,
            0x85F, 0x860, 0x86B, 0x870, 0x88F, 0x890, 0x892, 0x898, 0x984, 0x985, 0x98D, 0x98F,
            0x991, 0x993, 0x9A9, 0x9AA, 0x9B1, 0x9B2, 0x9B3, 0x9B6, 0x9BA, 0x9BC, 0x9C5, 0x9C7,
            0x9C9, 0x9CB, 0x9CF, 0x9D7, 0x9D8, 0x9DC, 0x9DE, 0x9DF, 0x9E4, 0x9E6, 0x9FF, 0xA01,
            0xA04, 0xA05, 0xA0B, 0xA0F, 0xA11, 0xA13, 0xA29, 0xA2A, 0xA31, 0xA32, 0xA34, 0xA35,
            0xA37, 0xA38, 0xA3A, 0xA3C, 0xA3D, 0xA3E, 0xA43, 0xA47, 0xA49, 0xA4B, 0xA4E, 0xA51,
            0xA52, 0xA59, 0xA5D, 0xA5E, 0xA5F, 0xA66, 0xA77, 0xA81, 0xA84, 0xA85, 0xA8E, 0xA8F,
            0xA92, 0xA93, 0xAA9, 0xAAA, 0xAB1, 0xAB2, 0xAB4, 0xAB5, 0xABA, 0xABC, 0xAC6, 0xAC7,
            0xACA, 0xACB, 0xACE, 0xAD0, 0xAD1, 0xAE0, 0xAE4, 0xAE6, 0xAF2, 0xAF9, 0xB00, 0xB01,
            0xB04, 0xB05, 0xB0D, 0xB0F, 0xB11, 0xB13, 0xB29, 0xB2A, 0xB31, 0xB32, 0xB34, 0xB35,
            0xB3A, 0xB3C, 0xB45, 0xB47, 0xB49, 0xB4B, 0xB4E, 0xB55, 0xB58, 0xB5C, 0xB5E, 0xB5F,
            0xB64, 0xB66, 0xB78, 0xB82, 0xB84, 0xB85, 0xB8B, 0xB8E, 0xB91, 0xB92, 0xB96, 0xB99,
            0xB9B, 0xB9C, 0xB9D, 0xB9E, 0xBA0, 0xBA3, 0xBA5, 0xBA8, 0xBAB, 0xBAE, 0xBBA, 0xBBE,
            0xBC3, 0xBC6, 0xBC9, 0xBCA, 0xBCE, 0xBD0, 0xBD1, 0xBD7, 0xBD8, 0xBE6, 0xBFB, 0xC00,
            0xC0D, 0xC0E, 0xC11, 0xC12, 0xC29, 0xC2A, 0xC3A, 0xC3C, 0xC45, 0xC46, 0xC49, 0xC4A,
            0xC4E, 0xC55, 0xC57, 0xC58, 0xC5B, 0xC5D, 0xC5E, 0xC60, 0xC64, 0xC66, 0xC70, 0xC77,
            0xC8D, 0xC8E, 0xC91, 0xC92, 0xCA9, 0xCAA, 0xCB4, 0xCB5, 0xCBA, 0xCBC, 0xCC5, 0xCC6,
            0xCC9, 0xCCA, 0xCCE, 0xCD5, 0xCD7, 0xCDD, 0xCDF, 0xCE0, 0xCE4, 0xCE6, 0xCF0, 0xCF1,
            0xCF3, 0xD00, 0xD0D, 0xD0E, 0xD11, 0xD12, 0xD45, 0xD46, 0xD49, 0xD4A, 0xD50, 0xD54,
            0xD64, 0xD66, 0xD80, 0xD81, 0xD84, 0xD85, 0xD97, 0xD9A, 0xDB2, 0xDB3, 0xDBC, 0xDBD,
            0xDBE, 0xDC0, 0xDC7, 0xDCA, 0xDCB, 0xDCF, 0xDD5, 0xDD6, 0xDD7, 0xDD8, 0xDE0, 0xDE6,
            0xDF0, 0xDF2, 0xDF5, 0xE01, 0xE3B, 0xE3F, 0xE5C, 0xE81, 0xE83, 0xE84, 0xE85, 0xE86,
            0xE8B, 0xE8C, 0xEA4, 0xEA5, 0xEA6, 0xEA7, 0xEBE, 0xEC0, 0xEC5, 0xEC6, 0xEC7, 0xEC8,
            0xECE, 0xED0, 0xEDA, 0xEDC, 0xEE0, 0xF00, 0xF48, 0xF49, 0xF6D, 0xF71, 0xF98, 0xF99,
            0xFBD, 0xFBE, 0xFCD, 0xFCE, 0xFDB, 0x1000, 0x10C6, 0x10C7, 0x10C8, 0x10CD, 0x10CE, 0x10D0,
            0x1100, 0x1160, 0x1249, 0x124A, 0x124E, 0x1250, 0x1257, 0x1258, 0x1259, 0x125A, 0x125E, 0x1260,
            0x1289, 0x128A, 0x128E, 0x1290, 0x12B1, 0x12B2, 0x12B6, 0x12B8, 0x12BF, 0x12C0, 0x12C1, 0x12C2,
            0x12C6, 0x12C8, 0x12D7, 0x12D8, 0x1311, 0x1312, 0x1316, 0x1318, 0x135B, 0x135D, 0x137D, 0x1380,
            0x139A, 0x13A0, 0x13F6, 0x13F8, 0x13FE, 0x1400, 0x169D, 0x16A0, 0x16F9, 0x1700, 0x1716, 0x171F,
            0x1737, 0x1740, 0x1754, 0x1760, 0x176D, 0x176E, 0x1771, 0x1772, 0x1774, 0x1780, 0x17DE, 0x17E0,
            0x17EA, 0x17F0, 0x17FA, 0x1800, 0x181A, 0x1820, 0x1879, 0x1880, 0x18AB, 0x18B0, 0x18F6, 0x1900,
            0x191F, 0x1920, 0x192C, 0x1930, 0x193C, 0x1940, 0x1941, 0x1944, 0x196E, 0x1970, 0x1975, 0x1980,
            0x19AC, 0x19B0, 0x19CA, 0x19D0, 0x19DB, 0x19DE, 0x1A1C, 0x1A1E, 0x1A5F, 0x1A60, 0x1A7D, 0x1A7F,
            0x1A8A, 0x1A90, 0x1A9A, 0x1AA0, 0x1AAE, 0x1AB0, 0x1ACF, 0x1B00, 0x1B4D, 0x1B50, 0x1B7F, 0x1B80,
            0x1BF4, 0x1BFC, 0x1C38, 0x1C3B, 0x1C4A, 0x1C4D, 0x1C89, 0x1C90, 0x1CBB, 0x1CBD, 0x1CC8, 0x1CD0,
            0x1CFB, 0x1D00, 0x1F16, 0x1F18, 0x1F1E, 0x1F20, 0x1F46, 0x1F48, 0x1F4E, 0x1F50, 0x1F58, 0x1F59,
            0x1F5A, 0x1F5B, 0x1F5C, 0x1F5D, 0x1F5E, 0x1F5F, 0x1F7E, 0x1F80, 0x1FB5, 0x1FB6, 0x1FC5, 0x1FC6,
            0x1FD4, 0x1FD6, 0x1FDC, 0x1FDD, 0x1FF0, 0x1FF2, 0x1FF5, 0x1FF6, 0x1FFF, 0x2000, 0x2010, 0x2011,
            0x2013, 0x2017, 0x2018, 0x201A, 0x201C, 0x201E, 0x2020, 0x2023, 0x2024, 0x2028, 0x2030, 0x2031,
            0x2032, 0x2034, 0x2035, 0x2036, 0x203B, 0x203C, 0x203E, 0x203F, 0x2065, 0x2066, 0x2072, 0x2075,
            0x207F, 0x2080, 0x2081, 0x2085, 0x208F, 0x2090, 0x209D, 0x20A0, 0x20AC, 0x20AD, 0x20C1, 0x20D0,
            0x20F1, 0x2100, 0x2103, 0x2104, 0x2105, 0x2106, 0x2109, 0x210A, 0x2113, 0x2114, 0x2116, 0x2117,
            0x2121, 0x2123, 0x2126, 0x2127, 0x212B, 0x212C, 0x2153, 0x2155, 0x215B, 0x215F, 0x2160, 0x216C,
            0x2170, 0x217A, 0x2189, 0x218A, 0x218C, 0x219A, 0x21B8, 0x21BA, 0x21D2, 0x21D3, 0x21D4, 0x21D5,
            0x21E7, 0x21E8, 0x2200, 0x2201, 0x2202, 0x2204, 0x2207, 0x2209, 0x220B, 0x220C, 0x220F, 0x2210,
            0x2211, 0x2212, 0x2215, 0x2216, 0x221A, 0x221B, 0x221D, 0x2221, 0x2223, 0x2224, 0x2225, 0x2226,
            0x2227, 0x222D, 0x222E, 0x222F, 0x2234, 0x2238, 0x223C, 0x223E, 0x2248, 0x2249, 0x224C, 0x224D,
            0x2252, 0x2253, 0x2260, 0x2262, 0x2264, 0x2268, 0x226A, 0x226C, 0x226E, 0x2270, 0x2282, 0x2284,
            0x2286, 0x2288, 0x2295, 0x2296, 0x2299, 0x229A, 0x22A5, 0x22A6, 0x22BF, 0x22C0, 0x2312, 0x2313,
            0x231A, 0x231C, 0x2329, 0x232B, 0x23E9, 0x23ED, 0x23F0, 0x23F1, 0x23F3, 0x23F4, 0x2427, 0x2440,
            0x244B, 0x24EA, 0x24EB, 0x254C, 0x2550, 0x2574, 0x2580, 0x2590, 0x2592, 0x2596, 0x25A0, 0x25A2,
            0x25A3, 0x25AA, 0x25B2, 0x25B4, 0x25B6, 0x25B8, 0x25BC, 0x25BE, 0x25C0, 0x25C2, 0x25C6, 0x25C9,
            0x25CB, 0x25CC, 0x25CE, 0x25D2, 0x25E2, 0x25E6, 0x25EF, 0x25F0, 0x25FD, 0x25FF, 0x2605, 0x2607,
            0x2609, 0x260A, 0x260E, 0x2610, 0x2614, 0x2616, 0x261C, 0x261D, 0x261E, 0x261F, 0x2640, 0x2641,
            0x2642, 0x2643, 0x2648, 0x2654, 0x2660, 0x2662, 0x2663, 0x2666, 0x2667, 0x266B, 0x266C, 0x266E,
            0x266F, 0x2670, 0x267F, 0x2680, 0x2693, 0x2694, 0x269E, 0x26A0, 0x26A1, 0x26A2, 0x26AA, 0x26AC,
            0x26BD, 0x26C0, 0x26C4, 0x26E2, 0x26E3, 0x26E4, 0x26E8, 0x2700, 0x2705, 0x2706, 0x270A, 0x270C,
            0x2728, 0x2729, 0x273D, 0x273E, 0x274C, 0x274D, 0x274E, 0x274F, 0x2753, 0x2756, 0x2757, 0x2758,
            0x2776, 0x2780, 0x2795, 0x2798, 0x27B0, 0x27B1, 0x27BF, 0x27C0, 0x2B1B, 0x2B1D, 0x2B50, 0x2B51,
            0x2B55, 0x2B5A, 0x2B74, 0x2B76, 0x2B96, 0x2B97, 0x2CF4, 0x2CF9, 0x2D26, 0x2D27, 0x2D28, 0x2D2D,
            0x2D2E, 0x2D30, 0x2D68, 0x2D6F, 0x2D71, 0x2D7F, 0x2D97, 0x2DA0, 0x2DA7, 0x2DA8, 0x2DAF, 0x2DB0,
            0x2DB7, 0x2DB8, 0x2DBF, 0x2DC0, 0x2DC7, 0x2DC8, 0x2DCF, 0x2DD0, 0x2DD7, 0x2DD8, 0x2DDF, 0x2DE0,
            0x2E5E, 0x303F, 0x3040, 0x4DC0, 0x4E00, 0xA4D0, 0xA62C, 0xA640, 0xA6F8, 0xA700, 0xA7CB, 0xA7D0,
            0xA7D2, 0xA7D3, 0xA7D4, 0xA7D5, 0xA7DA, 0xA7F2, 0xA82D, 0xA830, 0xA83A, 0xA840, 0xA878, 0xA880,
            0xA8C6, 0xA8CE, 0xA8DA, 0xA8E0, 0xA954, 0xA95F, 0xA960, 0xA980, 0xA9CE, 0xA9CF, 0xA9DA, 0xA9DE,
            0xA9FF, 0xAA00, 0xAA37, 0xAA40, 0xAA4E, 0xAA50, 0xAA5A, 0xAA5C, 0xAAC3, 0xAADB, 0xAAF7, 0xAB01,
            0xAB07, 0xAB09, 0xAB0F, 0xAB11, 0xAB17, 0xAB20, 0xAB27, 0xAB28, 0xAB2F, 0xAB30, 0xAB6C, 0xAB70,
            0xABEE, 0xABF0, 0xABFA, 0xD7B0, 0xD7C7, 0xD7CB, 0xD7FC, 0xD800, 0xE000, 0xFB00, 0xFB07, 0xFB13,
            0xFB18, 0xFB1D, 0xFB37, 0xFB38, 0xFB3D, 0xFB3E, 0xFB3F, 0xFB40, 0xFB42, 0xFB43, 0xFB45, 0xFB46,
            0xFBC3, 0xFBD3, 0xFD90, 0xFD92, 0xFDC8, 0xFDCF, 0xFDD0, 0xFDF0, 0xFE00, 0xFE20, 0xFE30, 0xFE70,
            0xFE75, 0xFE76, 0xFEFD, 0xFEFF, 0xFF00, 0xFF61, 0xFFBF, 0xFFC2, 0xFFC8, 0xFFCA, 0xFFD0, 0xFFD2,
            0xFFD8, 0xFFDA, 0xFFDD, 0xFFE8, 0xFFEF, 0xFFF9, 0xFFFD, 0x10000, 0x1000C, 0x1000D, 0x10027, 0x10028,
            0x1003B, 0x1003C, 0x1003E, 0x1003F, 0x1004E, 0x10050, 0x1005E, 0x10080, 0x100FB, 0x10100, 0x10103, 0x10107,
            0x10134, 0x10137, 0x1018F, 0x10190, 0x1019D, 0x101A0, 0x101A1, 0x101D0, 0x101FE, 0x10280, 0x1029D, 0x102A0,
            0x102D1, 0x102E0, 0x102FC, 0x10300, 0x10324, 0x1032D, 0x1034B, 0x10350, 0x1037B, 0x10380, 0x1039E, 0x1039F,
            0x103C4, 0x103C8, 0x103D6, 0x10400, 0x1049E, 0x104A0, 0x104AA, 0x104B0, 0x104D4, 0x104D8, 0x104FC, 0x10500,
            0x10528, 0x10530, 0x10564, 0x1056F, 0x1057B, 0x1057C, 0x1058B, 0x1058C, 0x10593, 0x10594, 0x10596, 0x10597,
            0x105A2, 0x105A3, 0x105B2, 0x105B3, 0x105BA, 0x105BB, 0x105BD, 0x10600, 0x10737, 0x10740, 0x10756, 0x10760,
            0x10768, 0x10780, 0x10786, 0x10787, 0x107B1, 0x107B2, 0x107BB, 0x10800, 0x10806, 0x10808, 0x10809, 0x1080A,
            0x10836, 0x10837, 0x10839, 0x1083C, 0x1083D, 0x1083F, 0x10856, 0x10857, 0x1089F, 0x108A7, 0x108B0, 0x108E0,
            0x108F3, 0x108F4, 0x108F6, 0x108FB, 0x1091C, 0x1091F, 0x1093A, 0x1093F, 0x10940, 0x10980, 0x109B8, 0x109BC,
            0x109D0, 0x109D2, 0x10A04, 0x10A05, 0x10A07, 0x10A0C, 0x10A14, 0x10A15, 0x10A18, 0x10A19, 0x10A36, 0x10A38,
            0x10A3B, 0x10A3F, 0x10A49, 0x10A50, 0x10A59, 0x10A60, 0x10AA0, 0x10AC0, 0x10AE7, 0x10AEB, 0x10AF7, 0x10B00,
            0x10B36, 0x10B39, 0x10B56, 0x10B58, 0x10B73, 0x10B78, 0x10B92, 0x10B99, 0x10B9D, 0x10BA9, 0x10BB0, 0x10C00,
            0x10C49, 0x10C80, 0x10CB3, 0x10CC0, 0x10CF3, 0x10CFA, 0x10D28, 0x10D30, 0x10D3A, 0x10E60, 0x10E7F, 0x10E80,
            0x10EAA, 0x10EAB, 0x10EAE, 0x10EB0, 0x10EB2, 0x10F00, 0x10F28, 0x10F30, 0x10F5A, 0x10F70, 0x10F8A, 0x10FB0,
            0x10FCC, 0x10FE0, 0x10FF7, 0x11000, 0x1104E, 0x11052, 0x11076, 0x1107F, 0x110C3, 0x110CD, 0x110CE, 0x110D0,
            0x110E9, 0x110F0, 0x110FA, 0x11100, 0x11135, 0x11136, 0x11148, 0x11150, 0x11177, 0x11180, 0x111E0, 0x111E1,
            0x111F5, 0x11200, 0x11212, 0x11213, 0x1123F, 0x11280, 0x11287, 0x11288, 0x11289, 0x1128A, 0x1128E, 0x1128F,
            0x1129E, 0x1129F, 0x112AA, 0x112B0, 0x112EB, 0x112F0, 0x112FA, 0x11300, 0x11304, 0x11305, 0x1130D, 0x1130F,
            0x11311, 0x11313, 0x11329, 0x1132A, 0x11331, 0x11332, 0x11334, 0x11335, 0x1133A, 0x1133B, 0x11345, 0x11347,
            0x11349, 0x1134B, 0x1134E, 0x11350, 0x11351, 0x11357, 0x11358, 0x1135D, 0x11364, 0x11366, 0x1136D, 0x11370,
            0x11375, 0x11400, 0x1145C, 0x1145D, 0x11462, 0x11480, 0x114C8, 0x114D0, 0x114DA, 0x11580, 0x115B6, 0x115B8,
            0x115DE, 0x11600, 0x11645, 0x11650, 0x1165A, 0x11660, 0x1166D, 0x11680, 0x116BA, 0x116C0, 0x116CA, 0x11700,
            0x1171B, 0x1171D, 0x1172C, 0x11730, 0x11747, 0x11800, 0x1183C, 0x118A0, 0x118F3, 0x118FF, 0x11907, 0x11909,
            0x1190A, 0x1190C, 0x11914, 0x11915, 0x11917, 0x11918, 0x11936, 0x11937, 0x11939, 0x1193B, 0x11947, 0x11950,
            0x1195A, 0x119A0, 0x119A8, 0x119AA, 0x119D8, 0x119DA, 0x119E5, 0x11A00, 0x11A48, 0x11A50, 0x11AA3, 0x11AB0,
            0x11AF9, 0x11C00, 0x11C09, 0x11C0A, 0x11C37, 0x11C38, 0x11C46, 0x11C50, 0x11C6D, 0x11C70, 0x11C90, 0x11C92,
            0x11CA8, 0x11CA9, 0x11CB7, 0x11D00, 0x11D07, 0x11D08, 0x11D0A, 0x11D0B, 0x11D37, 0x11D3A, 0x11D3B, 0x11D3C,
            0x11D3E, 0x11D3F, 0x11D48, 0x11D50, 0x11D5A, 0x11D60, 0x11D66, 0x11D67, 0x11D69, 0x11D6A, 0x11D8F, 0x11D90,
            0x11D92, 0x11D93, 0x11D99, 0x11DA0, 0x11DAA, 0x11EE0, 0x11EF9, 0x11FB0, 0x11FB1, 0x11FC0, 0x11FF2, 0x11FFF,
            0x1239A, 0x12400, 0x1246F, 0x12470, 0x12475, 0x12480, 0x12544, 0x12F90, 0x12FF3, 0x13000, 0x1342F, 0x13430,
            0x13439, 0x14400, 0x14647, 0x16800, 0x16A39, 0x16A40, 0x16A5F, 0x16A60, 0x16A6A, 0x16A6E, 0x16ABF, 0x16AC0,
            0x16ACA, 0x16AD0, 0x16AEE, 0x16AF0, 0x16AF6, 0x16B00, 0x16B46, 0x16B50, 0x16B5A, 0x16B5B, 0x16B62, 0x16B63,
            0x16B78, 0x16B7D, 0x16B90, 0x16E40, 0x16E9B, 0x16F00, 0x16F4B, 0x16F4F, 0x16F88, 0x16F8F, 0x16FA0, 0x1BC00,
            0x1BC6B, 0x1BC70, 0x1BC7D, 0x1BC80, 0x1BC89, 0x1BC90, 0x1BC9A, 0x1BC9C, 0x1BCA4, 0x1CF00, 0x1CF2E, 0x1CF30,
            0x1CF47, 0x1CF50, 0x1CFC4, 0x1D000, 0x1D0F6, 0x1D100, 0x1D127, 0x1D129, 0x1D1EB, 0x1D200, 0x1D246, 0x1D2E0,
            0x1D2F4, 0x1D300, 0x1D357, 0x1D360, 0x1D379, 0x1D400, 0x1D455, 0x1D456, 0x1D49D, 0x1D49E, 0x1D4A0, 0x1D4A2,
            0x1D4A3, 0x1D4A5, 0x1D4A7, 0x1D4A9, 0x1D4AD, 0x1D4AE, 0x1D4BA, 0x1D4BB, 0x1D4BC, 0x1D4BD, 0x1D4C4, 0x1D4C5,
            0x1D506, 0x1D507, 0x1D50B, 0x1D50D, 0x1D515, 0x1D516, 0x1D51D, 0x1D51E, 0x1D53A, 0x1D53B, 0x1D53F, 0x1D540,
            0x1D545, 0x1D546, 0x1D547, 0x1D54A, 0x1D551, 0x1D552, 0x1D6A6, 0x1D6A8, 0x1D7CC, 0x1D7CE, 0x1DA8C, 0x1DA9B,
            0x1DAA0, 0x1DAA1, 0x1DAB0, 0x1DF00, 0x1DF1F, 0x1E000, 0x1E007, 0x1E008, 0x1E019, 0x1E01B, 0x1E022, 0x1E023,
            0x1E025, 0x1E026, 0x1E02B, 0x1E100, 0x1E12D, 0x1E130, 0x1E13E, 0x1E140, 0x1E14A, 0x1E14E, 0x1E150, 0x1E290,
            0x1E2AF, 0x1E2C0, 0x1E2FA, 0x1E2FF, 0x1E300, 0x1E7E0, 0x1E7E7, 0x1E7E8, 0x1E7EC, 0x1E7ED, 0x1E7EF, 0x1E7F0,
            0x1E7FF, 0x1E800, 0x1E8C5, 0x1E8C7, 0x1E8D7, 0x1E900, 0x1E94C, 0x1E950, 0x1E95A, 0x1E95E, 0x1E960, 0x1EC71,
            0x1ECB5, 0x1ED01, 0x1ED3E, 0x1EE00, 0x1EE04, 0x1EE05, 0x1EE20, 0x1EE21, 0x1EE23, 0x1EE24, 0x1EE25, 0x1EE27,
            0x1EE28, 0x1EE29, 0x1EE33, 0x1EE34, 0x1EE38, 0x1EE39, 0x1EE3A, 0x1EE3B, 0x1EE3C, 0x1EE42, 0x1EE43, 0x1EE47,
            0x1EE48, 0x1EE49, 0x1EE4A, 0x1EE4B, 0x1EE4C, 0x1EE4D, 0x1EE50, 0x1EE51, 0x1EE53, 0x1EE54, 0x1EE55, 0x1EE57,
            0x1EE58, 0x1EE59, 0x1EE5A, 0x1EE5B, 0x1EE5C, 0x1EE5D, 0x1EE5E, 0x1EE5F, 0x1EE60, 0x1EE61, 0x1EE63, 0x1EE64,
            0x1EE65, 0x1EE67, 0x1EE6B, 0x1EE6C, 0x1EE73, 0x1EE74, 0x1EE78, 0x1EE79, 0x1EE7D, 0x1EE7E, 0x1EE7F, 0x1EE80,
            0x1EE8A, 0x1EE8B, 0x1EE9C, 0x1EEA1, 0x1EEA4, 0x1EEA5, 0x1EEAA, 0x1EEAB, 0x1EEBC, 0x1EEF0, 0x1EEF2, 0x1F000,
            0x1F004, 0x1F005, 0x1F02C, 0x1F030, 0x1F094, 0x1F0A0, 0x1F0AF, 0x1F0B1, 0x1F0C0, 0x1F0C1, 0x1F0CF, 0x1F0D1,
            0x1F0F6, 0x1F10B, 0x1F110, 0x1F12E, 0x1F130, 0x1F16A, 0x1F170, 0x1F1AD, 0x1F1AE, 0x1F1E6, 0x1F200, 0x1F321,
            0x1F32D, 0x1F336, 0x1F337, 0x1F37D, 0x1F37E, 0x1F394, 0x1F3A0, 0x1F3CB, 0x1F3CF, 0x1F3D4, 0x1F3E0, 0x1F3F1,
            0x1F3F4, 0x1F3F5, 0x1F3F8, 0x1F43F, 0x1F440, 0x1F441, 0x1F442, 0x1F4FD, 0x1F4FF, 0x1F53E, 0x1F54B, 0x1F54F,
            0x1F550, 0x1F568, 0x1F57A, 0x1F57B, 0x1F595, 0x1F597, 0x1F5A4, 0x1F5A5, 0x1F5FB, 0x1F650, 0x1F680, 0x1F6C6,
            0x1F6CC, 0x1F6CD, 0x1F6D0, 0x1F6D3, 0x1F6D5, 0x1F6E0, 0x1F6EB, 0x1F6F0, 0x1F6F4, 0x1F700, 0x1F774, 0x1F780,
            0x1F7D9, 0x1F800, 0x1F80C, 0x1F810, 0x1F848, 0x1F850, 0x1F85A, 0x1F860, 0x1F888, 0x1F890, 0x1F8AE, 0x1F8B0,
            0x1F8B2, 0x1F900, 0x1F90C, 0x1F93B, 0x1F93C, 0x1F946, 0x1F947, 0x1FA00, 0x1FA54, 0x1FA60, 0x1FA6E, 0x1FB00,
            0x1FB93, 0x1FB94, 0x1FBCB, 0x1FBF0, 0x1FBFA, 0xE0001, 0xE0002, 0xE0020, 0xE0080, 0x110000
        };
    }
}
