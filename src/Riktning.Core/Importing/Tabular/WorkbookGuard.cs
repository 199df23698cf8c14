using System.IO.Compression;
using System.Xml;

namespace Riktning.Importing.Tabular;

/// <summary>
/// Checks an .xlsx upload against <see cref="TabularLimits"/> before the workbook reader sees it. A workbook's sheets say
/// where their cells are (<c>&lt;c r="XFD7"&gt;</c>, <c>&lt;row r="7"&gt;</c>, <c>&lt;dimension ref="A1:XFD7"&gt;</c>), and the reader
/// fills every row up to the last column and every gap up to the last row: a 3 KB file with a cell in column XFD costs
/// it seconds per row. So the sheets are scanned as a stream first, counting the bytes actually inflated; a file that is
/// not a zip, a zip without <c>xl/workbook.xml</c>, a zip bomb, a sheet out of bounds or malformed XML is an
/// <see cref="ImportFormatException"/> naming the file.
/// </summary>
public static class WorkbookGuard
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    /// <summary>Scans <paramref name="stream"/> (seekable) and leaves it at its start.</summary>
    public static void Check(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        var start = stream.Position;
        Span<byte> magic = stackalloc byte[4];
        if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4)
        {
            throw new ImportFormatException($"{source}: not a readable .xlsx workbook (the file is not a zip archive); save it as Excel Workbook (.xlsx) or CSV");
        }

        stream.Position = start;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                throw new ImportFormatException($"{source}: a zip archive but not an .xlsx workbook (it has no xl/workbook.xml)");
            }

            var declared = zip.Entries.Sum(e => e.Length);
            if (declared > TabularLimits.MaxWorkbookBytes)
            {
                throw new ImportFormatException(
                    $"{source}: the workbook unpacks to {declared / (1024 * 1024)} MB; at most {TabularLimits.MaxWorkbookBytes / (1024 * 1024)} MB is read (save large tables as CSV)");
            }

            long budget = TabularLimits.MaxWorkbookBytes;
            foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
                && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                using var content = new CappedStream(sheet.Open(), budget, source);
                Scan(content, source, cancellationToken);
                budget -= content.Inflated;
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ImportFormatException($"{source}: not a readable .xlsx workbook ({ex.Message})", ex);
        }
        catch (XmlException ex)
        {
            throw new ImportFormatException($"{source}: not a readable .xlsx workbook (a sheet is not well-formed XML: {ex.Message})", ex);
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static void Scan(Stream content, string source, CancellationToken cancellationToken)
    {
        using var xml = XmlReader.Create(content, Settings);
        var rows = 0;
        var row = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "dimension" when xml.GetAttribute("ref") is { } range:
                    foreach (var corner in range.Split(':'))
                    {
                        Within(corner, source, "the sheet's dimension");
                    }

                    break;
                case "row":
                    if (++rows % 1024 == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    row = int.TryParse(xml.GetAttribute("r"), System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : row + 1;
                    if (row > TabularLimits.MaxRows || rows > TabularLimits.MaxRows)
                    {
                        throw new ImportFormatException($"{source}: row {Math.Max(row, rows)}: at most {TabularLimits.MaxRows} rows are read (save large tables as CSV)");
                    }

                    break;
                case "c" when xml.GetAttribute("r") is { } cell:
                    Within(cell, source, $"cell {cell}");
                    break;
            }
        }
    }

    /// <summary>A cell reference such as <c>XFD7</c> or <c>$B$2</c> lies within the limits.</summary>
    private static void Within(string reference, string source, string what)
    {
        var column = 0;
        var i = 0;
        var text = reference.Replace("$", "", StringComparison.Ordinal);
        for (; i < text.Length && char.IsAsciiLetter(text[i]) && column <= TabularLimits.MaxColumns; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
        }

        if (column > TabularLimits.MaxColumns)
        {
            throw new ImportFormatException($"{source}: {what} lies beyond column {TabularLimits.MaxColumns}; at most {TabularLimits.MaxColumns} columns are read (delete the cells to the right of the table)");
        }

        var digits = text.AsSpan(i);
        if (digits.Length > 0 && (digits.Length > 9 || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) > TabularLimits.MaxRows))
        {
            throw new ImportFormatException($"{source}: {what} lies beyond row {TabularLimits.MaxRows}; at most {TabularLimits.MaxRows} rows are read (save large tables as CSV)");
        }
    }

    /// <summary>Counts what is inflated and stops at the budget, whatever the zip's directory claims.</summary>
    private sealed class CappedStream(Stream inner, long budget, string source) : Stream
    {
        public long Inflated { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Inflated; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            Inflated += read;
            if (Inflated > budget)
            {
                throw new ImportFormatException(
                    $"{source}: the workbook unpacks to more than {TabularLimits.MaxWorkbookBytes / (1024 * 1024)} MB; at most that is read (save large tables as CSV)");
            }

            return read;
        }
    }
}
