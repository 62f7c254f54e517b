using System.Collections.Generic;
using System.Linq;
using System.Text;
using EndpointConfigGen.Tests.Infrastructure;

using EndpointConfigGen.Tests.Skeletons;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>
/// Generated source grows with the model, not with what the model expands to: a chain of structures
/// that each hold the next twice has a skeleton of 2^depth entries, and still a constant amount of
/// source per shape. Every botocore model stays under 20 KB per shape (tests/EndpointConfigGen.Fuzz/MODELS.md).
/// </summary>
public class LinearOutputTests
{
    [Fact]
    public void Doubling_the_nesting_of_a_doubly_branching_model_doubles_its_source_and_no_more()
    {
        var (shallow, shallowSkeleton) = Generate(depth: 6);
        var (deep, deepSkeleton) = Generate(depth: 12);

        // The skeleton the CLI prints grows 64 times; the source only by the added shapes.
        Assert.True(deepSkeleton.Length > 50 * shallowSkeleton.Length, $"{deepSkeleton.Length} against {shallowSkeleton.Length}");
        Assert.True(deep < 2.2 * shallow, $"{deep} bytes of source at depth 12 against {shallow} at depth 6");
        Assert.True(deep / 13 < 20 * 1024, $"{deep / 13} bytes per shape");
    }

    /// <returns>The generated source's size and the operation's input skeleton.</returns>
    private static (long Source, string Skeleton) Generate(int depth)
    {
        var shapes = new List<string>();
        for (var level = 0; level < depth; level++)
        {
            var next = level + 1 < depth ? "Level" + (level + 1) : "Leaf";
            shapes.Add($$"""
                "Level{{level}}": { "type": "structure", "members": { "Left": { "shape": "{{next}}" }, "Right": { "shape": "{{next}}" } } }
                """);
        }

        shapes.Add("""
            "Leaf": { "type": "structure", "members": { "Name": { "shape": "Text" } } },
            "Text": { "type": "string", "documentation": "<p>A name. Any name.</p>" }
            """);
        var model = $$"""
            {
              "version": "2.0",
              "metadata": { "apiVersion": "2024-01-01", "protocol": "json", "jsonVersion": "1.1", "serviceId": "Trees", "targetPrefix": "Trees" },
              "operations": { "PutTree": { "name": "PutTree", "input": { "shape": "Level0" } } },
              "shapes": { {{string.Join(",\n", shapes)}} }
            }
            """;

        var generated = GeneratedSkeletons.FromText("/shapes/Trees.shape.json", model);
        var source = generated.Result.Sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        return (source, generated.Constant("PutTreeOperation", "InputSkeleton"));
    }
}
