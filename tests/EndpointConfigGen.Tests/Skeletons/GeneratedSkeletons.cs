using System;
using System.IO;
using System.Linq;
using EndpointConfigGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EndpointConfigGen.Tests.Skeletons;

/// <summary>Runs the generator over a shape file and reads the skeleton constants it emitted.</summary>
internal sealed class GeneratedSkeletons
{
    private readonly GeneratorResult _result;

    private GeneratedSkeletons(GeneratorResult result) => _result = result;

    public GeneratorResult Result => _result;

    public static GeneratedSkeletons From(string shapePath) => FromText(shapePath, File.ReadAllText(shapePath));

    public static GeneratedSkeletons FromText(string path, string text)
    {
        var result = GeneratorHarness.Run([new InMemoryAdditionalText(path, text)]);
        Assert.Empty(result.GeneratorDiagnostics);
        return new GeneratedSkeletons(result);
    }

    /// <summary>A constant of an operation class, read from the compilation's symbols.</summary>
    public string Constant(string className, string constant)
    {
        var type = _result.Output.GetTypeByMetadataName("Consumer.Models." + className)
            ?? throw new InvalidOperationException("No generated class " + className);
        var field = type.GetMembers(constant).OfType<IFieldSymbol>().Single();
        Assert.True(field.IsConst);
        return (string)field.ConstantValue!;
    }

    /// <summary>The class of an operation: <c>{Operation}Operation</c>, or with <c>_</c> when a shape took that name.</summary>
    public string ClassOf(string operation)
    {
        var type = _result.Output.GetTypeByMetadataName("Consumer.Models." + operation + "Operation");
        return type is not null && type.GetMembers("InputSkeleton").Length > 0 ? operation + "Operation" : operation + "Operation_";
    }
}
