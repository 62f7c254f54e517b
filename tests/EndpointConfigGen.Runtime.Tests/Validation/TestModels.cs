using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace EndpointConfigGen.Runtime.Tests.Validation
{
    /// <summary>
    /// Test-only loaders: a <see cref="SchemaShape"/> graph from a botocore model file (as the generated code
    /// builds it), operation rules from a rules file, and <see cref="ParamNode"/> trees from JSON text.
    /// </summary>
    public static class TestModels
    {
        public static string ShapeFile => Repo.VendoredShape;

        public static string RulesFile => Repo.VendoredRules;

        public static string MiniModelFile => Path.Combine(Folder, "mini-model.json");

        /// <summary>This folder in the source tree (its data files are read in place, not copied).</summary>
        public static string Folder => Repo.Path("tests", "EndpointConfigGen.Runtime.Tests", "Validation");

        private static readonly Dictionary<string, Dictionary<string, SchemaShape>> Loaded = new Dictionary<string, Dictionary<string, SchemaShape>>();

        /// <summary>The named shape of a model file, with everything it reaches.</summary>
        public static SchemaShape Shape(string modelFile, string name)
        {
            lock (Loaded)
            {
                if (!Loaded.TryGetValue(modelFile, out var shapes))
                {
                    shapes = LoadShapes(File.ReadAllText(modelFile));
                    Loaded.Add(modelFile, shapes);
                }

                return shapes[name];
            }
        }

        public static SchemaShape Input => Shape(ShapeFile, "CreateEndpointConfigInput");

        /// <summary>The operation rules of the vendored rules file, resolved as shapes/README.md says.</summary>
        public static OperationRules Rules()
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(RulesFile));
            var root = doc.RootElement;
            var section = root.GetProperty("operationRules")[0];
            var rules = new List<OperationRule>();
            foreach (var r in section.GetProperty("rules").EnumerateArray())
            {
                string kind = r.GetProperty("kind").GetString()!;
                var severity = Str(r, "severity") == "warning" ? ProblemSeverity.Warning : ProblemSeverity.Error;
                var rule = new OperationRule(r.GetProperty("id").GetString()!, Enum.Parse<OperationRuleKind>(kind, ignoreCase: true), severity)
                {
                    Lists = Strings(r, "lists") ?? Strings(section, "lists")!,
                    NameMember = Str(r, "nameMember") ?? Str(section, "nameMember"),
                    Member = Str(r, "member"),
                    ItemMember = Str(r, "itemMember"),
                    Members = Strings(r, "members") ?? Array.Empty<string>(),
                    Values = Str(r, "valuesFrom") is null
                        ? Strings(r, "values") ?? Array.Empty<string>()
                        : Strings(root.GetProperty("localStorageInstanceFamilies"), "withLocalStorage")!,
                    Count = r.TryGetProperty("count", out var count) ? count.GetInt32() : 0,
                    Subject = Str(r, "subject"),
                    Reason = Str(r, "reason"),
                };
                rules.Add(rule);
            }

            return new OperationRules(section.GetProperty("shape").GetString()!, rules);
        }

        /// <summary>A ParamNode tree as the CLI's <c>json.loads</c> sees the text (numbers keep their text).</summary>
        public static ParamNode Json(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return Convert(doc.RootElement);
        }

        private static ParamNode Convert(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String: return ParamNode.String(e.GetString()!, false);
                case JsonValueKind.Number: return ParamNode.Number(e.GetRawText());
                case JsonValueKind.True: return ParamNode.Boolean(true);
                case JsonValueKind.False: return ParamNode.Boolean(false);
                case JsonValueKind.Null: return ParamNode.Null();
                case JsonValueKind.Array:
                    var items = new List<ParamNode>();
                    foreach (var item in e.EnumerateArray())
                    {
                        items.Add(Convert(item));
                    }

                    return ParamNode.List(items, false);
                default:
                    var entries = new List<ParamEntry>();
                    foreach (var p in e.EnumerateObject())
                    {
                        entries.Add(new ParamEntry(p.Name, Convert(p.Value)));
                    }

                    return ParamNode.Map(entries, false);
            }
        }

        private static Dictionary<string, SchemaShape> LoadShapes(string text)
        {
            using var doc = JsonDocument.Parse(text);
            var defs = doc.RootElement.GetProperty("shapes");
            var shapes = new Dictionary<string, SchemaShape>();
            foreach (var def in defs.EnumerateObject())
            {
                string type = def.Value.GetProperty("type").GetString()!;
                var kind = type switch
                {
                    "structure" => def.Value.TryGetProperty("document", out _) ? SchemaKind.Document : SchemaKind.Structure,
                    "string" => def.Value.TryGetProperty("enum", out _) ? SchemaKind.Enum : SchemaKind.String,
                    _ => Enum.Parse<SchemaKind>(type, ignoreCase: true),
                };
                shapes.Add(def.Name, new SchemaShape(def.Name, kind));
            }

            // Attach members after every shape exists, so recursive shapes work as in generated code.
            foreach (var def in defs.EnumerateObject())
            {
                var shape = shapes[def.Name];
                var d = def.Value;
                shape.Min = d.TryGetProperty("min", out var min) ? min.GetRawText() : null;
                shape.Max = d.TryGetProperty("max", out var max) ? max.GetRawText() : null;
                shape.Pattern = Str(d, "pattern");
                shape.IsUnion = d.TryGetProperty("union", out var union) && union.GetBoolean();
                shape.EnumValues = Strings(d, "enum") ?? Array.Empty<string>();
                if (d.TryGetProperty("member", out var item))
                {
                    shape.Item = shapes[item.GetProperty("shape").GetString()!];
                }

                if (d.TryGetProperty("key", out var key))
                {
                    shape.Key = shapes[key.GetProperty("shape").GetString()!];
                    shape.Value = shapes[d.GetProperty("value").GetProperty("shape").GetString()!];
                }

                if (d.TryGetProperty("members", out var members))
                {
                    var required = new HashSet<string>(Strings(d, "required") ?? Array.Empty<string>());
                    foreach (var m in members.EnumerateObject())
                    {
                        shape.Add(m.Name, shapes[m.Value.GetProperty("shape").GetString()!], required.Contains(m.Name));
                    }
                }
            }

            return shapes;
        }

        private static string? Str(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) ? v.GetString() : null;

        private static string[]? Strings(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v))
            {
                return null;
            }

            var list = new List<string>();
            foreach (var item in v.EnumerateArray())
            {
                list.Add(item.GetString()!);
            }

            return list.ToArray();
        }
    }
}
