using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Diagnostics;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Reader
{
    /// <summary>
    /// Turns the text of a botocore service-model file into a <see cref="ServiceModel"/>, each spec with its
    /// C# names, reporting every problem at its place in the file. Never throws on bad input.
    /// </summary>
    internal static class ShapeFileReader
    {
        public const int MaxFileChars = 32 * 1024 * 1024;
        public const int MaxShapes = 20000;

        private static readonly Dictionary<string, SchemaKind> Kinds = new Dictionary<string, SchemaKind>(StringComparer.Ordinal)
        {
            ["structure"] = SchemaKind.Structure,
            ["list"] = SchemaKind.List,
            ["map"] = SchemaKind.Map,
            ["string"] = SchemaKind.String,
            ["integer"] = SchemaKind.Integer,
            ["long"] = SchemaKind.Long,
            ["float"] = SchemaKind.Float,
            ["double"] = SchemaKind.Double,
            ["boolean"] = SchemaKind.Boolean,
            ["timestamp"] = SchemaKind.Timestamp,
            ["blob"] = SchemaKind.Blob,
            ["document"] = SchemaKind.Document,
        };

        /// <summary>Reads a shape file; its rules file, if any, is attached by a later step.</summary>
        public static ShapeFileResult Read(string path, string text, CancellationToken cancellationToken)
        {
            var sink = new DiagnosticSink(path);
            var model = ReadModel(text, sink, cancellationToken);
            return new ShapeFileResult(path, sink.HasErrors ? null : model, sink.ToArray());
        }

        private static ServiceModel? ReadModel(string text, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var origin = new TextPosition(0, 0, 0);
            if (text.Length > MaxFileChars)
            {
                sink.Report(DiagnosticDescriptors.LimitExceeded, origin, origin,
                    "The shape file has " + text.Length.ToString(CultureInfo.InvariantCulture) + " characters; the limit is " + MaxFileChars.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            var root = JsonTextParser.Parse(text, out var error, out var errorAt);
            if (root is null)
            {
                sink.Report(DiagnosticDescriptors.InvalidJson, errorAt, errorAt, "Shape file", error!);
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (root.Kind != JsonKind.Object || root.Get("shapes") is not { Kind: JsonKind.Object } shapesNode)
            {
                sink.Report(DiagnosticDescriptors.NotAServiceModel, root, "Shape file", "expected a JSON object with a \"shapes\" object, as botocore's service-2.json");
                return null;
            }

            var metadata = root.Get("metadata");
            var shapes = ReadShapes(shapesNode, sink, cancellationToken);
            var operations = ReadOperations(root.Get("operations"), shapes, sink);
            CheckReferences(shapesNode, shapes, operations, sink);
            CheckCollectionCycles(shapesNode, shapes, sink);
            string Meta(string name) => StringOf(metadata?.Get(name)) ?? string.Empty;
            var endpointPrefix = Meta("endpointPrefix");
            return new ServiceModel(
                new ServiceMetadata(
                    StringOf(metadata?.Get("serviceId")) ?? StringOf(metadata?.Get("serviceAbbreviation")) ?? string.Empty,
                    Meta("protocol"),
                    Meta("targetPrefix"),
                    Meta("jsonVersion"),
                    // botocore signs with the endpoint prefix when the model names no signing name.
                    StringOf(metadata?.Get("signingName")) ?? endpointPrefix,
                    endpointPrefix,
                    Meta("apiVersion")),
                operations.Select(op => op.Spec).ToEquatableArray(),
                shapes.ToEquatableArray(),
                RulesSpec.None);
        }

        private static List<ShapeSpec> ReadShapes(JsonNode shapesNode, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var result = new List<ShapeSpec>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (shapesNode.Properties!.Count > MaxShapes)
            {
                sink.Report(DiagnosticDescriptors.LimitExceeded, shapesNode.Start, shapesNode.Start,
                    "The model has " + shapesNode.Properties.Count.ToString(CultureInfo.InvariantCulture) + " shapes; the limit is " + MaxShapes.ToString(CultureInfo.InvariantCulture));
                return result;
            }

            foreach (var property in shapesNode.Properties)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!seen.Add(property.Name))
                {
                    sink.Report(DiagnosticDescriptors.DuplicateName, property.NameStart, property.NameEnd, "Shape", property.Name);
                    continue;
                }

                var shape = ReadShape(property, sink);
                if (shape is not null)
                {
                    result.Add(shape);
                }
            }

            return result;
        }

        private static ShapeSpec? ReadShape(JsonProperty property, DiagnosticSink sink)
        {
            var node = property.Value;
            if (node.Kind != JsonKind.Object)
            {
                sink.Report(DiagnosticDescriptors.NotAServiceModel, node, "Shape '" + property.Name + "'", "expected an object");
                return null;
            }

            var typeNode = node.Get("type");
            var type = StringOf(typeNode);
            if (type is null || !Kinds.TryGetValue(type, out var kind))
            {
                sink.Report(DiagnosticDescriptors.UnknownShapeType, typeNode ?? node, property.Name, type ?? "(missing)");
                return null;
            }

            var enumValues = ReadEnum(node.Get("enum"), property.Name, sink);
            if (kind == SchemaKind.String && enumValues.Count > 0)
            {
                kind = SchemaKind.Enum;
            }

            // botocore marks document types as structures with "document": true.
            if (kind == SchemaKind.Structure && node.Get("document")?.Kind == JsonKind.True)
            {
                kind = SchemaKind.Document;
            }

            var typeName = Naming.TypeName(property.Name);
            var members = kind == SchemaKind.Structure
                ? ReadMembers(node, property.Name, typeName, sink)
                : EquatableArray<MemberSpec>.Empty;

            return new ShapeSpec(
                property.Name,
                kind,
                members,
                kind == SchemaKind.List ? TargetOf(node.Get("member")) : null,
                kind == SchemaKind.Map ? TargetOf(node.Get("key")) : null,
                kind == SchemaKind.Map ? TargetOf(node.Get("value")) : null,
                enumValues,
                NumberOf(node.Get("min"), property.Name, "min", sink),
                NumberOf(node.Get("max"), property.Name, "max", sink),
                PatternOf(node.Get("pattern"), property.Name, sink),
                StringOf(node.Get("documentation")),
                node.Get("deprecated")?.Kind == JsonKind.True,
                node.Get("union")?.Kind == JsonKind.True)
            {
                TypeName = typeName,
                EnumValueNames = kind == SchemaKind.Enum ? Naming.EnumValueNames(enumValues, typeName).ToImmutableArray().ToEquatableArray() : EquatableArray<string>.Empty,
                ErrorCode = StringOf(node.Get("error")?.Get("code")),
                ErrorStatus = NumberOf(node.Get("error")?.Get("httpStatusCode"), property.Name, "error.httpStatusCode", sink),
            };
        }

        private static EquatableArray<MemberSpec> ReadMembers(JsonNode shape, string shapeName, string typeName, DiagnosticSink sink)
        {
            var required = new HashSet<string>(StringComparer.Ordinal);
            if (shape.Get("required") is { Kind: JsonKind.Array } requiredNode)
            {
                foreach (var item in requiredNode.Items!)
                {
                    if (item.Kind == JsonKind.String)
                    {
                        required.Add(item.Text);
                    }
                }
            }

            var builder = ImmutableArray.CreateBuilder<MemberSpec>();
            var membersNode = shape.Get("members");
            if (membersNode is null)
            {
                return EquatableArray<MemberSpec>.Empty;
            }

            if (membersNode.Kind != JsonKind.Object)
            {
                sink.Report(DiagnosticDescriptors.NotAServiceModel, membersNode, "Shape '" + shapeName + "'", "\"members\" must be an object");
                return EquatableArray<MemberSpec>.Empty;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in membersNode.Properties!)
            {
                if (!seen.Add(member.Name))
                {
                    sink.Report(DiagnosticDescriptors.DuplicateName, member.NameStart, member.NameEnd, "Member of shape '" + shapeName + "'", member.Name);
                    continue;
                }

                var target = TargetOf(member.Value);
                if (target is null)
                {
                    sink.Report(DiagnosticDescriptors.NotAServiceModel, member.Value, "Member '" + shapeName + "." + member.Name + "'", "expected an object with a \"shape\" string");
                    continue;
                }

                builder.Add(new MemberSpec(
                    member.Name,
                    target,
                    required.Contains(member.Name),
                    StringOf(member.Value.Get("documentation")),
                    member.Value.Get("deprecated")?.Kind == JsonKind.True,
                    StringOf(member.Value.Get("deprecatedMessage")),
                    member.Value.Get("idempotencyToken")?.Kind == JsonKind.True)
                {
                    Property = Naming.PropertyName(member.Name, typeName),
                    Local = Naming.Local(member.Name),
                    CliOption = "--" + Naming.CliOptionName(member.Name),
                });
            }

            return new EquatableArray<MemberSpec>(builder.ToImmutable());
        }

        private static EquatableArray<string> ReadEnum(JsonNode? node, string shapeName, DiagnosticSink sink)
        {
            if (node is null)
            {
                return EquatableArray<string>.Empty;
            }

            if (node.Kind != JsonKind.Array)
            {
                sink.Report(DiagnosticDescriptors.NotAServiceModel, node, "Shape '" + shapeName + "'", "\"enum\" must be an array of strings");
                return EquatableArray<string>.Empty;
            }

            var values = ImmutableArray.CreateBuilder<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in node.Items!)
            {
                if (item.Kind != JsonKind.String)
                {
                    sink.Report(DiagnosticDescriptors.NotAServiceModel, item, "Shape '" + shapeName + "'", "\"enum\" must be an array of strings");
                }
                else if (!seen.Add(item.Text))
                {
                    sink.Report(DiagnosticDescriptors.DuplicateName, item, "Enum value of shape '" + shapeName + "'", item.Text);
                }
                else
                {
                    values.Add(item.Text);
                }
            }

            return new EquatableArray<string>(values.ToImmutable());
        }

        /// <summary>The operations in file order, each with its node for locating reference problems; their classes keep clear of every shape's type.</summary>
        private static List<(OperationSpec Spec, JsonNode Node)> ReadOperations(JsonNode? operationsNode, List<ShapeSpec> shapes, DiagnosticSink sink)
        {
            var result = new List<(OperationSpec, JsonNode)>();
            if (operationsNode is null || operationsNode.Kind != JsonKind.Object)
            {
                return result;
            }

            var shapeTypes = new HashSet<string>(shapes.Select(shape => shape.TypeName.TrimStart('@')), StringComparer.Ordinal);

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var op in operationsNode.Properties!)
            {
                if (!seen.Add(op.Name))
                {
                    sink.Report(DiagnosticDescriptors.DuplicateName, op.NameStart, op.NameEnd, "Operation", op.Name);
                    continue;
                }

                var spec = new OperationSpec(
                    op.Name,
                    TargetOf(op.Value.Get("input")),
                    TargetOf(op.Value.Get("output")),
                    StringOf(op.Value.Get("documentation")),
                    op.Value.Get("deprecated")?.Kind == JsonKind.True,
                    StringOf(op.Value.Get("http")?.Get("method")) ?? "POST",
                    StringOf(op.Value.Get("http")?.Get("requestUri")) ?? "/")
                {
                    ClassName = Naming.OperationClassName(op.Name, shapeTypes),
                    CommandName = Naming.CliOptionName(op.Name),
                    MethodName = Naming.Identifier(op.Name + "Async"),
                    Errors = ErrorsOf(op.Value.Get("errors")),
                };
                result.Add((spec, op.Value));
            }

            return result;
        }

        private static EquatableArray<string> ErrorsOf(JsonNode? errors)
        {
            if (errors is not { Kind: JsonKind.Array })
            {
                return EquatableArray<string>.Empty;
            }

            var names = ImmutableArray.CreateBuilder<string>();
            foreach (var error in errors.Items!)
            {
                if (TargetOf(error) is { } name && !names.Contains(name))
                {
                    names.Add(name);
                }
            }

            return new EquatableArray<string>(names.ToImmutable());
        }

        /// <summary>
        /// A list or map that holds itself through lists and maps alone has no C# type
        /// (IReadOnlyList&lt;IReadOnlyList&lt;...&gt;&gt; never ends); botocore needs a structure in between too.
        /// </summary>
        private static void CheckCollectionCycles(JsonNode shapesNode, List<ShapeSpec> shapes, DiagnosticSink sink)
        {
            var byName = new Dictionary<string, ShapeSpec>(StringComparer.Ordinal);
            foreach (var shape in shapes)
            {
                byName[shape.Name] = shape;
            }

            foreach (var shape in shapes)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var at = shape; at is { Kind: SchemaKind.List or SchemaKind.Map }; at = byName.TryGetValue((at.Kind == SchemaKind.List ? at.ListMember : at.MapValue) ?? string.Empty, out var next) ? next : null)
                {
                    if (!seen.Add(at.Name))
                    {
                        if (at.Name == shape.Name)
                        {
                            sink.Report(DiagnosticDescriptors.NotAServiceModel, shapesNode.Get(shape.Name) ?? shapesNode, "Shape '" + shape.Name + "'",
                                "a list or map that contains itself through lists and maps only has no type; put a structure in between");
                        }

                        break;
                    }
                }
            }
        }

        private static void CheckReferences(JsonNode shapesNode, List<ShapeSpec> shapes, List<(OperationSpec Spec, JsonNode Node)> operations, DiagnosticSink sink)
        {
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var shape in shapes)
            {
                known.Add(shape.Name);
            }

            void Check(JsonNode? reference, string what)
            {
                var name = StringOf(reference?.Get("shape"));
                if (name is not null && !known.Contains(name))
                {
                    sink.Report(DiagnosticDescriptors.DanglingReference, reference!.Get("shape")!, what, name);
                }
            }

            foreach (var (op, node) in operations)
            {
                Check(node.Get("input"), "Operation '" + op.Name + "' input");
                Check(node.Get("output"), "Operation '" + op.Name + "' output");
                if (node.Get("errors") is { Kind: JsonKind.Array } errors)
                {
                    foreach (var error in errors.Items!)
                    {
                        Check(error, "Operation '" + op.Name + "' error");
                    }
                }
            }

            foreach (var property in shapesNode.Properties!)
            {
                var shape = property.Value;
                if (shape.Kind != JsonKind.Object)
                {
                    continue;
                }

                if (shape.Get("members") is { Kind: JsonKind.Object } members)
                {
                    foreach (var member in members.Properties!)
                    {
                        Check(member.Value, "Member '" + property.Name + "." + member.Name + "'");
                    }
                }

                Check(shape.Get("member"), "List '" + property.Name + "' member");
                Check(shape.Get("key"), "Map '" + property.Name + "' key");
                Check(shape.Get("value"), "Map '" + property.Name + "' value");
            }

            foreach (var shape in shapes)
            {
                if ((shape.Kind == SchemaKind.List && shape.ListMember is null)
                    || (shape.Kind == SchemaKind.Map && (shape.MapKey is null || shape.MapValue is null)))
                {
                    var node = shapesNode.Get(shape.Name)!;
                    sink.Report(DiagnosticDescriptors.NotAServiceModel, node, "Shape '" + shape.Name + "'",
                        shape.Kind == SchemaKind.List ? "a list needs \"member\": {\"shape\": ...}" : "a map needs \"key\" and \"value\" shapes");
                }
            }
        }

        /// <summary>The pattern; one .NET cannot read even after translation is kept but reported (it then checks nothing).</summary>
        private static string? PatternOf(JsonNode? node, string shapeName, DiagnosticSink sink)
        {
            var pattern = StringOf(node);
            if (pattern is not null && EndpointConfigGen.Runtime.ModelPattern.Get(pattern) is null)
            {
                sink.Report(DiagnosticDescriptors.InvalidConstraint, node!, shapeName, "pattern " + pattern + " is not a regular expression .NET can read");
            }

            return pattern;
        }

        private static string? TargetOf(JsonNode? reference) => StringOf(reference?.Get("shape"));

        private static string? StringOf(JsonNode? node) => node is { Kind: JsonKind.String } ? node.Text : null;

        private static string? NumberOf(JsonNode? node, string shapeName, string what, DiagnosticSink sink)
        {
            if (node is null)
            {
                return null;
            }

            if (node.Kind != JsonKind.Number)
            {
                sink.Report(DiagnosticDescriptors.NotAServiceModel, node, "Shape '" + shapeName + "'", "\"" + what + "\" must be a number");
                return null;
            }

            return node.Text;
        }
    }
}
