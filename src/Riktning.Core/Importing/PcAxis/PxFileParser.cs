using System.Text;

namespace Riktning.Importing.PcAxis;

/// <summary>
/// Reads a PC-Axis (.px) file: the header keywords, the dimensions in data order and every DATA value, with missing-value
/// symbols kept as statuses, never as 0, and CELLNOTE(X) as flags and notes (<see cref="PxCellNotes"/>). Reads one language: the file's default unless another in LANGUAGES is asked for.
/// </summary>
public static class PxFileParser
{
    private static readonly string[] UpdatedFormats = ["yyyyMMdd HH:mm", "yyyyMMdd HH:mm:ss", "yyyyMMdd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    /// <summary>Reads a file, finding its encoding from CODEPAGE (see <see cref="PxEncodings.Detect"/>).</summary>
    public static StatisticsDataset Parse(Stream stream, string source, string? language = null)
    {
        var bytes = ReadAll(stream);
        return ParseText(PxEncodings.Detect(bytes, source).GetString(bytes), source, language);
    }

    /// <summary>Reads a file in an encoding the caller knows better than the file does.</summary>
    public static StatisticsDataset Parse(Stream stream, Encoding encoding, string source, string? language = null) =>
        ParseText(encoding.GetString(ReadAll(stream)), source, language);

    /// <summary>Reads already decoded text.</summary>
    public static StatisticsDataset Parse(TextReader reader, string source, string? language = null) =>
        ParseText(reader.ReadToEnd(), source, language);

    private static StatisticsDataset ParseText(string text, string source, string? language)
    {
        var header = new PxHeaderReader(text, source);
        var metadata = new PxMetadata(header.ReadKeywords());
        if (metadata.All.Exists(k => string.Equals(k.Name, "KEYS", StringComparison.Ordinal)))
        {
            throw new ImportFormatException($"{source}: KEYS (sparse) PC-Axis files are not supported.");
        }

        var view = new PxLanguageView(metadata, language, source);
        var dimensions = PxDimensionReader.Read(view, source);
        var symbols = new PxSymbols(n => metadata.Text($"DATASYMBOL{n}"));
        var values = new PxDataReader(text, header.DataStart, header.Line, source, symbols).Read(CellCount(dimensions, source));
        var cellNotes = PxCellNotes.Read(metadata, language, dimensions, values, source);

        return new StatisticsDataset(
            source,
            metadata.Text("TABLEID") ?? metadata.Text("MATRIX"),
            view.Text("TITLE") ?? view.Text("DESCRIPTION") ?? view.Text("CONTENTS") ?? "",
            LastUpdated(metadata, source),
            dimensions,
            values)
        {
            // SCB names a table twice: MATRIX (the old id, e.g. BE0101N1) and TABLEID (PxWebApi 2's, e.g. TAB638).
            Language = language ?? metadata.Text("LANGUAGE"),
            Identifiers = [.. ((string?[])[metadata.Text("TABLEID"), metadata.Text("MATRIX")]).OfType<string>().Distinct(StringComparer.Ordinal)],
            CellNotes = cellNotes,
        };
    }

    private static int CellCount(DatasetDimension[] dimensions, string source)
    {
        var count = 1L;
        foreach (var dimension in dimensions)
        {
            count *= dimension.Categories.Count;
            if (count > Array.MaxLength)
            {
                throw new ImportFormatException($"{source}: the variables give more cells than one table can hold.");
            }
        }

        return (int)count;
    }

    /// <summary>
    /// The latest LAST-UPDATED, for the table or any of its contents. PC-Axis gives no time zone; the wall-clock time is
    /// kept and marked UTC, since the import only compares it with earlier imports of the same table.
    /// </summary>
    private static DateTime? LastUpdated(PxMetadata metadata, string source)
    {
        DateTime? latest = null;
        foreach (var keyword in metadata.All)
        {
            if (!string.Equals(keyword.Name, "LAST-UPDATED", StringComparison.Ordinal) || keyword.Language is not null)
            {
                continue;
            }

            var text = string.Concat(keyword.Values).Trim();
            if (!DateTime.TryParseExact(text, UpdatedFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var updated))
            {
                throw new ImportFormatException($"{source} line {keyword.Line}: LAST-UPDATED \"{text}\" is not a date and time.");
            }

            updated = DateTime.SpecifyKind(updated, DateTimeKind.Utc);
            latest = latest is null || updated > latest ? updated : latest;
        }

        return latest;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
