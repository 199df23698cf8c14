using Riktning.Statistics;
using Riktning.Strategy;
using Riktning.Testing;
using Riktning.Text;

namespace Riktning.Core.Tests.Statistics;

/// <summary>
/// Every measure of the definitions shipped under strategies/ that names a source has what <c>riktning refresh</c> needs
/// to fetch it (a Kolada KPI id, or an SCB/SSB table with a selection), so a first start with network skips none of them
/// without a word: anstallningar-efter-naringsgren (SCB TAB4723, no selection) and folkmangd-20-64 (SCB TAB638, no
/// selection) were both skipped until they were rebound.
/// </summary>
public sealed class ShippedMeasuresTests
{
    [Fact]
    public void ShippedDefinitions_EveryMeasureWithASource_IsFetchedByRefresh()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "strategies"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var measures = files
            .Select(file => DefinitionReader.ReadFile(file).Definition)
            .SelectMany(definition => definition.Measures.Select(measure => (Definition: definition.Id, Measure: measure)))
            .Where(m => m.Measure.Source.Type != SourceType.None)
            .ToList();

        var skipped = measures
            .Select(m => (m.Definition, m.Measure, Reason: StatisticsRefresher.SkipReason(m.Measure)))
            .Where(m => m.Reason is not null)
            .Select(m => $"{m.Definition}/{m.Measure.Id} ({m.Measure.Source.Type} {m.Measure.Source.Id}): {m.Reason}")
            .ToList();
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{measures.Count} measures with a source in {files.Count} definitions; by source: " +
            string.Join(", ", measures.GroupBy(m => m.Measure.Source.Type).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        output?.WriteLine(skipped.Count == 0 ? "skipped by refresh: none" : "skipped by refresh:\n" + string.Join('\n', skipped));

        Assert.Contains(measures, m => m.Measure.Id == "branschbredd" && m.Measure.Source is { Type: SourceType.Kolada, Id: "N45702" });
        Assert.Empty(skipped);
    }

    [Fact]
    public void SkipReason_TableWithoutSelection_SaysSo()
    {
        var measure = new Measure("utan-urval", new LocalizedText("Utan urval"), null, null, new MeasureSource(SourceType.Scb, "TAB4723", null));

        Assert.Equal("no selection declared for the table (see strategies/README.md)", StatisticsRefresher.SkipReason(measure));
    }
}
