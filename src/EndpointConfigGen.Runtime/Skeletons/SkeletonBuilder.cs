using System;
using System.Collections.Generic;
using EndpointConfigGen.Model;

namespace EndpointConfigGen.Emitters.Skeletons
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
    /// Walks a shape the way botocore's <c>ArgumentGenerator</c> does (with CLI v2's first-enum-value
    /// rule and its YAML subclass's comments), so the writers reproduce the CLI byte for byte.
    /// </summary>
    internal sealed class SkeletonBuilder
    {
        private readonly ShapeIndex _index;
        private readonly SkeletonMode _mode;

        // Shape names on the current path with their counts: botocore writes a structure that is
        // already being expanded as {} (its stack holds every shape, so count > 1 means "again").
        private readonly Dictionary<string, int> _path = new Dictionary<string, int>(StringComparer.Ordinal);

        private SkeletonBuilder(ShapeIndex index, SkeletonMode mode)
        {
            _index = index;
            _mode = mode;
        }

        public static SkeletonNode Build(ShapeIndex index, string shapeName, SkeletonMode mode) =>
            new SkeletonBuilder(index, mode).Generate(index.Shape(shapeName), string.Empty);

        private SkeletonNode Generate(ShapeSpec shape, string name)
        {
            _path.TryGetValue(shape.Name, out var count);
            _path[shape.Name] = count + 1;
            try
            {
                return GenerateValue(shape, name, count > 0);
            }
            finally
            {
                _path[shape.Name] = count;
            }
        }

        private SkeletonNode GenerateValue(ShapeSpec shape, string name, bool onPath)
        {
            switch (shape.Kind)
            {
                case ShapeKind.Structure:
                    return onPath ? SkeletonNode.Map(new List<SkeletonEntry>()) : Structure(shape);
                case ShapeKind.Document:
                    return SkeletonNode.Map(new List<SkeletonEntry>());
                case ShapeKind.List:
                    // Output mode names a list element after its shape, as botocore does.
                    var itemName = _mode == SkeletonMode.Output ? shape.ListMember! : string.Empty;
                    return SkeletonNode.List(Generate(_index.Shape(shape.ListMember!), itemName));
                case ShapeKind.Map:
                    var value = new SkeletonEntry("KeyName", Generate(_index.Shape(shape.MapValue!), string.Empty), null);
                    return SkeletonNode.Map(new List<SkeletonEntry> { value });
                case ShapeKind.String:
                    return SkeletonNode.String(_mode == SkeletonMode.Output ? name : string.Empty);
                case ShapeKind.Enum:
                    return SkeletonNode.String(_mode == SkeletonMode.Output ? name : shape.EnumValues[0]);
                case ShapeKind.Integer:
                case ShapeKind.Long:
                    return SkeletonNode.Scalar(SkeletonKind.Integer);
                case ShapeKind.Float:
                case ShapeKind.Double:
                    return SkeletonNode.Scalar(SkeletonKind.Float);
                case ShapeKind.Boolean:
                    return SkeletonNode.Scalar(SkeletonKind.True);
                case ShapeKind.Timestamp:
                    return SkeletonNode.Scalar(SkeletonKind.Timestamp);
                case ShapeKind.Blob:
                    return SkeletonNode.Scalar(SkeletonKind.Blob);
                default:
                    throw new InvalidOperationException("Unhandled shape kind " + shape.Kind);
            }
        }

        private SkeletonNode Structure(ShapeSpec shape)
        {
            var entries = new List<SkeletonEntry>(shape.Members.Count);
            foreach (var member in shape.Members)
            {
                var target = _index.Shape(member.Target);
                var comment = _mode == SkeletonMode.YamlInput ? Comment(member, target) : null;
                entries.Add(new SkeletonEntry(member.Name, Generate(target, member.Name), comment));
            }

            return SkeletonNode.Map(entries);
        }

        /// <summary>CLI v2's member comment: <c>[REQUIRED]</c>, the documentation's first sentence, the enum values.</summary>
        private static string? Comment(MemberSpec member, ShapeSpec target)
        {
            // A member's own documentation overrides its shape's, as botocore merges member traits.
            var parts = new List<string>(3);
            if (member.Required)
            {
                parts.Add("[REQUIRED]");
            }

            parts.Add(DocOverview.FirstSentence(member.Documentation ?? target.Documentation ?? string.Empty));
            if (target.Kind == ShapeKind.Enum)
            {
                parts.Add("Valid values are: " + string.Join(", ", target.EnumValues) + ".");
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
