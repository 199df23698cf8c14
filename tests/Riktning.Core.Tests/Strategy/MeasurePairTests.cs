using Riktning.Analysis;
using Riktning.Strategy;

namespace Riktning.Core.Tests.Strategy;

/// <summary>Comparisons of a Swedish and a Norwegian measure: reading, refusals, the one flag and the harmonisation rules.</summary>
public sealed class MeasurePairTests
{
    private const string Indent = "\n              ";

    private static readonly string Strategy = DefinitionReaderTests.Minimal.Replace(
        "- {id: matt-2, name: Mått två, source: {type: none}}",
        "- {id: matt-2, name: Mått två, source: {type: none}}"
            + Indent + "- {id: matt-no, name: Mått Norge, unit: percent, source: {type: none}}"
            + Indent + "- {id: belopp-no, name: Belopp Norge, unit: NOK, source: {type: none}}",
        StringComparison.Ordinal);

    [Fact]
    public void Read_PairWithDifferences_FlagsBothSidesAndAMeasureWithoutPair()
    {
        var definition = Read(Pair("with-differences")).Definition;

        var pair = Assert.Single(definition.Comparisons);
        Assert.Equal(("matt", "matt-no", Comparability.WithDifferences), (pair.Swedish, pair.Norwegian, pair.Comparability));
        Assert.Equal("Åldrar 20–64 mot 15–74.", pair.Differences.Sv);
        Assert.Equal("Ages 20–64 against 15–74.", pair.Differences.En);
        Assert.True(definition.DefinitionsMayDiffer("matt"));
        Assert.True(definition.DefinitionsMayDiffer("matt-no"));
        Assert.True(definition.DefinitionsMayDiffer("matt-2"));
        Assert.Same(pair, pair.RequireComparable());
    }

    [Fact]
    public void Read_PairDefinedAlike_IsTheOnlyWayToClearTheFlag()
    {
        var definition = Read(Pair("same")).Definition;

        Assert.False(definition.DefinitionsMayDiffer("matt"));
        Assert.False(definition.DefinitionsMayDiffer("matt-no"));
        Assert.True(definition.DefinitionsMayDiffer("matt-2"));
    }

    [Fact]
    public void NotComparablePair_IsRefusedWithItsReasonAndName()
    {
        var pair = Read(Pair("not-comparable")).Definition.Comparisons.Single();

        var refused = Assert.Throws<ConflictException>(pair.RequireComparable);

        Assert.Contains("'par' (matt / matt-no) is marked not comparable: Åldrar 20–64 mot 15–74.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnitsDifferWithoutRule_RefusedNamingThePair()
    {
        var text = Pair("with-differences").Replace("norwegian: matt-no", "norwegian: belopp-no", StringComparison.Ordinal);

        var error = Assert.Single(Errors(text));

        Assert.Equal("comparisons[0]", error.Field);
        Assert.Contains("comparison 'par': the units differ (percent / NOK) and no rule converts one into the other", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnitsDifferButMarkedNotComparable_IsAccepted() =>
        Assert.Single(Read(Pair("not-comparable").Replace("norwegian: matt-no", "norwegian: belopp-no", StringComparison.Ordinal)).Definition.Comparisons);

    [Fact]
    public void Read_PairWithoutDifferencesOrWithUnknownMeasure_IsAnError()
    {
        var noNote = Pair("same").Replace("    differences: {sv: Åldrar 20–64 mot 15–74., en: Ages 20–64 against 15–74.}", "", StringComparison.Ordinal);
        var unknown = Pair("same").Replace("norwegian: matt-no", "norwegian: finns-inte", StringComparison.Ordinal);

        Assert.Contains(Errors(noNote), e => e.Field == "comparisons[0].differences");
        Assert.Contains(Errors(unknown), e => e.Field == "comparisons[0].norwegian" && e.Message.Contains("'finns-inte' is not a measure", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OldBooleanFlag_PointsToComparisons()
    {
        var text = Strategy.Replace("{id: matt, name: Mått, unit: percent,", "{id: matt, name: Mått, unit: percent, comparable-across-border: true,", StringComparison.Ordinal);

        var error = Assert.Single(Errors(text));

        Assert.Equal("focusAreas[0].goals[0].indicators[0].measures[0].comparable-across-border", error.Field);
        Assert.Contains("comparisons:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Harmonisation_RebandAges_SumsSingleYearsAndShiftsTheReferenceDate()
    {
        // Hand-computed: 100 + 200 + 300 = 600 on 1 January 2024, which is SCB's 31 December 2023; 2023 lacks age 022.
        var rule = new HarmonisationRule(HarmonisationKind.RebandAges, "age", ["020", "021", "022"], "20-22", -1);
        (string, string, double?)[] values =
        [
            ("2024", "020", 100), ("2024", "021", 200), ("2024", "022", 300), ("2024", "023", 9999),
            ("2023", "020", 90), ("2023", "021", 190),
        ];

        Assert.Equal([("2023", 600d)], Harmonisation.Apply(rule, values));
    }

    [Fact]
    public void Harmonisation_SumCategories_AggregatesToTheCommonLevelAndSkipsAPeriodWithAMissingValue()
    {
        // Hand-computed: fagskole 3.1 + short 22.4 + long 11.0 = 36.5 (ISCED 5–8); 2022 has a ".." (null) level.
        var rule = new HarmonisationRule(HarmonisationKind.SumCategories, "education", ["11", "03a", "04a"], "isced-5-8", 0);
        (string, string, double?)[] values =
        [
            ("2023", "11", 3.1), ("2023", "03a", 22.4), ("2023", "04a", 11.0), ("2023", "01", 25.0),
            ("2022", "11", 3.0), ("2022", "03a", null), ("2022", "04a", 10.8),
        ];

        var result = Assert.Single(Harmonisation.Apply(rule, values));

        Assert.Equal("2023", result.Period);
        Assert.Equal(36.5, result.Value, 10);
    }

    [Fact]
    public void BundledStrategy_HasFourComparisons_OneNotComparable_EachWithTheDifferencesInThreeLanguages()
    {
        var definition = DefinitionReader.ReadFile(Path.Combine(Riktning.Testing.RepositoryPaths.Root, "strategies", "varmlandsstrategin-2040.yaml")).Definition;

        Assert.Equal(4, definition.Comparisons.Count);
        Assert.Equal(["inkomst-och-ekonomisk-standard"], definition.Comparisons.Where(c => c.Comparability == Comparability.NotComparable).Select(c => c.Id));
        Assert.All(definition.Comparisons, c => Assert.True(c.Differences is { Nb.Length: > 0, En.Length: > 0 }, c.Id));
        Assert.Equal(45, definition.Comparisons.Single(c => c.Id == "befolkning-20-64").Rule!.Categories.Count);
    }

    private static string Pair(string comparable) => Strategy + $$"""

        comparisons:
          - id: par
            swedish: matt
            norwegian: matt-no
            comparable: {{comparable}}
            differences: {sv: Åldrar 20–64 mot 15–74., en: Ages 20–64 against 15–74.}
        """;

    private static ParsedDefinition Read(string text) => DefinitionReader.Read(new StringReader(text), "test.yaml");

    private static IReadOnlyList<DefinitionError> Errors(string text) =>
        Assert.Throws<DefinitionException>(() => Read(text)).Errors;
}
