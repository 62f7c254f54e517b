using System;
using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>
    /// A model shape at run time: what conversion and validation need to walk an untyped
    /// <see cref="ParamNode"/> tree as the AWS CLI does. Generated code and the analyzers decode the
    /// same graph from the model's encoding (<see cref="SchemaDecoder"/>).
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class SchemaShape
    {
        private readonly List<SchemaMember> _members = new List<SchemaMember>();
        private Dictionary<string, SchemaMember>? _byName;
        private IReadOnlyList<string> _enumValues = Array.Empty<string>();
#if NET8_0_OR_GREATER
        private System.Collections.Frozen.FrozenSet<string>? _enumSet;
#else
        private HashSet<string>? _enumSet;
#endif

        /// <summary>Creates a shape; members and element shapes are attached afterwards, so shapes may be recursive.</summary>
        public SchemaShape(string name, SchemaKind kind)
        {
            Name = name;
            Kind = kind;
        }

        /// <summary>The shape name in the model.</summary>
        public string Name { get; }

        /// <summary>The shape type.</summary>
        public SchemaKind Kind { get; }

        /// <summary>The C# type generated for a structure or enum, without namespace; null for other shapes.</summary>
        public string? TypeName { get; set; }

        /// <summary>Structure members in model order.</summary>
        public IReadOnlyList<SchemaMember> Members => _members;

        /// <summary>The element shape of a list.</summary>
        public SchemaShape? Item { get; set; }

        /// <summary>The key shape of a map.</summary>
        public SchemaShape? Key { get; set; }

        /// <summary>The value shape of a map.</summary>
        public SchemaShape? Value { get; set; }

        /// <summary>The known values of an enum, in model order.</summary>
        public IReadOnlyList<string> EnumValues
        {
            get => _enumValues;
            set
            {
                _enumValues = value;
                _enumSet = null;
            }
        }

        /// <summary>The model's <c>min</c> as written: a length for strings, blobs, lists and maps, a value for numbers.</summary>
        public string? Min { get; set; }

        /// <summary>The model's <c>max</c>, read as <see cref="Min"/> is.</summary>
        public string? Max { get; set; }

        /// <summary>The model's <c>pattern</c>; checked anchored at both ends.</summary>
        public string? Pattern { get; set; }

        /// <summary>True for a union: exactly one member may be set.</summary>
        public bool IsUnion { get; set; }

        /// <summary>True for structures, lists, maps and documents: values that are not a single scalar.</summary>
        public bool IsComplex => Kind is SchemaKind.Structure or SchemaKind.List or SchemaKind.Map or SchemaKind.Document;

        /// <summary>Adds a structure member.</summary>
        public SchemaShape Add(string name, SchemaShape target, bool required = false, string? summary = null, string? property = null)
        {
            _members.Add(new SchemaMember(name, target, required, summary, property));
            _byName = null;
            return this;
        }

        /// <summary>
        /// True when <paramref name="value"/> is one of <see cref="EnumValues"/>, compared ordinally: generated enums'
        /// <c>IsKnown</c> and validation ask this instead of code per value.
        /// </summary>
        public bool IsEnumValue(string? value) =>
            value is not null && (_enumSet ??= NewEnumSet(_enumValues)).Contains(value);

#if NET8_0_OR_GREATER
        // A frozen set picks its lookup from the values (length buckets, a distinguishing substring), as fast as the
        // compiler's string switch that generated enums carried per value; a hash set is several times slower on small enums.
        private static System.Collections.Frozen.FrozenSet<string> NewEnumSet(IReadOnlyList<string> values) =>
            System.Collections.Frozen.FrozenSet.ToFrozenSet(values, StringComparer.Ordinal);
#else
        private static HashSet<string> NewEnumSet(IReadOnlyList<string> values) => new HashSet<string>(values, StringComparer.Ordinal);
#endif

        /// <summary>The member with this wire name, or null.</summary>
        public SchemaMember? Member(string name)
        {
            if (_byName is null)
            {
                var map = new Dictionary<string, SchemaMember>(StringComparer.Ordinal);
                foreach (var member in _members)
                {
                    map[member.Name] = member;
                }

                _byName = map;
            }

            return _byName.TryGetValue(name, out var found) ? found : null;
        }

        /// <inheritdoc/>
        public override string ToString() => Name + " (" + Kind + ")";
    }

    /// <summary>A structure member.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class SchemaMember
    {
        /// <summary>Creates a member.</summary>
        public SchemaMember(string name, SchemaShape target, bool required, string? summary = null, string? property = null)
        {
            Name = name;
            Property = property ?? name;
            Target = target;
            Required = required;
            Summary = summary;
        }

        /// <summary>The member name in the model and on the wire.</summary>
        public string Name { get; }

        /// <summary>The C# property generated for the member.</summary>
        public string Property { get; }

        /// <summary>The member's shape.</summary>
        public SchemaShape Target { get; }

        /// <summary>True when the model requires the member.</summary>
        public bool Required { get; }

        /// <summary>
        /// The first sentence of the member's documentation (its shape's when it has none), as CLI v2's
        /// YAML skeleton comments show it; null when there is none.
        /// </summary>
        public string? Summary { get; }
    }
}
