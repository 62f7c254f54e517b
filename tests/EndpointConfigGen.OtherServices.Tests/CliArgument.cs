using System;
using System.Collections.Generic;
using EndpointConfigGen.Runtime;

namespace OtherServices.Tests;

/// <summary>What our parser made of one input: the value (as a tree, model order) or the error text.</summary>
public sealed record Outcome(ParamNode? Value, string? Error);

/// <summary>
/// One top-level argument of an operation, as the CLI names it, bound to the generated type of its
/// shape (a structure, or a list's item): <see cref="Parse"/> reads an input with the generated reader
/// and the runtime the way <c>ParseShorthand</c>/<c>ParseShorthandList</c> do, naming paths after the
/// argument's member as the CLI does, and checks that the public generated method agrees and never throws.
/// </summary>
public abstract class CliArgument
{
    protected CliArgument(string service, string serviceId, string operation, string argument, string member, SchemaShape shape)
    {
        Service = service;
        ServiceId = serviceId;
        Operation = operation;
        Argument = argument;
        Member = member;
        Shape = shape;
    }

    /// <summary>The CLI's service command (<c>s3api</c>).</summary>
    public string Service { get; }

    /// <summary>The model's serviceId (<c>Elastic Load Balancing</c>).</summary>
    public string ServiceId { get; }

    public string Operation { get; }

    /// <summary>The option without its dashes.</summary>
    public string Argument { get; }

    /// <summary>The input member, which the CLI's messages name.</summary>
    public string Member { get; }

    /// <summary>The structure, or the list's item.</summary>
    public SchemaShape Shape { get; }

    public abstract bool IsList { get; }

    public abstract Outcome Parse(IReadOnlyList<string> tokens);

    public override string ToString() => Service + " " + Operation + " --" + Argument;
}

public delegate bool TryParseShorthand<T>(string text, out T? value, out ShorthandError? error)
    where T : class;

public sealed class StructureArgument<T>(string service, string serviceId, string operation, string argument, string member, SchemaShape shape,
    ShorthandValueReader<T> read, Func<ParamNode, T> bind, Func<T, ParamNode> toNode, TryParseShorthand<T> tryParse)
    : CliArgument(service, serviceId, operation, argument, member, shape)
    where T : class
{
    public override bool IsList => false;

    public override Outcome Parse(IReadOnlyList<string> tokens)
    {
        var text = tokens[0];
        var ok = ShorthandBinding.TryParse(text, Shape, Member, read, bind, out var value, out var error);
        var publicOk = tryParse(text, out var publicValue, out _);
        if (ok != publicOk || !Equals(value, publicValue))
        {
            throw new InvalidOperationException("TryParseShorthand disagrees on " + text);
        }

        return ok ? new Outcome(toNode(value!), null) : new Outcome(null, error!.Message);
    }
}

public sealed class ListArgument<T>(string service, string serviceId, string operation, string argument, string member, SchemaShape shape,
    ShorthandValueReader<T> read, Func<ParamNode, T> bind, Func<T, ParamNode> toNode, Func<string[], IReadOnlyList<T>> parseList)
    : CliArgument(service, serviceId, operation, argument, member, shape)
    where T : class
{
    public override bool IsList => true;

    public override Outcome Parse(IReadOnlyList<string> tokens)
    {
        var oldListCase = ShorthandSpecialCases.IsOldListArgument(ServiceId, Operation, Argument);
        IReadOnlyList<T>? items = null;
        string? error = null;
        try
        {
            items = ShorthandBinding.ParseList([.. tokens], Shape, Member, read, bind, oldListCase);
        }
        catch (ShorthandException e)
        {
            error = e.Error.Message;
        }

        IReadOnlyList<T>? publicItems = null;
        try
        {
            publicItems = parseList([.. tokens]);
        }
        catch (ShorthandException)
        {
        }

        if ((items is null) != (publicItems is null) || (items is not null && !System.Linq.Enumerable.SequenceEqual(items, publicItems!)))
        {
            throw new InvalidOperationException("ParseShorthandList disagrees on " + string.Join(" ", tokens));
        }

        if (items is null)
        {
            return new Outcome(null, error);
        }

        var nodes = new ParamNode[items.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = toNode(items[i]);
        }

        return new Outcome(ParamNode.List(nodes, fromShorthand: false), null);
    }
}
