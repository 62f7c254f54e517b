using System.Collections.Generic;
using System.Linq;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>Walks the response into sections; new rows always go to the latest section.</summary>
    internal sealed class TableBuilder
    {
        public List<TableSection> Sections { get; } = new();

        private TableSection Current => Sections[^1];

        public void Build(string? title, ParamNode current, int indent)
        {
            if (CliTable.IsFalsy(current))
            {
                return;
            }

            if (title is not null)
            {
                Sections.Add(new TableSection(title, indent));
            }

            if (current.Kind == ParamNodeKind.List)
            {
                BuildFromList(current.Items, indent, title);
            }
            else if (current.Kind == ParamNodeKind.Map)
            {
                BuildFromDict(new TableDict(current), indent);
            }
        }

        private void BuildFromList(IReadOnlyList<ParamNode> items, int indent, string? title)
        {
            if (items[0].Kind == ParamNodeKind.Map)
            {
                BuildFromDicts(items, indent, title);
                return;
            }

            foreach (var item in items)
            {
                if (CliTable.IsScalar(item))
                {
                    Current.AddRow([PythonValue.Str(item)]);
                }
                else if (item.Kind == ParamNodeKind.Map)
                {
                    // The CLI takes a mapping here for a row of scalars: its keys, in their order.
                    Current.AddRow([.. item.Entries.Select(e => e.Key)]);
                }
                else if (item.Items.All(CliTable.IsScalar))
                {
                    Current.AddRow([.. item.Items.Select(PythonValue.Str)]);
                }
                else
                {
                    // Untitled: its rows join the latest section, at the top level's indent.
                    Build(null, item, 0);
                }
            }
        }

        private void BuildFromDict(TableDict dict, int indent)
        {
            var (scalars, nested) = dict.GroupKeys();
            if (scalars.Count == 1)
            {
                Current.AddRow([scalars[0], PythonValue.Str(dict[scalars[0]])]);
            }
            else if (scalars.Count > 0)
            {
                Current.AddHeader(scalars);
                Current.AddRow([.. scalars.Select(k => PythonValue.Str(dict[k]))]);
            }

            foreach (var key in nested)
            {
                Build(key, dict[key], indent + 1);
            }
        }

        // One header row for the union of the mappings' scalar keys; when any has nested values, each
        // mapping after the first starts a new section of the same title so its nested sections follow it.
        private void BuildFromDicts(IReadOnlyList<ParamNode> items, int indent, string? title)
        {
            var scalarKeys = new SortedSet<string>(TableDict.PythonOrder);
            var nestedKeys = new SortedSet<string>(TableDict.PythonOrder);
            var dicts = new List<TableDict?>();
            foreach (var item in items)
            {
                if (item.Kind != ParamNodeKind.Map)
                {
                    CheckReadableAsDict(item);
                    dicts.Add(null);
                    continue;
                }

                var dict = new TableDict(item);
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
                    Sections.Add(new TableSection(title, indent));
                    Current.AddHeader(headers);
                }

                var dict = dicts[i];
                if (dict is null)
                {
                    AddEmptyItemRow(items[i], headers, nestedKeys);
                    continue;
                }

                // A key may hold a scalar in one mapping and a container in another: a cell shows either.
                Current.AddRow([.. headers.Select(k => dict.TryGetValue(k, out var value) ? PythonValue.Str(value) : string.Empty)]);
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
        private void AddEmptyItemRow(ParamNode item, List<string> headers, SortedSet<string> nestedKeys)
        {
            if (headers.Count > 0)
            {
                throw new CliException("'" + PythonValue.TypeName(item) + "' object has no attribute 'get'");
            }

            Current.AddRow([]);
            if (item.Kind == ParamNodeKind.String && nestedKeys.Contains(string.Empty))
            {
                throw new CliException("string indices must be integers, not 'str'");
            }
        }

        // Python first reads every item as a mapping; empty strings and lists survive that. Lists led
        // by an int (which Python can index) are reported as if they could not be indexed.
        private static void CheckReadableAsDict(ParamNode item)
        {
            switch (item.Kind)
            {
                case ParamNodeKind.String when item.Text.Length > 0:
                    throw new CliException("string indices must be integers, not 'str'");
                case ParamNodeKind.List when item.Items.Count > 0:
                    throw new CliException("list indices must be integers or slices, not " + PythonValue.TypeName(item.Items[0]));
                case ParamNodeKind.String or ParamNodeKind.List:
                    return;
                default:
                    throw new CliException("'" + PythonValue.TypeName(item) + "' object is not iterable");
            }
        }
    }
}
