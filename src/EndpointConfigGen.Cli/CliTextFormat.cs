using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Cli
{
    /// <summary>awscli's <c>text.py</c>: scalars of a mapping sorted by key on one tab-separated line, nested values after, under their key in capitals.</summary>
    internal static class CliTextFormat
    {
        public static void Write(ParamNode item, StringBuilder text, string? identifier = null, IReadOnlyList<string>? scalarKeys = null)
        {
            switch (item.Kind)
            {
                case ParamNodeKind.Map:
                    WriteDict(item, text, identifier, scalarKeys);
                    break;
                case ParamNodeKind.List:
                    WriteList(item, text, identifier);
                    break;
                default:
                    text.Append(PythonValue.Str(item)).Append('\n');
                    break;
            }
        }

        private static void WriteList(ParamNode list, StringBuilder text, string? identifier)
        {
            var items = list.Items;
            if (items.Count == 0)
            {
                return;
            }

            if (items.Any(e => e.Kind == ParamNodeKind.Map))
            {
                var keys = items.Where(e => e.Kind == ParamNodeKind.Map)
                    .SelectMany(e => e.Entries)
                    .Where(p => !IsContainer(p.Value))
                    .Select(p => p.Key)
                    .Distinct()
                    .OrderBy(k => k, StringComparer.Ordinal)
                    .ToList();
                foreach (var element in items)
                {
                    Write(element, text, identifier, keys);
                }
            }
            else if (items.Any(e => e.Kind == ParamNodeKind.List))
            {
                var scalars = items.Where(e => !IsContainer(e)).ToList();
                if (scalars.Count > 0)
                {
                    WriteScalars(scalars, text, identifier);
                }

                foreach (var element in items.Where(IsContainer))
                {
                    Write(element, text, identifier);
                }
            }
            else
            {
                WriteScalars(items, text, identifier);
            }
        }

        private static void WriteScalars(IReadOnlyList<ParamNode> elements, StringBuilder text, string? identifier)
        {
            if (identifier is not null)
            {
                foreach (var element in elements)
                {
                    text.Append(identifier.ToUpperInvariant()).Append('\t').Append(PythonValue.Str(element)).Append('\n');
                }

                return;
            }

            text.Append(string.Join("\t", elements.Select(PythonValue.Str))).Append('\n');
        }

        private static void WriteDict(ParamNode dict, StringBuilder text, string? identifier, IReadOnlyList<string>? scalarKeys)
        {
            var scalars = new List<string>();
            var nested = new List<(string Key, ParamNode Value)>();
            var properties = dict.Entries;
            if (scalarKeys is null)
            {
                foreach (var property in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (IsContainer(property.Value))
                    {
                        nested.Add((property.Key, property.Value));
                    }
                    else
                    {
                        scalars.Add(PythonValue.Str(property.Value));
                    }
                }
            }
            else
            {
                foreach (var key in scalarKeys)
                {
                    scalars.Add(properties.FirstOrDefault(p => p.Key == key).Value is { } value ? PythonValue.Str(value) : string.Empty);
                }

                foreach (var property in properties.Where(p => !scalarKeys.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    nested.Add((property.Key, property.Value));
                }
            }

            if (scalars.Count > 0)
            {
                if (identifier is not null)
                {
                    scalars.Insert(0, identifier.ToUpperInvariant());
                }

                text.Append(string.Join("\t", scalars)).Append('\n');
            }

            foreach (var (key, value) in nested)
            {
                Write(value, text, key);
            }
        }

        private static bool IsContainer(ParamNode value) => value.Kind is ParamNodeKind.Map or ParamNodeKind.List;
    }
}
