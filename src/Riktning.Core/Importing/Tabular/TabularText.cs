using System.Text;
using CsvHelper.Configuration;

namespace Riktning.Importing.Tabular;

/// <summary>
/// How an uploaded text table is decoded and what a cell may hold. The encoding is strict: a byte that is not UTF-8
/// (a file saved as Windows-1252, a binary file named .csv) is an error instead of a silent U+FFFD stored for ever.
/// </summary>
public static class TabularText
{
    /// <summary>UTF-8 (with or without a byte order mark) that throws on invalid bytes.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A reader of <paramref name="stream"/> in <see cref="StrictUtf8"/>; a UTF-16 byte order mark is honoured.</summary>
    public static StreamReader Reader(Stream stream, bool leaveOpen = false) =>
        new(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: leaveOpen);

    /// <summary>A reader of the file at <paramref name="path"/> in <see cref="StrictUtf8"/>.</summary>
    public static StreamReader Reader(string path) => Reader(File.OpenRead(path));

    /// <summary>
    /// The first control character in <paramref name="cell"/> (NUL, escape …; tab and line breaks are text), or null.
    /// Such characters cannot be typed, break exports and terminals, and PostgreSQL refuses NUL in text.
    /// </summary>
    public static char? ControlCharacter(string? cell)
    {
        if (cell is null)
        {
            return null;
        }

        foreach (var c in cell)
        {
            if ((c < ' ' && c is not ('\t' or '\r' or '\n')) || c == '\u007f')
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// The settings of every CSV the site writes: a text cell that starts with = + - @ tab or CR is written with a
    /// leading apostrophe, so that a spreadsheet opening the export shows it as text instead of running it as a formula
    /// (OWASP "CSV injection").
    /// </summary>
    public static CsvConfiguration ExportCsv => new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    /// <summary>Whether a text cell would be read as a formula by a spreadsheet (the characters of <see cref="ExportCsv"/>).</summary>
    public static bool LooksLikeFormula(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The message for a control character found in a cell.</summary>
    public static string ControlCharacterMessage(char c) => $"holds the control character U+{(int)c:X4}; only text, tabs and line breaks are read";
}
