using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EndpointConfigGen.Runtime.Tests
{
    /// <summary>Seeded random shorthand-shaped trees whose strings favour the characters that need quoting or escaping.</summary>
    public sealed class RandomTrees
    {
        private static readonly string[] StringPieces =
        {
            "a", "b", "Z", "1", " ", "  ", ",", "'", "\"", "\\", "\\,", "\\'", "\\\"", "\\\\", "[", "]", "{", "}", "=", "@",
            "\n", "\t", "\r", "\u00a0", "\u3000", "\x1c", "\x01", "\x7f", "\u00e9", "\u65e5", "\U0001F600", "file://", "#", "-", "x y",
        };

        private const string KeyChars = "abcXYZ019_.#/:-";
        private readonly Random _random;
        private readonly bool _loneSurrogates;

        public RandomTrees(int seed, bool loneSurrogates)
        {
            _random = new Random(seed);
            _loneSurrogates = loneSurrogates;
        }

        public ParamNode Next() => Map(0, atLeastOne: true);

        /// <summary>Our tree as text including the @= flags (the CLI's tree has no flags).</summary>
        public static string WithFlags(ParamNode node)
        {
            switch (node.Kind)
            {
                case ParamNodeKind.List:
                    return "[" + string.Join(",", node.Items.Select(WithFlags)) + "]";
                case ParamNodeKind.Map:
                    return "{" + string.Join(",", node.Entries.Select(e => Oracle.JsonText.Quote(e.Key) + (e.LoadFiles ? "@" : string.Empty) + ":" + WithFlags(e.Value))) + "}";
                default:
                    return Oracle.JsonText.Quote(node.Text);
            }
        }

        public static IEnumerable<string> Strings(ParamNode node)
        {
            var pending = new Stack<ParamNode>();
            pending.Push(node);
            while (pending.Count > 0)
            {
                ParamNode current = pending.Pop();
                if (current.Kind == ParamNodeKind.String)
                {
                    yield return current.Text;
                }

                foreach (ParamNode item in current.Items.Concat(current.Entries.Select(e => e.Value)))
                {
                    pending.Push(item);
                }
            }
        }

        private ParamNode Value(int depth)
        {
            int kind = depth >= 4 ? 0 : _random.Next(5);
            switch (kind)
            {
                case 3:
                    return ParamNode.List(Enumerable.Range(0, _random.Next(4)).Select(_ => Value(depth + 1)).ToList(), true);
                case 4:
                    return Map(depth + 1, atLeastOne: false);
                default:
                    return ParamNode.String(String(), true);
            }
        }

        private ParamNode Map(int depth, bool atLeastOne)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var entries = new List<ParamEntry>();
            int count = _random.Next(atLeastOne ? 1 : 0, 4);
            while (entries.Count < count)
            {
                string key = new string(Enumerable.Range(0, _random.Next(4)).Select(_ => KeyChars[_random.Next(KeyChars.Length)]).ToArray());
                if (keys.Add(key))
                {
                    entries.Add(new ParamEntry(key, Value(depth), -1, _random.Next(4) == 0));
                }
            }

            return ParamNode.Map(entries, true);
        }

        private string String()
        {
            var sb = new StringBuilder();
            int length = _random.Next(7);
            for (int i = 0; i < length; i++)
            {
                sb.Append(_loneSurrogates && _random.Next(40) == 0 ? "\ud800" : StringPieces[_random.Next(StringPieces.Length)]);
            }

            return sb.ToString();
        }
    }
}
