using System.Text.RegularExpressions;

namespace Riktning.CrossBorder.Commuting;

/// <summary>
/// The publishers of commuting tables Riktning reads, and what it knows about each: SSB's tables on employees resident in
/// Sweden working in Norway (08069, 11612, 12315, 13631), the Nordic Statistics database (PxWeb v1) and SCB's register
/// figures. A flow's source key is the publisher and the table, e.g. <c>ssb-13631</c>, so that each table's total
/// stays apart from the others'.
/// </summary>
public static partial class CommutingSources
{
    public const string Ssb = "ssb";
    public const string Nordic = "nordic";
    public const string Scb = "scb";

    public static readonly IReadOnlyList<string> Publishers = [Ssb, Nordic, Scb];

    /// <summary>
    /// SSB's statistics on employees not registered as resident build on the a-ordning from 2015 on; SSB writes that the
    /// years from 2015 are not comparable with earlier ones. The flag goes on the first year of the new series, as
    /// Eurostat's "b" does.
    /// </summary>
    public const int SsbSeriesBreakYear = 2015;

    /// <summary>The publisher of a source key (<c>ssb</c> for <c>ssb-13631</c>), or the whole key when it names none.</summary>
    public static string Publisher(string source)
    {
        var dash = source.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? source : source[..dash];
    }

    /// <summary>
    /// The source key for a publisher and a table: <c>ssb</c> and <c>13631</c> give <c>ssb-13631</c>; the table id is
    /// lower-cased and anything but letters and digits becomes '-'. Without a table the publisher alone.
    /// </summary>
    public static string Key(string publisher, string? table)
    {
        if (!Publishers.Contains(publisher, StringComparer.Ordinal))
        {
            throw new ImportFormatException($"--source: '{publisher}' is not one of {string.Join(", ", Publishers)}");
        }

        if (string.IsNullOrWhiteSpace(table))
        {
            return publisher;
        }

        var id = NotKeyCharacters().Replace(table.Trim().ToLowerInvariant(), "-").Trim('-');
        return id.Length is 0 or > 40
            ? throw new ImportFormatException($"--table: '{table}' is not a table id (letters and digits, at most 40)")
            : $"{publisher}-{id}";
    }

    /// <summary>Whether a flow of this source and year is the first of a new series (see <see cref="SsbSeriesBreakYear"/>).</summary>
    public static bool IsSeriesBreak(string source, int year) => Publisher(source) == Ssb && year == SsbSeriesBreakYear;

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotKeyCharacters();
}
