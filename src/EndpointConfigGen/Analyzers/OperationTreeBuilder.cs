using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EndpointConfigGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EndpointConfigGen.Analyzers
{
    /// <summary>
    /// Turns the literal structure of C# code (object initializers, <c>with</c> expressions, list
    /// literals, constants, parse calls of constant strings, locals assigned once) into the
    /// <see cref="ParamNode"/> tree the generated <c>ToParamNode()</c> would produce at run time. A value
    /// computed at run time becomes an unknown placeholder: it keeps the tree's shape (a list keeps its
    /// count) but problems about it are never reported.
    /// </summary>
    internal sealed class OperationTreeBuilder
    {
        private readonly ModelLookup _schemas;
        private readonly NodeSites _sites;
        private readonly SingleAssignmentLocals _locals;
        private readonly bool _keepUnknownMembers;
        private readonly HashSet<ILocalSymbol> _following = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        private bool _borrowing;

        /// <param name="keepUnknownMembers">
        /// True to keep members whose value is unknown (it may be set), false to leave them out (it may
        /// be null): a problem is reported only when both readings show it.
        /// </param>
        public OperationTreeBuilder(ModelLookup schemas, NodeSites sites, SingleAssignmentLocals locals, bool keepUnknownMembers)
        {
            _schemas = schemas;
            _sites = sites;
            _locals = locals;
            _keepUnknownMembers = keepUnknownMembers;
        }

        /// <summary>True once a member with an unknown value was met (then the other reading matters).</summary>
        public bool MetUnknownMember { get; private set; }

        /// <summary>The values built that other analyses judge on their own too.</summary>
        public BorrowedValues Borrowed { get; } = new BorrowedValues();

        /// <summary>The node for <paramref name="value"/>, or null when it is the constant null (the member is not set).</summary>
        public ParamNode? Build(IOperation value, SchemaShape shape, IOperation? assignment)
        {
            var constant = Constant(value);
            if (constant.HasValue && constant.Value is null)
            {
                return null;
            }

            return Known(value, shape, assignment, constant) ?? Unknown(value, assignment, shape);
        }

        /// <summary>The request an AWS SDK client's convenience overload sends: its arguments are the input's members.</summary>
        public ParamNode? Call(IInvocationOperation call, SchemaShape input) =>
            Arguments(call.Arguments, input) is { } entries ? ParamNode.Map(entries, false, Site(call, null, input)) : null;

        private ParamNode? Known(IOperation value, SchemaShape shape, IOperation? assignment, Optional<object?> constant)
        {
            var inner = Unwrap(value);
            switch (shape.Kind)
            {
                case SchemaKind.Structure:
                    return Structure(value, inner, shape, assignment);
                case SchemaKind.List:
                    return List(value, inner, shape, assignment);
                case SchemaKind.String:
                    return constant.Value is string text ? ParamNode.String(text, false, Site(value, assignment, shape)) : null;
                case SchemaKind.Enum:
                    return EnumText(inner, constant) is { } name ? ParamNode.String(name, false, Site(value, assignment, shape)) : null;
                case SchemaKind.Integer:
                case SchemaKind.Long:
                    return IsIntegral(constant.Value)
                        ? ParamNode.Number(Convert.ToInt64(constant.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), Site(value, assignment, shape))
                        : null;
                case SchemaKind.Float:
                case SchemaKind.Double:
                    return IsIntegral(constant.Value) || constant.Value is double || constant.Value is float || constant.Value is decimal
                        ? ParamNode.Number(PythonNumbers.FormatDouble(Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture)), Site(value, assignment, shape))
                        : null;
                case SchemaKind.Boolean:
                    return constant.Value is bool flag ? ParamNode.Boolean(flag, Site(value, assignment, shape)) : null;
                default:
                    // Timestamps, blobs and documents are never literal enough to check.
                    return null;
            }
        }

        private ParamNode? Structure(IOperation value, IOperation inner, SchemaShape shape, IOperation? assignment)
        {
            switch (inner)
            {
                case IObjectCreationOperation creation when _schemas.IsStructure(creation.Type):
                    var entries = Arguments(creation.Arguments, shape);
                    if (entries is null || !AddMembers(entries, creation.Initializer, shape) || !AddWrites(entries, _locals.Writes(creation), shape))
                    {
                        return null;
                    }

                    return ParamNode.Map(entries, false, Site(value, assignment, shape));
                case IWithOperation with when _schemas.IsStructure(with.Type):
                    // Members the expression does not set come from a value computed at run time.
                    var set = Members(with.Initializer, shape);
                    if (set is null)
                    {
                        return null;
                    }

                    MetUnknownMember = true;
                    if (_keepUnknownMembers)
                    {
                        foreach (var member in shape.Members)
                        {
                            if (!Contains(set, member.Name))
                            {
                                set.Add(new ParamEntry(member.Name, Unknown(with.Operand, null, member.Target)));
                            }
                        }
                    }

                    return ParamNode.Map(set, false, Site(value, assignment, shape));
                case IInvocationOperation call when ParseCalls.Schema(call, _schemas)?.Shape == shape && _schemas.IsStructure(call.Type):
                    // ParseShorthand or FromJson: the parse methods that return the structure.
                    return Borrow(shape, () => Parsed(call.Arguments[0].Value, call.TargetMethod.Name == ParseCalls.FromJson, shape, assignment));
                case ILocalReferenceOperation reference:
                    return Held(reference.Local, shape, assignment);
                default:
                    return null;
            }
        }

        /// <summary>The value of a local assigned once: a structure is immutable (init-only members), so what its initializer built.</summary>
        private ParamNode? Held(ILocalSymbol local, SchemaShape shape, IOperation? assignment)
        {
            // A local read in its own initializer (a compile error) is not followed round.
            if (_locals.Initializer(local) is not { } initializer || !_following.Add(local))
            {
                return null;
            }

            var node = Borrow(shape, () => Known(initializer, shape, assignment, default));
            _following.Remove(local);
            return node;
        }

        /// <summary>The tree of a constant string's parse, or null when the text is not constant or the call would throw.</summary>
        private ParamNode? Parsed(IOperation text, bool json, SchemaShape shape, IOperation? assignment)
        {
            if (LiteralText.From(text) is not { } literal)
            {
                return null;
            }

            var parsed = json ? ParsedLiteral.Json(literal) : ParsedLiteral.Shorthand(literal, shape);
            return LiteralSplice.Splice(parsed, text, assignment, shape, _sites);
        }

        /// <summary>Builds a value another analysis judges on its own too (outermost only: it covers what is nested).</summary>
        private ParamNode? Borrow(SchemaShape shape, Func<ParamNode?> build)
        {
            if (_borrowing)
            {
                return build();
            }

            _borrowing = true;
            int first = _sites.Count;
            var node = build();
            _borrowing = false;
            if (node is not null)
            {
                Borrowed.Add(first, _sites.Count, node, shape);
            }

            return node;
        }

        /// <summary>The members an initializer sets, or null when it does something else too.</summary>
        private List<ParamEntry>? Members(IObjectOrCollectionInitializerOperation? initializer, SchemaShape shape)
        {
            var entries = new List<ParamEntry>();
            return AddMembers(entries, initializer, shape) ? entries : null;
        }

        /// <summary>Adds the members an initializer sets; false when it does something else too.</summary>
        private bool AddMembers(List<ParamEntry> entries, IObjectOrCollectionInitializerOperation? initializer, SchemaShape shape)
        {
            if (initializer is null)
            {
                return true;
            }

            foreach (var item in initializer.Initializers)
            {
                if (item is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    || _schemas.Member(target.Property)?.Name is not { } name
                    || shape.Member(name) is not { } member)
                {
                    return false;
                }

                AddMember(entries, member, assignment.Value, assignment);
            }

            return true;
        }

        /// <summary>
        /// Applies the later writes to the local a mutable (SDK) structure was created into: an assignment replaces
        /// the member, <c>Add</c> appends items to a list member. A member written in any other way, or assigned more
        /// than once, is unknown. False when a write sets something that is not a member.
        /// </summary>
        private bool AddWrites(List<ParamEntry> entries, IReadOnlyList<PropertyWrite> writes, SchemaShape shape)
        {
            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (var write in writes)
            {
                if (_schemas.Member(write.Property)?.Name is not { } name || shape.Member(name) is not { } member)
                {
                    return false;
                }

                if (!done.Add(name))
                {
                    continue;
                }

                var mine = writes.Where(w => SymbolEqualityComparer.Default.Equals(w.Property, write.Property)).ToList();
                var assigned = mine.Where(w => !w.IsAdd).ToList();
                var start = entries.FindIndex(e => e.Key == name);
                var initial = start >= 0 ? entries[start].Value : null;
                if (assigned.Count > 0)
                {
                    if (start >= 0)
                    {
                        entries.RemoveAt(start);
                    }

                    initial = null;
                }

                var last = assigned.Count == 1 && assigned[0].Value is { } value && !mine[0].IsAdd ? value : null;
                if (assigned.Count > 1 || (assigned.Count == 1 && last is null))
                {
                    // Assigned in more than one place (or not by a plain assignment): which value is sent is not known here.
                    AddUnknown(entries, member, mine[0].Value ?? mine[0].Assignment);
                    continue;
                }

                var added = mine.Where(w => w.IsAdd).ToList();
                if (added.Count == 0)
                {
                    AddMember(entries, member, last!, assigned[0].Assignment!);
                    continue;
                }

                if (member.Target.Item is not { } item)
                {
                    return false;
                }

                ParamNode? list = last is null ? initial
                    : Unwrap(last) is IObjectCreationOperation { Arguments.Length: 0, Initializer: null } ? ParamNode.List(Array.Empty<ParamNode>(), false, Site(last, assigned[0].Assignment, member.Target))
                    : Build(last, member.Target, assigned[0].Assignment);
                if (list is not null && (list.Kind != ParamNodeKind.List || _sites.IsUnknown(list)))
                {
                    // Items added to a list computed at run time: its count is not known.
                    entries.RemoveAll(e => e.Key == name);
                    AddUnknown(entries, member, last ?? added[0].Value);
                    continue;
                }

                var items = list is null ? new List<ParamNode>() : new List<ParamNode>(list.Items);
                foreach (var add in added)
                {
                    items.Add(Build(add.Value!, item, null) ?? Unknown(add.Value!, null, item));
                }

                entries.RemoveAll(e => e.Key == name);
                var site = list?.Offset ?? Site(added[0].Value!.Parent!.Parent!, null, member.Target);
                entries.Add(new ParamEntry(name, ParamNode.List(items, false, site)));
            }

            return true;
        }

        private void AddUnknown(List<ParamEntry> entries, SchemaMember member, IOperation? at)
        {
            MetUnknownMember = true;
            if (_keepUnknownMembers && at is not null)
            {
                entries.Add(new ParamEntry(member.Name, Unknown(at, null, member.Target)));
            }
        }

        /// <summary>
        /// The members set by the arguments of an SDK convenience constructor or client method (parameters are
        /// named as the members), or null when an argument sets something else.
        /// </summary>
        public List<ParamEntry>? Arguments(IEnumerable<IArgumentOperation> arguments, SchemaShape shape)
        {
            var entries = new List<ParamEntry>();
            foreach (var argument in arguments)
            {
                // A client overload's cancellation token is not part of the request.
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || AwsSdkTypeMapping.IsCancellationToken(argument.Parameter?.Type))
                {
                    continue;
                }

                if (argument.ArgumentKind != ArgumentKind.Explicit
                    || argument.Parameter is not { } parameter
                    || ModelLookup.Parameter(parameter, shape) is not { } member)
                {
                    return null;
                }

                AddMember(entries, member, argument.Value, argument);
            }

            return entries;
        }

        private void AddMember(List<ParamEntry> entries, SchemaMember member, IOperation value, IOperation assignment)
        {
            var node = Build(value, member.Target, assignment);
            if (node is null)
            {
                return;
            }

            if (_sites.IsUnknown(node))
            {
                MetUnknownMember = true;
                if (!_keepUnknownMembers)
                {
                    return;
                }
            }

            entries.Add(new ParamEntry(member.Name, node));
        }

        private ParamNode? List(IOperation value, IOperation inner, SchemaShape shape, IOperation? assignment)
        {
            if (shape.Item is not { } item)
            {
                return null;
            }

            if (inner is IInvocationOperation call && call.TargetMethod.Name == ParseCalls.ParseShorthandList && ParseCalls.Schema(call, _schemas)?.Shape == item)
            {
                return ShorthandList(value, call, item, shape, assignment);
            }

            var elements = CollectionElements.Of(inner);
            if (elements is null)
            {
                return null;
            }

            var items = new List<ParamNode>(elements.Count);
            foreach (var element in elements)
            {
                // A null item stays in the list: the count is what the service sees.
                items.Add(Build(element, item, null) ?? Unknown(element, null, item));
            }

            return ParamNode.List(items, false, Site(value, assignment, shape));
        }

        /// <summary>ParseShorthandList: one structure per token, as the CLI takes list arguments.</summary>
        private ParamNode? ShorthandList(IOperation value, IInvocationOperation call, SchemaShape item, SchemaShape shape, IOperation? assignment)
        {
            if (ParseCalls.Tokens(call.Arguments[0].Value) is not { } tokens)
            {
                return null;
            }

            var items = new List<ParamNode>(tokens.Count);
            foreach (var token in tokens)
            {
                // Each token is its own literal to ParseCallAnalysis.
                items.Add(Borrow(item, () => Parsed(token, json: false, item, null)) ?? Unknown(token, null, item));
            }

            return ParamNode.List(items, false, Site(value, assignment, shape));
        }

        /// <summary>The wire value of a generated enum written as a constant, a known static member or a constructor call.</summary>
        private string? EnumText(IOperation inner, Optional<object?> constant)
        {
            if (constant.Value is string text)
            {
                return text;
            }

            switch (inner)
            {
                case IFieldReferenceOperation { Field: { IsStatic: true } field } when _schemas.IsEnum(field.ContainingType):
                    return _schemas.EnumValue(field);
                case IObjectCreationOperation { Arguments.Length: 1 } creation when _schemas.IsEnum(creation.Type):
                    return Constant(creation.Arguments[0].Value).Value as string;
                case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FindValue" } method, Arguments.Length: 1 } call when _schemas.IsEnum(method.ContainingType):
                    // The SDK's lookup: a value it does not list becomes a new constant of that text.
                    return Constant(call.Arguments[0].Value).Value as string;
                default:
                    return null;
            }
        }

        /// <summary>The id of a known value's site; taken after its children's, as the tree is built bottom-up.</summary>
        private int Site(IOperation value, IOperation? assignment, SchemaShape shape) =>
            _sites.Add(new NodeSite(value, assignment, shape, unknown: false));

        /// <summary>A stand-in of the right kind, so checks about its parent (counts, rules) still run.</summary>
        private ParamNode Unknown(IOperation value, IOperation? assignment, SchemaShape shape)
        {
            var id = _sites.Add(new NodeSite(value, assignment, shape, unknown: true));
            switch (shape.Kind)
            {
                case SchemaKind.Structure:
                case SchemaKind.Map:
                    return ParamNode.Map(Array.Empty<ParamEntry>(), false, id);
                case SchemaKind.List:
                    return ParamNode.List(Array.Empty<ParamNode>(), false, id);
                default:
                    // A text no rule matches and no other unknown value equals.
                    return ParamNode.String("\u0000unknown " + id.ToString(CultureInfo.InvariantCulture), false, id);
            }
        }

        /// <summary>The first constant found through conversions (e.g. <c>0</c> in <c>(double?)0</c>).</summary>
        private static Optional<object?> Constant(IOperation operation)
        {
            for (var at = operation; at is not null; at = (at as IConversionOperation)?.Operand)
            {
                if (at.ConstantValue.HasValue)
                {
                    return at.ConstantValue;
                }
            }

            return default;
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static bool IsIntegral(object? value) =>
            value is int || value is long || value is short || value is byte || value is sbyte || value is ushort || value is uint;

        private static bool Contains(List<ParamEntry> entries, string name)
        {
            foreach (var entry in entries)
            {
                if (entry.Key == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
