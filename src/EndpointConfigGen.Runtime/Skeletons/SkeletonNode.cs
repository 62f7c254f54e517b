using System.Collections.Generic;

namespace EndpointConfigGen.Runtime
{
    internal enum SkeletonKind
    {
        Map,
        List,
        String,
        Integer,
        Float,
        True,
        Timestamp,
        Blob,
    }

    /// <summary>
    /// One value of a skeleton, as botocore's <c>ArgumentGenerator</c> builds it before a writer
    /// turns it into JSON or YAML text.
    /// </summary>
    internal sealed class SkeletonNode
    {
        private SkeletonNode(SkeletonKind kind, string text, List<SkeletonEntry>? entries, SkeletonNode? item)
        {
            Kind = kind;
            Text = text;
            Entries = entries;
            Item = item;
        }

        public SkeletonKind Kind { get; }

        /// <summary>The value of a string.</summary>
        public string Text { get; }

        /// <summary>A map's entries in insertion order; empty for <c>{}</c>.</summary>
        public List<SkeletonEntry>? Entries { get; }

        /// <summary>A list's single element.</summary>
        public SkeletonNode? Item { get; }

        public bool IsEmptyMap => Kind == SkeletonKind.Map && Entries!.Count == 0;

        public static SkeletonNode Map(List<SkeletonEntry> entries) => new SkeletonNode(SkeletonKind.Map, string.Empty, entries, null);

        public static SkeletonNode List(SkeletonNode item) => new SkeletonNode(SkeletonKind.List, string.Empty, null, item);

        public static SkeletonNode String(string text) => new SkeletonNode(SkeletonKind.String, text, null, null);

        public static SkeletonNode Scalar(SkeletonKind kind) => new SkeletonNode(kind, string.Empty, null, null);
    }

    /// <summary>A map entry; <see cref="Comment"/> is the YAML end-of-line comment text, or null.</summary>
    internal sealed class SkeletonEntry
    {
        public SkeletonEntry(string key, SkeletonNode value, string? comment)
        {
            Key = key;
            Value = value;
            Comment = comment;
        }

        public string Key { get; }

        public SkeletonNode Value { get; }

        public string? Comment { get; }
    }
}
