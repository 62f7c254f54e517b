using System.Collections.Generic;

namespace EndpointConfigGen.Reader
{
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>A position in a text file; kept so every shape-file problem is reported where it is.</summary>
    internal readonly struct TextPosition
    {
        public TextPosition(int offset, int line, int column)
        {
            Offset = offset;
            Line = line;
            Column = column;
        }

        public int Offset { get; }

        /// <summary>Zero-based, as Roslyn's LinePosition.</summary>
        public int Line { get; }

        /// <summary>Zero-based, as Roslyn's LinePosition.</summary>
        public int Column { get; }
    }

    /// <summary>A JSON value read by <see cref="JsonTextParser"/>. Lives only inside one pipeline step.</summary>
    internal sealed class JsonNode
    {
        public JsonNode(JsonKind kind, TextPosition start, TextPosition end, string text, List<JsonNode>? items, List<JsonProperty>? properties)
        {
            Kind = kind;
            Start = start;
            End = end;
            Text = text;
            Items = items;
            Properties = properties;
        }

        public JsonKind Kind { get; }

        public TextPosition Start { get; }

        public TextPosition End { get; }

        /// <summary>The decoded string, or the raw number text.</summary>
        public string Text { get; }

        public List<JsonNode>? Items { get; }

        /// <summary>Object members in file order; duplicates are kept so readers can report them.</summary>
        public List<JsonProperty>? Properties { get; }

        public JsonNode? Get(string name)
        {
            if (Properties is null)
            {
                return null;
            }

            JsonNode? found = null;
            foreach (var property in Properties)
            {
                if (property.Name == name)
                {
                    found = property.Value;
                }
            }

            return found;
        }
    }

    internal sealed class JsonProperty
    {
        public JsonProperty(string name, TextPosition nameStart, TextPosition nameEnd, JsonNode value)
        {
            Name = name;
            NameStart = nameStart;
            NameEnd = nameEnd;
            Value = value;
        }

        public string Name { get; }

        public TextPosition NameStart { get; }

        public TextPosition NameEnd { get; }

        public JsonNode Value { get; }
    }
}
