using System;
using System.Linq;
using System.Reflection;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Client;
using EndpointConfigGen.Model;
using EndpointConfigGen.Tests.Infrastructure;

namespace EndpointConfigGen.Tests.Generator;

/// <summary>The exception types generated for error shapes: their names, members and the codes a client maps.</summary>
public sealed class ErrorTypeTests
{
    [Fact]
    public void Reserved_exception_members_are_every_member_a_generated_exception_inherits()
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy;
        var inherited = typeof(AwsServiceException).GetMembers(All)
            .Where(m => m is not ConstructorInfo && (m is not MethodInfo method || !method.IsSpecialName) && IsVisibleToDerived(m))
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(inherited.Except(Naming.ReservedExceptionMembers));
    }

    [Fact]
    public void Error_shapes_of_the_operations_are_bound_with_their_codes_and_members_but_the_message()
    {
        var sqs = Bind("sqs", "SendMessage");
        var dynamodb = Bind("dynamodb", "TransactWriteItems");

        // awsQueryCompatible, but botocore's SQS error shapes carry no error.code: the shape name is the code.
        var queue = sqs.Errors.Single(e => e.ShapeName == "QueueDoesNotExist");
        Assert.Equal(["QueueDoesNotExist"], queue.Codes);
        Assert.Empty(queue.Members);
        Assert.Equal(
            ["InvalidAddress", "InvalidMessageContents", "InvalidSecurity", "KmsAccessDenied", "KmsDisabled", "KmsInvalidKeyUsage",
             "KmsInvalidState", "KmsNotFound", "KmsOptInRequired", "KmsThrottled", "QueueDoesNotExist", "RequestThrottled", "UnsupportedOperation"],
            sqs.Errors.Select(e => e.ShapeName).Order(StringComparer.Ordinal));

        var canceled = dynamodb.Errors.Single(e => e.ShapeName == "TransactionCanceledException");
        Assert.Equal(["CancellationReasons"], canceled.Members.Select(m => m.Property));
        // Its members' shapes are generated; the error shape itself is no record (it is not data).
        Assert.Contains(dynamodb.Generated, s => s.Name == "CancellationReason");
        Assert.DoesNotContain(dynamodb.Generated, s => s.Name == "TransactionCanceledException");
        Assert.Equal("TransactionCanceledException", canceled.TypeName);
    }

    [Fact]
    public void An_error_shape_also_used_as_data_keeps_its_record_and_its_exception_takes_a_suffix()
    {
        const string Model = """
            {"metadata":{"protocol":"json","serviceId":"Svc","targetPrefix":"Svc","jsonVersion":"1.1","signingName":"svc","endpointPrefix":"svc","apiVersion":"1"},
             "operations":{"Get":{"name":"Get","input":{"shape":"In"},"output":{"shape":"Out"},"errors":[{"shape":"Busy"},{"shape":"Gone"}]}},
             "shapes":{"In":{"type":"structure","members":{}},
                       "Out":{"type":"structure","members":{"Last":{"shape":"Busy"}}},
                       "Busy":{"type":"structure","members":{"Message":{"shape":"S"},"StatusCode":{"shape":"S"},"RetryAfter":{"shape":"N"}},"exception":true,"error":{"code":"Busy.Legacy","httpStatusCode":429}},
                       "Gone":{"type":"structure","members":{"message":{"shape":"S"}},"exception":true},
                       "S":{"type":"string"},"N":{"type":"integer"}}}
            """;
        var read = Reader.ShapeFileReader.Read("/p/svc.shape.json", Model, default);
        Assert.Empty(read.Diagnostics);
        var bound = ModelBinder.Bind("/p/svc.shape.json", read.Model!, new GeneratorOptions("Consumer.Models", EquatableArray<string>.Empty, BuiltInRules: true),
            new FileSettings(EquatableArray<string>.Empty, null)).Bound!;

        Assert.Contains(bound.Generated, s => s.Name == "Busy" && s.TypeName == "Busy");
        var busy = bound.Errors.Single(e => e.ShapeName == "Busy");
        Assert.Equal(("BusyException", "429"), (busy.TypeName, busy.HttpStatus));
        Assert.Equal(["Busy", "Busy.Legacy"], busy.Codes);
        Assert.Equal(["StatusCodeValue", "RetryAfter"], busy.Members.Select(m => m.Property));
        Assert.Equal(("Gone", 0), (bound.Errors.Single(e => e.ShapeName == "Gone").TypeName, bound.Errors.Single(e => e.ShapeName == "Gone").Members.Count));
    }

    [Fact]
    public void A_dangling_error_reference_is_located()
    {
        const string Model = """
            {"metadata":{"protocol":"json"},"operations":{"Get":{"name":"Get","errors":[{"shape":"Nope"}]}},"shapes":{}}
            """;
        var read = Reader.ShapeFileReader.Read("/p/svc.shape.json", Model, default);

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(("ECG102", "Operation 'Get' error", "Nope"), (diagnostic.Id, diagnostic.Arguments[0], diagnostic.Arguments[1]));
        Assert.Equal(Model.IndexOf("\"Nope\"", StringComparison.Ordinal), diagnostic.Start);
    }

    private static BoundModel Bind(string service, string operation)
    {
        var path = "/p/" + service + ".shape.json";
        var read = Reader.ShapeFileReader.Read(path, Botocore.ModelText(service), default);
        return ModelBinder.Bind(path, read.Model!, new GeneratorOptions("Consumer.Models", new[] { operation }.ToEquatableArray(), BuiltInRules: true),
            new FileSettings(EquatableArray<string>.Empty, null)).Bound!;
    }

    private static bool IsVisibleToDerived(MemberInfo member) => member switch
    {
        MethodInfo m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        _ => false,
    };
}
