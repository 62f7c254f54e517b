using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Skeletons;

/// <summary>Runs the generator over a shape file and reads the skeletons of the code it emitted.</summary>
internal sealed class GeneratedSkeletons
{
    private readonly GeneratorResult _result;

    private readonly Lazy<Assembly> _assembly;

    private GeneratedSkeletons(GeneratorResult result)
    {
        _result = result;
        // The runtime the generated code references resolves to this test's copy, as in the CLI option table tests.
        _assembly = new(() => new AssemblyLoadContext("skeletons", isCollectible: false).LoadFromStream(new MemoryStream(result.Emit())));
    }

    public GeneratorResult Result => _result;

    public static GeneratedSkeletons From(string shapePath) => FromText(shapePath, File.ReadAllText(shapePath));

    public static GeneratedSkeletons FromText(string path, string text)
    {
        var result = GeneratorHarness.Run([new InMemoryAdditionalText(path, text)]);
        Assert.Empty(result.GeneratorDiagnostics);
        return new GeneratedSkeletons(result);
    }

    /// <summary>
    /// A static string of an operation class (its Name constant, a skeleton property), read from the compiled
    /// output: skeletons are built by the runtime when first read, so the symbols alone do not hold them.
    /// </summary>
    public string Constant(string className, string member)
    {
        var type = _assembly.Value.GetType("Consumer.Models." + className)
            ?? throw new InvalidOperationException("No generated class " + className);
        var value = type.GetField(member)?.GetValue(null) ?? type.GetProperty(member)?.GetValue(null);
        return Assert.IsType<string>(value);
    }

    /// <summary>The class of an operation: <c>{Operation}Operation</c>, or with <c>_</c> when a shape took that name.</summary>
    public string ClassOf(string operation)
    {
        var type = _result.Output.GetTypeByMetadataName("Consumer.Models." + operation + "Operation");
        return type is not null && type.GetMembers("InputSkeleton").Length > 0 ? operation + "Operation" : operation + "Operation_";
    }
}
