using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EndpointConfigGen.Cli
{
    /// <summary>
    /// Prints built sections as awscli's <c>MultiTable</c> does with no colour: every section as wide as the widest,
    /// and, past the 80 columns assumed without a terminal, single-row sections turned vertical.
    /// </summary>
    internal static class TableRenderer
    {
        // determine_terminal_width's default when stdout is not a terminal: wider tables are turned vertical.
        private const int TerminalWidth = 80;

        public static string Render(List<TableSection> sections)
        {
            var width = sections.Max(s => s.TotalWidth);
            if (width > TerminalWidth)
            {
                // Only single-row sections turn, into one header/value row per column.
                for (var i = 0; i < sections.Count; i++)
                {
                    if (sections[i].Rows.Count == 1 && sections[i].Headers.Count > 0)
                    {
                        sections[i] = sections[i].Vertical();
                    }
                }

                width = sections.Max(s => s.TotalWidth);
            }

            var text = new StringBuilder().Append('-', width).Append('\n');
            foreach (var section in sections)
            {
                RenderSection(section, width, text);
            }

            return text.ToString();
        }

        private static void RenderSection(TableSection section, int width, StringBuilder text)
        {
            void Line(string content) =>
                text.Append('|', section.Indent).Append(content).Append('|', section.Indent).Append('\n');

            var inner = width - (2 * section.Indent);
            if (!string.IsNullOrEmpty(section.Title))
            {
                Line(Center(section.Title, inner, "|", "|"));
                if (section.Headers.Count == 0 && section.Rows.Count == 0)
                {
                    Line("+" + new string('-', inner - 2) + "+");
                }
            }

            if (section.Headers.Count > 0)
            {
                var widths = section.ColumnWidths(inner);
                Line(Border(widths));
                Line(Cells(section.Headers, widths, Center));
            }

            if (section.Rows.Count > 0)
            {
                var widths = section.ColumnWidths(inner);
                if (widths.Count == 0)
                {
                    return;
                }

                Line(Border(widths));
                foreach (var row in section.Rows)
                {
                    Line(Cells(row, widths, AlignLeft));
                }

                Line(Border(widths));
            }
        }

        // Each cell brings its right edge; the first also brings the left one.
        private static string Cells(List<string> cells, List<int> widths, Func<string, int, string, string, string> cell) =>
            string.Concat(widths.Zip(cells).Select((pair, i) => cell(pair.Second, pair.First, i == 0 ? "|" : string.Empty, "|")));

        private static string Border(List<int> widths) =>
            string.Concat(widths.Select((w, i) => i == 0 ? "+" + new string('-', w - 2) + "+" : new string('-', w - 1) + "+"));

        private static string Center(string text, int length, string left, string right)
        {
            var textLength = TextWidth.Of(text);
            var start = (length / 2) - (textLength / 2) - 1;
            var used = TextWidth.Of(left) + start + textLength;
            return left + new string(' ', start) + text + new string(' ', length - TextWidth.Of(right) - used) + right;
        }

        private static string AlignLeft(string text, int length, string left, string right)
        {
            var textLength = TextWidth.Of(text);
            var padding = length - (textLength + 2 + TextWidth.Of(left) + TextWidth.Of(right)) >= 0 ? 2 : 0;
            var used = left.Length + padding + textLength;
            return left + new string(' ', padding) + text + new string(' ', length - used - right.Length) + right;
        }
    }
}
