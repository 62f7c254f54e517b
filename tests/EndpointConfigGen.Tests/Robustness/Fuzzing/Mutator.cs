using System;
using System.Collections.Generic;
using System.Text;

namespace EndpointConfigGen.Fuzzing;

/// <summary>
/// Stacked random edits of a corpus input: character and byte flips, dictionary tokens,
/// deletions, duplications, splices with another input, deep nesting and long runs. Deep and
/// long edits are rare so most inputs stay close to valid and reach the deeper code.
/// </summary>
internal sealed class Mutator(Random random, IReadOnlyList<string> tokens)
{
    private static readonly string[] Openers = ["[", "{", "a={", "a=[", "[{", "{\"a\":", "\"", "\\"];
    private static readonly char[] Interesting = ['\0', '\t', '\n', '\r', ' ', '"', '\'', '\\', ',', '=', '[', ']', '{', '}', '@', ':', '.', '-', '+', 'e', '0', '9', '\u00A0', '\u2028', '\uFEFF', '\uD800', '\uDC00', 'é', '中', '\u0130', '\u0131'];

    public string Mutate(string input, IReadOnlyList<string> pool)
    {
        var text = new StringBuilder(input);
        for (var edits = 1 + random.Next(4); edits > 0; edits--)
        {
            Edit(text, pool);
        }

        return text.ToString();
    }

    private void Edit(StringBuilder text, IReadOnlyList<string> pool)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(20))
        {
            case < 4:
                Replace(text, at, Interesting[random.Next(Interesting.Length)].ToString());
                break;
            case < 6:
                Replace(text, at, ((char)random.Next(0x20, 0x7F)).ToString());
                break;
            case < 10:
                text.Insert(at, tokens[random.Next(tokens.Count)]);
                break;
            case < 12:
                text.Remove(at, Math.Min(random.Next(1, 16), text.Length - at));
                break;
            case < 14:
                var length = Math.Min(random.Next(1, 64), text.Length - at);
                text.Insert(at, text.ToString(at, length));
                break;
            case < 16:
                Splice(text, at, pool[random.Next(pool.Count)]);
                break;
            case < 17:
                FlipByte(text);
                break;
            case < 18:
                text.Length = at;
                break;
            case < 19:
                // Deep nesting, occasionally far past every limit.
                var depth = random.Next(8) == 0 ? random.Next(1_000, 20_000) : random.Next(2, 300);
                text.Insert(at, new StringBuilder().Insert(0, Openers[random.Next(Openers.Length)], depth).ToString());
                break;
            default:
                // A long run of one character or token.
                var count = random.Next(8) == 0 ? random.Next(10_000, 200_000) : random.Next(2, 2_000);
                text.Insert(at, new StringBuilder().Insert(0, tokens[random.Next(tokens.Count)], Math.Max(1, count / 8)).ToString());
                break;
        }
    }

    private void Replace(StringBuilder text, int at, string with)
    {
        if (at < text.Length)
        {
            text.Remove(at, 1);
        }

        text.Insert(at, with);
    }

    private void Splice(StringBuilder text, int at, string other)
    {
        if (other.Length == 0)
        {
            return;
        }

        var from = random.Next(other.Length);
        text.Insert(at, other.Substring(from, Math.Min(random.Next(1, 256), other.Length - from)));
    }

    /// <summary>Flips one bit of the UTF-8 form: broken sequences come back as U+FFFD, as a file reader would give them.</summary>
    private void FlipByte(StringBuilder text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        if (bytes.Length == 0)
        {
            return;
        }

        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        text.Clear().Append(Encoding.UTF8.GetString(bytes));
    }
}
