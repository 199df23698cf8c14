using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Riktning.Importing.Tabular;

/// <summary>
/// A CSV file or the first sheet of a workbook as a header (lower case, trimmed) and text cells with their line
/// numbers: what every upload (figures, interventions, projects) is read through before its own columns are checked.
/// Pure, and bounded by <see cref="TabularLimits"/>: CSV is read as a stream (<see cref="ReadCsv"/>), a workbook is
/// checked by <see cref="WorkbookGuard"/> before it is materialised, and every unreadable file, bad byte, control
/// character or stray quote is an <see cref="ImportFormatException"/> naming the file and line.
/// </summary>
public sealed record TabularTable(IReadOnlyList<string> Header, IReadOnlyList<TabularLine> Lines)
{
    /// <summary>
    /// The separator is detected among <paramref name="delimiters"/>, or CsvHelper's defaults (',', ';', '|', tab) when
    /// null. A format whose lists are separated by ';' but whose files are not narrows them, so that a file full of
    /// lists is not mistaken for a ';'-separated one. <paramref name="shortRowHint"/> replaces the advice given when a
    /// row has more or fewer fields than the header (by default: quote values that contain the separator).
    /// The whole table is read, at most <see cref="TabularLimits.MaxRows"/> rows.
    /// </summary>
    public static TabularTable FromCsv(TextReader text, string source, string[]? delimiters = null, string? shortRowHint = null, CancellationToken cancellationToken = default)
    {
        var (header, rows) = ReadCsv(text, source, delimiters, shortRowHint, cancellationToken);
        var lines = new List<TabularLine>();
        foreach (var line in rows)
        {
            if (lines.Count == TabularLimits.MaxRows)
            {
                throw new ImportFormatException($"{source}: line {line.Line}: at most {TabularLimits.MaxRows} rows are read");
            }

            lines.Add(line);
        }

        return new TabularTable(header, lines);
    }

    /// <summary>
    /// The header at once and the rows as they are read, one buffer at a time, so that a file of any length is checked
    /// in bounded memory. Enumerate the rows once; the reader is closed at their end.
    /// </summary>
    public static (IReadOnlyList<string> Header, IEnumerable<TabularLine> Rows) ReadCsv(
        TextReader text, string source, string[]? delimiters = null, string? shortRowHint = null, CancellationToken cancellationToken = default)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            DetectDelimiter = true,
            MaxFieldSize = TabularLimits.MaxFieldLength,
        };
        if (delimiters is not null)
        {
            configuration = configuration with { DetectDelimiterValues = delimiters };
        }

        var csv = new CsvReader(text, configuration);
        try
        {
            if (!Guarded(csv, source, () => csv.Read() && csv.ReadHeader()) || csv.HeaderRecord is not { } header)
            {
                throw new ImportFormatException($"{source}: line 1: the file has no header row");
            }

            if (header.Length > TabularLimits.MaxColumns)
            {
                throw new ImportFormatException($"{source}: line 1: {header.Length} columns; at most {TabularLimits.MaxColumns} are read");
            }

            for (var i = 0; i < header.Length; i++)
            {
                if (TabularText.ControlCharacter(header[i]) is { } c)
                {
                    throw new ImportFormatException($"{source}: line 1, column {i + 1}: {TabularText.ControlCharacterMessage(c)}");
                }
            }

            return (header.Select(h => h.Trim().ToLowerInvariant()).ToList(), Rows(csv, header.Length, source, shortRowHint, cancellationToken));
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    public static TabularTable FromExcel(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        // The guard and the workbook reader need to seek; an upload stream cannot. Uploads are size-limited before this.
        var seekable = stream;
        if (!stream.CanSeek)
        {
            seekable = new MemoryStream();
            stream.CopyTo(seekable);
            seekable.Position = 0;
        }

        try
        {
            WorkbookGuard.Check(seekable, source, cancellationToken);
            return ReadWorkbook(seekable, source, cancellationToken);
        }
        finally
        {
            if (!ReferenceEquals(seekable, stream))
            {
                seekable.Dispose();
            }
        }
    }

    private static TabularTable ReadWorkbook(Stream stream, string source, CancellationToken cancellationToken)
    {
        var rows = new List<IDictionary<string, object?>>();
        try
        {
            foreach (var row in stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>())
            {
                if (rows.Count % 1024 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                rows.Add(row);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException or FormatException or KeyNotFoundException or NullReferenceException)
        {
            // MiniExcel reports a malformed part in several ways; all of them mean the same to the person uploading.
            throw new ImportFormatException($"{source}: not a readable .xlsx workbook ({ex.Message})", ex);
        }

        if (rows.Count == 0)
        {
            throw new ImportFormatException($"{source}: line 1: the sheet has no header row");
        }

        var letters = rows[0].Keys.ToArray();
        var header = letters.Select(letter => Cell(rows[0][letter], source, 1, letter)?.Trim().ToLowerInvariant() ?? "").ToList();
        var lines = new List<TabularLine>();
        for (var r = 1; r < rows.Count; r++)
        {
            var cells = letters.Select(letter => Cell(rows[r][letter], source, r + 1, letter)).ToList();
            if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                lines.Add(new TabularLine(r + 1, cells));
            }
        }

        return new TabularTable(header, lines);
    }

    private static IEnumerable<TabularLine> Rows(CsvReader csv, int width, string source, string? shortRowHint, CancellationToken cancellationToken)
    {
        using (csv)
        {
            var count = 0;
            while (true)
            {
                if (++count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (!Guarded(csv, source, csv.Read))
                {
                    yield break;
                }

                var line = csv.Parser.RawRow;
                if (csv.Parser.Count != width)
                {
                    // Most often an unquoted value that contains the separator; say which separator the file was read with.
                    throw new ImportFormatException(
                        $"{source}: line {line}: {csv.Parser.Count} fields but the header has {width}; {shortRowHint ?? $"quote values that contain {Plural(csv.Parser.Delimiter)}"}");
                }

                var cells = new string?[width];
                var any = false;
                for (var i = 0; i < width; i++)
                {
                    var index = i;
                    string? cell = null;
                    Guarded(csv, source, () => (cell = csv.GetField(index)) is not null || true);
                    if (TabularText.ControlCharacter(cell) is { } c)
                    {
                        throw new ImportFormatException($"{source}: line {line}, column {i + 1}: {TabularText.ControlCharacterMessage(c)}");
                    }

                    cells[i] = cell;
                    any |= !string.IsNullOrWhiteSpace(cell);
                }

                if (any)
                {
                    yield return new TabularLine(line, cells);
                }
            }
        }
    }

    /// <summary>CsvHelper's and the decoder's failures as import errors with the line they were found at.</summary>
    private static bool Guarded(CsvReader csv, string source, Func<bool> read)
    {
        try
        {
            return read();
        }
        catch (CsvHelper.MaxFieldSizeException ex)
        {
            throw new ImportFormatException(
                $"{source}: line {Line(csv)}: a value longer than {TabularLimits.MaxFieldLength} characters; most often a quote (\") that is never closed", ex);
        }
        catch (BadDataException ex)
        {
            throw new ImportFormatException($"{source}: line {Line(csv)}: a quote (\") inside a value that is not quoted as a whole; write it as \"\" inside a quoted value", ex);
        }
        catch (CsvHelperException ex)
        {
            throw new ImportFormatException($"{source}: line {Line(csv)}: not readable as CSV ({ex.GetType().Name})", ex);
        }
        catch (DecoderFallbackException ex)
        {
            // The decoder reads ahead of the parser by one buffer: the line is where the bad bytes were met, or soon after.
            throw new ImportFormatException($"{source}: near line {Line(csv)}: bytes that are not UTF-8; save the file as CSV UTF-8", ex);
        }
    }

    private static int Line(CsvReader csv) => Math.Max(1, csv.Parser.RawRow);

    private static string Plural(string delimiter) => delimiter switch
    {
        "," => "commas",
        ";" => "semicolons",
        "\t" => "tabs",
        var other => $"'{other}'",
    };

    private static string? Cell(object? value, string source, int line, string column)
    {
        var text = Text(value);
        return TabularText.ControlCharacter(text) is { } c
            ? throw new ImportFormatException($"{source}: line {line}, column {column}: {TabularText.ControlCharacterMessage(c)}")
            : text;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };
}
