using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EndpointConfigGen.Benchmarks.Analyzer;

/// <summary>
/// Issue item 6: writes a consumer project with 1,000 uses of the generated types (object initializers the
/// analyzers check member by member, and shorthand and JSON literals they parse and validate). Building it
/// with <c>-p:EcgAnalyzersOff=true</c> sets every id of our analyzers to <c>none</c>, which makes the compiler
/// skip them while the generator still runs, so the difference is our analyzers' cost alone.
/// scripts/analyzer_overhead.py builds it and times the builds.
/// </summary>
public static class ConsumerProjectWriter
{
    public const int Uses = 1000;

    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var repo = Repo.Root;
        File.WriteAllText(Path.Combine(directory, "AnalyzerConsumer.csproj"), Project(repo));
        File.WriteAllText(Path.Combine(directory, "analyzers-off.globalconfig"), AnalyzersOff());
        File.WriteAllText(Path.Combine(directory, "Uses.cs"), UsesSource());
    }

    private static string Project(string repo) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <EndpointConfigGenNamespace>Consumer.Models</EndpointConfigGenNamespace>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <Import Project="{repo}/src/EndpointConfigGen/build/EndpointConfigGen.props" />
          <ItemGroup>
            <ProjectReference Include="{repo}/src/EndpointConfigGen/EndpointConfigGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            <AdditionalFiles Include="{repo}/shapes/sagemaker/CreateEndpointConfig.shape.json" />
            <AdditionalFiles Include="{repo}/shapes/sagemaker/CreateEndpointConfig.rules.json" />
          </ItemGroup>
          <ItemGroup Condition="'$(EcgAnalyzersOff)' == 'true'">
            <GlobalAnalyzerConfigFiles Include="analyzers-off.globalconfig" />
          </ItemGroup>
          <Import Project="{repo}/src/EndpointConfigGen/build/EndpointConfigGen.targets" />
        </Project>
        """;

    /// <summary>Every id our analyzers support, read from the built assembly so new ids are covered.</summary>
    internal static string AnalyzersOff()
    {
        var assembly = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "generator", "EndpointConfigGen.dll"));
        var ids = LoadableTypes(assembly)
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Select(d => d.Id)
            .Distinct()
            .Order(StringComparer.Ordinal);
        return "is_global = true\n" + string.Concat(ids.Select(id => $"dotnet_diagnostic.{id}.severity = none\n"));
    }

    // The code-fix types derive from Workspaces, which this host does not load (the compiler never does either).
    private static Type[] LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.Where(t => t is not null).ToArray()!;
        }
    }

    private static string UsesSource()
    {
        var sb = new StringBuilder("using System.Collections.Generic;\nusing Consumer.Models;\n\nnamespace AnalyzerConsumer;\n\npublic static class Uses\n{\n");
        for (var i = 0; i < Uses; i++)
        {
            sb.Append("    public static object Use").Append(i).Append("() => ").Append(Use(i)).Append(";\n\n");
        }

        return sb.Append("}\n").ToString();
    }

    private static string Use(int i) => (i % 4) switch
    {
        0 => $$"""new ProductionVariant { VariantName = "v{{i}}", ModelName = "model-{{i}}", InstanceType = ProductionVariantInstanceType.MlM5Large, InitialInstanceCount = {{1 + i % 5}}, InitialVariantWeight = 1 }""",
        1 => $$"""ProductionVariant.ParseShorthand("VariantName=v{{i}},InstanceType=ml.m5.large,InitialInstanceCount=1,RoutingConfig={RoutingStrategy=RANDOM}")""",
        2 => $$""""DataCaptureConfig.FromJson("""{"InitialSamplingPercentage":{{i % 100}},"DestinationS3Uri":"s3://bucket/p{{i}}","CaptureOptions":[{"CaptureMode":"Input"}]}""")"""",
        _ => $$"""new CreateEndpointConfigInput { EndpointConfigName = "config-{{i}}", ProductionVariants = new List<ProductionVariant> { new() { VariantName = "a", InstanceType = ProductionVariantInstanceType.MlC5Xlarge, InitialVariantWeight = 1 } }, Tags = new List<Tag> { new() { Key = "team", Value = "ml" } } }""",
    };
}
