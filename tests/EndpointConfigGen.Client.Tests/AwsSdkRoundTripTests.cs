using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Consumer.Tests;
using CsCheck;
using EndpointConfigGen.Runtime;

namespace EndpointConfigGen.Client.Tests;

/// <summary>
/// <c>FromAwsSdk(x.ToAwsSdk())</c> equals <c>x</c> for random values of every DynamoDB and SQS structure the
/// served SDK has, each member set or not, and nothing is reported dropped. Members the SDK lacks (ECG113)
/// are left unset here: what happens to them is the generator tests' concern.
/// </summary>
public class AwsSdkRoundTripTests
{
    private const long Iterations = 150;

    private static readonly Dictionary<string, (Type Type, SchemaShape Schema)> Structures = new[]
    {
        (typeof(ClientTests.DynamoDB.CreateTableInput), ClientTests.DynamoDB.dynamodbModelSchema.Model),
        (typeof(ClientTests.Sqs.SendMessageBatchRequest), ClientTests.Sqs.sqsModelSchema.Model),
    }
        .SelectMany(m => m.Item2.Shapes
            .Where(s => s.Kind == SchemaKind.Structure)
            .Select(s => (Type: m.Item1.Assembly.GetType(m.Item1.Namespace + "." + s.TypeName, throwOnError: true)!, Schema: s)))
        .Where(s => ToAwsSdk(s.Type) is not null)
        .ToDictionary(s => s.Type.FullName!, s => s);

    public static TheoryData<string> Types() => new(Structures.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void The_requests_and_their_structures_are_converted()
    {
        Assert.Contains("ClientTests.DynamoDB.CreateTableInput", Structures.Keys);
        Assert.Contains("ClientTests.DynamoDB.GlobalSecondaryIndex", Structures.Keys);
        Assert.Contains("ClientTests.Sqs.MessageAttributeValue", Structures.Keys);
        Assert.True(Structures.Count >= 30, "only " + Structures.Count + " structures converted");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void FromAwsSdk_of_ToAwsSdk_is_the_same_value(string typeName)
    {
        var (type, schema) = Structures[typeName];
        var fromParamNode = type.GetMethod("FromParamNode", BindingFlags.NonPublic | BindingFlags.Static, [typeof(ParamNode)])!;
        var toAwsSdk = type.GetMethod("ToAwsSdk", [typeof(IReadOnlyList<string>).MakeByRefType()])!;
        var fromAwsSdk = type.GetMethod("FromAwsSdk", BindingFlags.Public | BindingFlags.Static, [toAwsSdk.ReturnType])!;

        RandomRequests.Tree(schema, HasSdkMember).Sample(tree =>
        {
            var value = fromParamNode.Invoke(null, [tree])!;
            object?[] arguments = [null];
            var sdk = toAwsSdk.Invoke(value, arguments)!;
            Assert.Empty((IReadOnlyList<string>)arguments[0]!);
            Assert.Equal(value, fromAwsSdk.Invoke(null, [sdk]));
        }, iter: Iterations);
    }

    /// <summary>Whether the SDK class of the member's structure has a property for it.</summary>
    private static bool HasSdkMember(SchemaShape shape, SchemaMember member) =>
        Structures.Values.FirstOrDefault(s => s.Schema == shape).Type is { } type
        && ToAwsSdk(type)!.ReturnType.GetProperty(member.Name) is not null
        && member.Target.Kind != SchemaKind.Document;

    private static MethodInfo? ToAwsSdk(Type type) => type.GetMethod("ToAwsSdk", Type.EmptyTypes);
}
