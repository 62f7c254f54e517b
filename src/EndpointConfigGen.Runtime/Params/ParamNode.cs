using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    /// <summary>The kind of value held by a <see cref="ParamNode"/>.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public enum ParamNodeKind
    {
        /// <summary>A string; from shorthand every scalar is a string.</summary>
        String,
        /// <summary>A JSON number, kept as its raw text.</summary>
        Number,
        /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
        Boolean,
        /// <summary>A JSON <c>null</c>.</summary>
        Null,
        /// <summary>An ordered list of values.</summary>
        List,
        /// <summary>An ordered set of key/value entries.</summary>
        Map,
    }

    /// <summary>
    /// An untyped request value as the AWS CLI sees it before conversion against the model:
    /// the common form of shorthand and JSON input, bound to generated types afterwards.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class ParamNode
    {
        private static readonly ParamNode[] NoItems = new ParamNode[0];
        private static readonly ParamEntry[] NoEntries = new ParamEntry[0];

        private ParamNode(ParamNodeKind kind, string text, IReadOnlyList<ParamNode> items, IReadOnlyList<ParamEntry> entries, bool fromShorthand, int offset)
        {
            Kind = kind;
            Text = text;
            Items = items;
            Entries = entries;
            FromShorthand = fromShorthand;
            Offset = offset;
        }

        /// <summary>What this node holds.</summary>
        public ParamNodeKind Kind { get; }

        /// <summary>The string value, the raw number text, or <c>true</c>/<c>false</c>; empty otherwise.</summary>
        public string Text { get; }

        /// <summary>The items of a list; empty otherwise.</summary>
        public IReadOnlyList<ParamNode> Items { get; }

        /// <summary>The entries of a map in input order; empty otherwise.</summary>
        public IReadOnlyList<ParamEntry> Entries { get; }

        /// <summary>
        /// True when the value came from shorthand: its strings are then converted to the model's
        /// scalar types the way the CLI converts them (JSON values are taken as typed).
        /// </summary>
        public bool FromShorthand { get; }

        /// <summary>Offset of the value in the source text, or -1 when not known.</summary>
        public int Offset { get; }

        /// <summary>Creates a string node.</summary>
        public static ParamNode String(string value, bool fromShorthand, int offset = -1) =>
            new ParamNode(ParamNodeKind.String, value, NoItems, NoEntries, fromShorthand, offset);

        /// <summary>Creates a number node from its JSON text.</summary>
        public static ParamNode Number(string rawText, int offset = -1) =>
            new ParamNode(ParamNodeKind.Number, rawText, NoItems, NoEntries, false, offset);

        /// <summary>Creates a boolean node.</summary>
        public static ParamNode Boolean(bool value, int offset = -1) =>
            new ParamNode(ParamNodeKind.Boolean, value ? "true" : "false", NoItems, NoEntries, false, offset);

        /// <summary>Creates a null node.</summary>
        public static ParamNode Null(int offset = -1) =>
            new ParamNode(ParamNodeKind.Null, string.Empty, NoItems, NoEntries, false, offset);

        /// <summary>Creates a list node.</summary>
        public static ParamNode List(IReadOnlyList<ParamNode> items, bool fromShorthand, int offset = -1) =>
            new ParamNode(ParamNodeKind.List, string.Empty, items, NoEntries, fromShorthand, offset);

        /// <summary>Creates a map node; entries keep input order.</summary>
        public static ParamNode Map(IReadOnlyList<ParamEntry> entries, bool fromShorthand, int offset = -1) =>
            new ParamNode(ParamNodeKind.Map, string.Empty, NoItems, entries, fromShorthand, offset);
    }

    /// <summary>One key/value entry of a map node.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public readonly struct ParamEntry
    {
        /// <summary>Creates an entry.</summary>
        public ParamEntry(string key, ParamNode value, int keyOffset = -1, bool loadFiles = false)
        {
            Key = key;
            Value = value;
            KeyOffset = keyOffset;
            LoadFiles = loadFiles;
        }

        /// <summary>The key as written.</summary>
        public string Key { get; }

        /// <summary>The value.</summary>
        public ParamNode Value { get; }

        /// <summary>Offset of the key in the source text, or -1 when not known.</summary>
        public int KeyOffset { get; }

        /// <summary>
        /// True for shorthand <c>key@=value</c>: values under it that start with <c>file://</c>
        /// or <c>fileb://</c> are to be replaced by the file's content (done by the front end, not the parser).
        /// </summary>
        public bool LoadFiles { get; }
    }
}
