using System.Text.RegularExpressions;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Web.Tests.Commands;

/// <summary>`riktning import` guard rails and `riktning imports list|undo`, run as the executable, on both engines.</summary>
public sealed partial class ImportCommandTests
{
    private const string KoladaFile = "kolada_N01951_invanare_geo_gender_year_2024-08-30.csv";

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static string KoladaFolder => Path.GetDirectoryName(RepositoryPaths.SharedData("kolada", KoladaFile))!;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportKoladaCsv_FileForAnotherKpi_IsRefusedNamingBothThenTakenWithAReasonAndUndone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        // A path relative to the caller's working directory; elever-i-komvux is a count bound to N18899.
        var refused = await CommandRunner.RunAsync(database, KoladaFolder, "import", "kolada-csv", KoladaFile, "--measure", "elever-i-komvux");
        var taken = await CommandRunner.RunAsync(database, KoladaFolder,
            "import", "kolada-csv", KoladaFile, "--measure", "elever-i-komvux", "--source-mismatch-ok", "a stand-in for the test");
        var list = await CommandRunner.RunAsync(database, KoladaFolder, "imports", "list", "--measure", "elever-i-komvux");
        var batch = BatchNumber().Match(taken.Output).Groups[1].Value;
        var undo = await CommandRunner.RunAsync(database, KoladaFolder, "imports", "undo", batch);
        var again = await CommandRunner.RunAsync(database, KoladaFolder, "imports", "undo", batch);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(
            $"{Path.GetFullPath(Path.Combine(KoladaFolder, KoladaFile))}: the file is N01951, but measure 'elever-i-komvux' is bound to kolada N18899; nothing was imported (if this is right, say why with --source-mismatch-ok \"reason\")",
            LastLine(refused.Error));
        Assert.Equal("", refused.Output);
        Assert.Equal(0, taken.ExitCode);
        Assert.Equal(
            $"elever-i-komvux: 27144 added, 0 changed, 0 unchanged, 0 rejected, 9048 totals derived by Riktning as women + men (import batch {batch})",
            taken.Output.Trim());
        Assert.Contains($"{batch}\telever-i-komvux\tkolada\tN01951\t", list.Output, StringComparison.Ordinal);
        Assert.Contains("\t27144\t0\t0\t9048\t\t", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, undo.ExitCode);
        Assert.Matches($"^Batch {batch} \\(elever-i-komvux\\) undone as batch \\d+: 0 values restored, 27144 removed$", undo.Output.Trim());
        Assert.Equal(1, again.ExitCode);
        Assert.Matches($"^batch {batch} was already undone by batch \\d+$", LastLine(again.Error));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportPx_UnknownBreakdownName_IsRefusedWithTheKnownNames(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var px = RepositoryPaths.SharedData("px", "scb_BE0101N1_sv_iso8859-1.px");

        var result = await CommandRunner.RunAsync(database, Path.GetTempPath(),
            "import", "px", px, "--measure", "folkmangd-20-64", "--breakdown", "kön=Kon", "--filter", "Civilstand=OG", "--filter", "Alder=45-54", "--filter", "ContentsCode=BE0101N1",
            "--source-mismatch-ok", "SCB's TAB638 is the source Kolada's N01955 copies");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("scb_BE0101N1_sv_iso8859-1.px: the mapping's breakdowns: 'kön' is not a breakdown name; use one of sex, age, birth-country, education", LastLine(result.Error));
        Assert.Equal("", result.Output);
    }

    /// <summary>The error line a refused command ends with (warnings of the store's first migration may come before it).</summary>
    private static string LastLine(string text) => text.Trim().Split('\n')[^1].Trim();

    [GeneratedRegex(@"\(import batch (\d+)\)")]
    private static partial Regex BatchNumber();
}
