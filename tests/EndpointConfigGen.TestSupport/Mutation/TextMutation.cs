using System;
using System.Text;

namespace EndpointConfigGen.TestSupport;

/// <summary>Near-valid inputs: valid text with a few random edits, where parsers' error paths and fast paths part ways.</summary>
public static class TextMutation
{
    /// <summary>One to three random edits of <paramref name="text"/>: insert, delete or replace a character of <paramref name="alphabet"/>.</summary>
    public static string Edit(string text, Random random, string alphabet)
    {
        var sb = new StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(sb.Length + 1);
            var c = alphabet[random.Next(alphabet.Length)];
            switch (random.Next(3))
            {
                case 0:
                    sb.Insert(at, c);
                    break;
                case 1 when at < sb.Length:
                    sb.Remove(at, 1);
                    break;
                default:
                    if (at < sb.Length) sb[at] = c;
                    break;
            }
        }

        return sb.ToString();
    }
}
