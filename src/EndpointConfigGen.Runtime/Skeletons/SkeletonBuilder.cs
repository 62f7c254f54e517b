using System;
using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    internal enum SkeletonMode
    {
        /// <summary><c>--generate-cli-skeleton input</c>: empty strings, enums at their first value.</summary>
        Input,

        /// <summary><c>--generate-cli-skeleton output</c>: strings and enums hold a name.</summary>
        Output,

        /// <summary><c>--generate-cli-skeleton yaml-input</c>: as input, plus member comments.</summary>
        YamlInput,
    }

    /// <summary>
    /// Walks a schema the way botocore's <c>ArgumentGenerator</c> walks a shape (with CLI v2's
    /// first-enum-value rule and its YAML subclass's comments), so the writers reproduce the CLI byte for byte.
    /// </summary>
    internal sealed class SkeletonBuilder
    {
        private readonly SkeletonMode _mode;

        // Shapes on the current path with their counts: botocore writes a structure that is already
        // being expanded as {} (its stack holds every shape, so count > 1 means "again").
        private readonly Dictionary<SchemaShape, int> _path = new Dictionary<SchemaShape, int>();

        private SkeletonBuilder(SkeletonMode mode) => _mode = mode;

        public static SkeletonNode Build(SchemaShape shape, SkeletonMode mode) => new SkeletonBuilder(mode).Generate(shape, string.Empty);

        private SkeletonNode Generate(SchemaShape shape, string name)
        {
            _path.TryGetValue(shape, out var count);
            _path[shape] = count + 1;
            try
            {
                return GenerateValue(shape, name, count > 0);
            }
            finally
            {
                _path[shape] = count;
            }
        }

        private SkeletonNode GenerateValue(SchemaShape shape, string name, bool onPath)
        {
            switch (shape.Kind)
            {
                case SchemaKind.Structure:
                    return onPath ? SkeletonNode.Map(new List<SkeletonEntry>()) : Structure(shape);
                case SchemaKind.Document:
                    return SkeletonNode.Map(new List<SkeletonEntry>());
                case SchemaKind.List:
                    // Output mode names a list element after its shape, as botocore does.
                    var item = shape.Item!;
                    return SkeletonNode.List(Generate(item, _mode == SkeletonMode.Output ? item.Name : string.Empty));
                case SchemaKind.Map:
                    var value = new SkeletonEntry("KeyName", Generate(shape.Value!, string.Empty), null);
                    return SkeletonNode.Map(new List<SkeletonEntry> { value });
                case SchemaKind.String:
                    return SkeletonNode.String(_mode == SkeletonMode.Output ? name : string.Empty);
                case SchemaKind.Enum:
                    return SkeletonNode.String(_mode == SkeletonMode.Output ? name : shape.EnumValues[0]);
                case SchemaKind.Integer:
                case SchemaKind.Long:
                    return SkeletonNode.Scalar(SkeletonKind.Integer);
                case SchemaKind.Float:
                case SchemaKind.Double:
                    return SkeletonNode.Scalar(SkeletonKind.Float);
                case SchemaKind.Boolean:
                    return SkeletonNode.Scalar(SkeletonKind.True);
                case SchemaKind.Timestamp:
                    return SkeletonNode.Scalar(SkeletonKind.Timestamp);
                case SchemaKind.Blob:
                    return SkeletonNode.Scalar(SkeletonKind.Blob);
                default:
                    throw new InvalidOperationException("Unhandled shape kind " + shape.Kind);
            }
        }

        private SkeletonNode Structure(SchemaShape shape)
        {
            var entries = new List<SkeletonEntry>(shape.Members.Count);
            foreach (var member in shape.Members)
            {
                var comment = _mode == SkeletonMode.YamlInput ? Comment(member) : null;
                entries.Add(new SkeletonEntry(member.Name, Generate(member.Target, member.Name), comment));
            }

            return SkeletonNode.Map(entries);
        }

        /// <summary>CLI v2's member comment: <c>[REQUIRED]</c>, the documentation's first sentence, the enum values.</summary>
        private static string? Comment(SchemaMember member)
        {
            var parts = new List<string>(3);
            if (member.Required)
            {
                parts.Add("[REQUIRED]");
            }

            parts.Add(member.Summary ?? string.Empty);
            if (member.Target.Kind == SchemaKind.Enum)
            {
                parts.Add("Valid values are: " + string.Join(", ", member.Target.EnumValues) + ".");
            }

            var comment = string.Join(" ", parts);
            foreach (var c in comment)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return comment;
                }
            }

            return null;
        }
    }
}
