namespace Riktning.Importing.Tabular;

/// <summary>
/// What one uploaded table may cost, checked while it is read and, for a workbook, before it is materialised: a file
/// over a limit is an import error that names the file, the limit and where it was passed, never minutes of work. The
/// layouts the uploads use have at most 25 columns, so the column limit leaves room for notes beside them.
/// </summary>
public static class TabularLimits
{
    /// <summary>Columns a table may have (a workbook cell in column XFD is column 16 384).</summary>
    public const int MaxColumns = 100;

    /// <summary>Rows a workbook or a table read whole (interventions, projects, classifications) may have; figures in CSV stream.</summary>
    public const int MaxRows = 200_000;

    /// <summary>Characters in one cell: an unclosed quote otherwise reads the rest of the file into one field.</summary>
    public const int MaxFieldLength = 32 * 1024;

    /// <summary>The uncompressed size of all parts of a workbook together (a zip bomb is refused before it is inflated).</summary>
    public const long MaxWorkbookBytes = 100L * 1024 * 1024;
}
