using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Consumer.Models;
using EndpointConfigGen.Runtime;

namespace Consumer.Tests.Properties;

/// <summary>Every generated record with its schema and generated methods, found through the decoded model.</summary>
internal sealed class GeneratedStructures
{
    public static IReadOnlyDictionary<string, GeneratedStructures> All { get; } = CreateEndpointConfigModelSchema.Model.Shapes
        .Where(s => s.Kind == SchemaKind.Structure)
        .Select(s => new GeneratedStructures(typeof(CreateEndpointConfigInput).Assembly.GetType(typeof(CreateEndpointConfigInput).Namespace + "." + s.TypeName, throwOnError: true)!, s))
        .ToDictionary(s => s.Schema.Name, StringComparer.Ordinal);

    private readonly Type _type;

    private GeneratedStructures(Type type, SchemaShape schema)
    {
        _type = type;
        Schema = schema;
    }

    public SchemaShape Schema { get; }

    public object FromParamNode(ParamNode node) => Static("FromParamNode", node);

    public object ParseShorthand(string text) => Static("ParseShorthand", text);

    public object FromJson(string json) => Static("FromJson", json);

    public string ToShorthand(object value) => Instance(value, "ToShorthand");

    public string ToJson(object value) => Instance(value, "ToJson");

    public override string ToString() => _type.Name;

    // FromParamNode is internal: generated infrastructure, called only by the generated code of the same assembly.
    private object Static(string method, object argument) =>
        Unwrap(() => _type.GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [argument.GetType() == typeof(string) ? typeof(string) : typeof(ParamNode)])!.Invoke(null, [argument])!);

    private string Instance(object value, string method) =>
        (string)Unwrap(() => _type.GetMethod(method, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!.Invoke(value, null)!);

    /// <summary>Reflection wraps what the method threw; the properties assert on the method's own exception.</summary>
    private static object Unwrap(Func<object> call)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
