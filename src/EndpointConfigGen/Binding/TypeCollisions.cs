using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EndpointConfigGen.Model;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Binding
{
    /// <summary>A shape file whose types an earlier file (by path) already generates in the same namespace.</summary>
    internal sealed record Collision(string FilePath, string OtherFile, string Namespace, EquatableArray<string> Types);

    /// <summary>
    /// Finds shape files that would declare the same type twice: two slices of one service share shapes
    /// (<c>Tag</c>) and its client. The later file generates nothing and gets one diagnostic instead of a
    /// CS0101 per type.
    /// </summary>
    internal static class TypeCollisions
    {
        private const int NamesShown = 5;

        public static EquatableArray<Collision> Find(ImmutableArray<BoundFile> files, CompilationFacts facts)
        {
            var owners = new Dictionary<(string Namespace, string Type), string>();
            var collisions = ImmutableArray.CreateBuilder<Collision>();
            foreach (var file in files.Where(f => f.Bound is not null).OrderBy(f => f.FilePath, StringComparer.Ordinal))
            {
                var bound = file.Bound!;
                var types = TypesOf(bound, facts).ToList();
                var taken = types.Where(type => owners.ContainsKey((bound.Namespace, type))).ToList();
                if (taken.Count > 0)
                {
                    var other = owners[(bound.Namespace, taken[0])];
                    collisions.Add(new Collision(file.FilePath, other, bound.Namespace, taken.Take(NamesShown).ToImmutableArray().ToEquatableArray()));
                    continue;
                }

                foreach (var type in types)
                {
                    owners[(bound.Namespace, type)] = file.FilePath;
                }
            }

            return collisions.ToImmutable().ToEquatableArray();
        }

        private static IEnumerable<string> TypesOf(BoundModel bound, CompilationFacts facts)
        {
            yield return bound.SchemaClass;
            if (bound.Generate == GenerateMode.SdkChecks)
            {
                yield break;
            }

            foreach (var shape in bound.Generated)
            {
                if (shape.Kind is SchemaKind.Structure or SchemaKind.Enum)
                {
                    yield return shape.TypeName.TrimStart('@');
                }
            }

            foreach (var operation in bound.Operations)
            {
                yield return operation.ClassName;
            }

            if (bound.DeclaresClient(facts))
            {
                yield return bound.Client.Client;
                yield return bound.Client.Config;
                foreach (var error in bound.Errors)
                {
                    yield return error.TypeName.TrimStart('@');
                }
            }
        }
    }
}
