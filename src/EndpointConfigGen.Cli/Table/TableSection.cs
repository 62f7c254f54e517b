using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EndpointConfigGen.Cli
{
    /// <summary>One titled block of the table: its header and rows, and the column widths they need.</summary>
    internal sealed class TableSection
    {
        private int? _columns;
        private List<int> _maxWidths = new();

        public TableSection(string? title, int indent)
        {
            Title = title;
            Indent = indent;
        }

        /// <summary>Null for the later sections of an untitled list of mappings; it is not shown but is measured as "None".</summary>
        public string? Title { get; }

        public int Indent { get; }

        public List<string> Headers { get; private set; } = new();

        public List<List<string>> Rows { get; } = new();

        public int TotalWidth => Math.Max(
            TextWidth.Of(Title ?? "None") + 2 + (2 * Indent),
            _maxWidths.Sum(w => w + 4) + 2 + (2 * Indent));

        public void AddHeader(List<string> headers)
        {
            UpdateMaxWidths(headers);
            _columns ??= headers.Count;
            Headers = headers;
        }

        public void AddRow(List<string> row)
        {
            _columns ??= row.Count;
            if (row.Count != _columns)
            {
                throw new CliException("Row should have " + _columns.Value.ToString(CultureInfo.InvariantCulture) + " elements, instead it has " + row.Count.ToString(CultureInfo.InvariantCulture));
            }

            Rows.Add(row);
            UpdateMaxWidths(row);
        }

        public TableSection Vertical()
        {
            var vertical = new TableSection(Title, Indent);
            foreach (var (header, cell) in Headers.Zip(Rows[0]))
            {
                vertical.AddRow([header, cell]);
            }

            return vertical;
        }

        /// <summary>The columns' natural widths plus padding, scaled to fill <paramref name="width"/> exactly.</summary>
        public List<int> ColumnWidths(int width)
        {
            var natural = _maxWidths.Select(w => w + 4).ToList();
            if (natural.Count == 0)
            {
                return natural;
            }

            var scale = width / (double)natural.Sum();

            // Math.Round rounds half to even, as Python's round() does.
            var scaled = natural.Select(w => (int)Math.Round(scale * w)).ToList();
            var offBy = scaled.Sum() - width;
            while (offBy != 0)
            {
                // Rounding error is taken off the first columns and given to the last ones.
                var shrink = offBy > 0;
                for (var n = 0; n < scaled.Count && offBy != 0; n++)
                {
                    var i = shrink ? n : scaled.Count - 1 - n;
                    scaled[i] += shrink ? -1 : 1;
                    offBy += shrink ? -1 : 1;
                }
            }

            return scaled;
        }

        private void UpdateMaxWidths(List<string> cells)
        {
            if (_maxWidths.Count == 0)
            {
                _maxWidths = cells.Select(TextWidth.Of).ToList();
                return;
            }

            for (var i = 0; i < cells.Count; i++)
            {
                if (i >= _maxWidths.Count)
                {
                    throw new CliException("list index out of range");
                }

                _maxWidths[i] = Math.Max(TextWidth.Of(cells[i]), _maxWidths[i]);
            }
        }
    }
}
