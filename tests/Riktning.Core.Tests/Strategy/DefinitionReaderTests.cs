using Riktning.Strategy;
using Riktning.Text;

namespace Riktning.Core.Tests.Strategy;

public sealed class DefinitionReaderTests
{
    internal const string Minimal = """
        id: test-strategy
        kind: strategy
        title: {sv: Teststrategi, en: Test strategy}
        owner: Testregionen
        revision: {label: "1", adopted: 2021, baselineYear: 2021}
        vision: En vision
        perspectives:
          - {id: barn-och-unga, name: Barn och unga}
        focusAreas:
          - id: omrade
            name: Område
            strategicDirection: Riktning
            goals:
              - id: mal
                name: Mål
                perspectives: [barn-och-unga]
                indicators:
                  - id: indikator
                    name: Indikator
                    direction: increase
                    breakdowns: [sex, birth-country]
                    measures:
                      - {id: matt, name: Mått, unit: percent, source: {type: kolada, id: N01951}}
                      - {id: matt-2, name: Mått två, source: {type: none}}
        region: SE-17
        """;

    [Fact]
    public void Read_MinimalStrategy_ReturnsTree()
    {
        var definition = Read(Minimal).Definition;

        Assert.Equal("test-strategy", definition.Id);
        Assert.Equal("Test strategy", definition.Title.In("en").Text);
        Assert.Equal(new LocalizedValue("Teststrategi", "sv"), definition.Title.In("nb"));
        var indicator = Assert.Single(definition.Indicators);
        Assert.Equal(Direction.Increase, indicator.Direction);
        Assert.Equal([Breakdown.Sex, Breakdown.BirthCountry], indicator.Breakdowns);
        Assert.Equal((SourceType.Kolada, "N01951"), (indicator.Measures[0].Source.Type, indicator.Measures[0].Source.Id));
        Assert.Empty(indicator.Measures[0].Source.Selection);
        Assert.Equal(SourceType.None, indicator.Measures[1].Source.Type);
        Assert.Equal("SE-17", definition.Region);
        Assert.Equal(ReferenceTarget.Region, Assert.Single(Read(Minimal).ExternalReferences).Target);
    }

    [Theory]
    [InlineData("region: SE-17", "", "region: required field is missing")]
    [InlineData("region: SE-17", "region: Värmland", "region: 'Värmland' is not a region key like 'SE-17' or 'NO-34'")]
    [InlineData("region: SE-17", "region: SE-1", "region: 'SE-1' is not a region key like 'SE-17' or 'NO-34'")]
    public void Read_StrategyWithoutAValidRegion_NamesTheField(string from, string to, string expected)
    {
        var exception = Assert.Throws<DefinitionException>(() => Read(Minimal.Replace(from, to, StringComparison.Ordinal)));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SourceWithSelectionAndMapping_KeepsBoth()
    {
        var yaml = Minimal.Replace(
            "{id: matt-2, name: Mått två, source: {type: none}}",
            "{id: matt-2, name: Mått två, source: {type: scb, id: TAB638, selection: {Region: ['17', '1780'], Tid: '*'}, mapping: {breakdowns: {sex: Kon}, filters: {ContentsCode: BE0101N1}}}}",
            StringComparison.Ordinal);

        var source = Read(yaml).Definition.Measures.Single(m => m.Id == "matt-2").Source;

        Assert.Equal(["17", "1780"], source.Selection["Region"]);
        Assert.Equal(["*"], source.Selection["Tid"]);
        Assert.Equal("Kon", source.Mapping!.Breakdowns["sex"]);
        Assert.Equal("BE0101N1", source.Mapping.Filters["ContentsCode"]);
        Assert.Equal(Riktning.Statistics.RegionCodeSystem.Swedish, source.Mapping.Regions);
    }

    [Fact]
    public void Read_MeasureTolerance_IsKeptAndMustBeANumber()
    {
        var good = Minimal.Replace("{id: matt, name: Mått, unit: percent,", "{id: matt, name: Mått, unit: percent, tolerance: 0.5,", StringComparison.Ordinal);
        var bad = Minimal.Replace("{id: matt, name: Mått, unit: percent,", "{id: matt, name: Mått, unit: percent, tolerance: lite,", StringComparison.Ordinal);

        var measure = Read(good).Definition.Measures.First();
        var error = Assert.Single(ReadErrors(bad));

        Assert.Equal(0.5, measure.Tolerance);
        Assert.Equal(0.5, Riktning.Analysis.MeasureAnalysisOptions.For(measure).ToleranceFor(80));
        Assert.Equal("focusAreas[0].goals[0].indicators[0].measures[0].tolerance", error.Field);
    }

    [Fact]
    public void Read_MappingWithUnknownBreakdown_IsAnError()
    {
        var yaml = Minimal.Replace(
            "{id: matt-2, name: Mått två, source: {type: none}}",
            "{id: matt-2, name: Mått två, source: {type: scb, id: TAB638, mapping: {breakdowns: {income: Ink}}}}",
            StringComparison.Ordinal);

        var error = Assert.Single(ReadErrors(yaml));

        Assert.Equal("focusAreas[0].goals[0].indicators[0].measures[1].source.mapping.breakdowns.income", error.Field);
    }

    [Fact]
    public void Read_DuplicateId_NamesLineAndFirstUse()
    {
        var yaml = Minimal.Replace("id: matt-2", "id: mal", StringComparison.Ordinal);

        var error = Assert.Single(ReadErrors(yaml));

        Assert.Equal(24, error.Line);
        Assert.Equal("focusAreas[0].goals[0].indicators[0].measures[1].id", error.Field);
        Assert.Equal("duplicate id 'mal' (first used at line 14)", error.Message);
        Assert.Equal("test.yaml", error.File);
    }

    [Fact]
    public void Read_UnknownPerspective_NamesTheReference()
    {
        var yaml = Minimal.Replace("perspectives: [barn-och-unga]", "perspectives: [klimat]", StringComparison.Ordinal);

        var error = Assert.Single(ReadErrors(yaml));

        Assert.Equal(16, error.Line);
        Assert.Equal("focusAreas[0].goals[0].perspectives[0]", error.Field);
        Assert.StartsWith("unknown perspective 'klimat'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredField_NamesField()
    {
        var yaml = string.Join('\n', Minimal.Split('\n').Where(line => line.Trim() != "direction: increase"));

        var error = Assert.Single(ReadErrors(yaml));

        Assert.Equal("focusAreas[0].goals[0].indicators[0].direction", error.Field);
        Assert.Equal("required field is missing", error.Message);
        Assert.Equal(18, error.Line);
    }

    [Fact]
    public void Read_UnknownBreakdown_ListsAllowedValues()
    {
        var yaml = Minimal.Replace("[sex, birth-country]", "[sex, income]", StringComparison.Ordinal);

        var error = Assert.Single(ReadErrors(yaml));

        Assert.Equal("focusAreas[0].goals[0].indicators[0].breakdowns[1]", error.Field);
        Assert.Equal("unknown value 'income' (allowed: sex, age, place, birth-country, education)", error.Message);
        Assert.Equal(21, error.Line);
    }

    [Fact]
    public void Read_MalformedYaml_NamesLine()
    {
        var yaml = Minimal.Replace("vision: En vision", "vision: [En vision", StringComparison.Ordinal);

        var error = Assert.Single(ReadErrors(yaml));

        Assert.StartsWith("malformed YAML/JSON", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 6, $"line {error.Line}");
    }

    [Fact]
    public void Read_MalformedJson_NamesLine()
    {
        var error = Assert.Single(ReadErrors("{\"id\": \"x\",\n \"kind\": \"strategy\",\n \"title\": {\"sv\": \"a\"}"));

        Assert.StartsWith("malformed YAML/JSON", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 3, $"line {error.Line}");
    }

    [Fact]
    public void Read_Json_IsAccepted()
    {
        const string json = """
            {"id": "samarbete", "kind": "cooperation", "title": {"sv": "Samarbete"}, "owner": "Region",
             "revision": {"label": "2023"},
             "recommendations": [{"id": "r1", "number": 1, "name": "Rekommendation", "points": ["a", "b"]}]}
            """;

        var definition = Read(json).Definition;

        Assert.Equal(DefinitionKind.Cooperation, definition.Kind);
        Assert.Equal(2, Assert.Single(definition.Recommendations).Points.Count);
    }

    [Fact]
    public void Read_UnknownField_IsAnError()
    {
        var yaml = Minimal.Replace("owner: Testregionen", "owner: Testregionen\nowners: typo", StringComparison.Ordinal);

        var error = Assert.Single(ReadErrors(yaml));

        Assert.Equal("owners", error.Field);
        Assert.StartsWith("unknown field 'owners'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SourceWithoutId_IsAnError()
    {
        var yaml = Minimal.Replace("{type: kolada, id: N01951}", "{type: scb}", StringComparison.Ordinal);

        var error = Assert.Single(ReadErrors(yaml));

        Assert.Equal("focusAreas[0].goals[0].indicators[0].measures[0].source.id", error.Field);
    }

    [Fact]
    public void Read_GoalReferenceWithoutRelatesTo_IsAnError()
    {
        const string yaml = """
            id: samarbete
            kind: cooperation
            title: Samarbete
            owner: Region
            revision: {label: "2023"}
            cooperationAreas:
              - {id: a, name: A, goals: [god-halsa]}
            """;

        var error = Assert.Single(ReadErrors(yaml));

        Assert.Equal("cooperationAreas[0].goals[0]", error.Field);
        Assert.Contains("relatesTo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BundledDefinitions_AreValid()
    {
        var strategy = DefinitionReader.ReadFile(Testing.RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml")).Definition;
        var cooperation = DefinitionReader.ReadFile(Testing.RepositoryPaths.Strategies("norge-samarbete.yaml")).Definition;

        Assert.Equal(4, strategy.FocusAreas.Count);
        Assert.Equal(13, strategy.Goals.Count());
        Assert.Equal(39, strategy.Indicators.Count());
        Assert.Equal(5, strategy.Perspectives.Count);
        Assert.Equal(3, strategy.KeysForChange.Count);
        Assert.Equal(7, strategy.SmartSpecialisations.Count);
        Assert.Equal(2, strategy.Missions.Count);
        Assert.Equal("Ett hållbart Värmland som förändrar världen", strategy.Vision?.Sv);
        Assert.Equal(4, cooperation.BusinessAreas.Count);
        Assert.Equal(8, cooperation.Recommendations.Count);
        Assert.Equal("dialog-sverige-norge", Assert.Single(cooperation.Initiatives).Id);
    }

    [Fact]
    public void Read_PopulationMeasure_NamesACountOfTheDefinition()
    {
        var yaml = Minimal.Replace("{id: matt-2, name: Mått två, source: {type: none}}", "{id: matt-2, name: Mått två, kind: count, source: {type: none}}", StringComparison.Ordinal)
            + "\npopulation-measure: matt-2\n";

        Assert.Equal("matt-2", Read(yaml).Definition.PopulationMeasure);
        Assert.Null(Read(Minimal).Definition.PopulationMeasure);
    }

    [Theory]
    [InlineData("population-measure: okand", "'okand' is not a measure of this definition")]
    [InlineData("population-measure: matt", "'matt' must be of kind count to be a population (it is of no kind)")]
    public void Read_PopulationMeasureThatIsNoCountOfTheDefinition_IsAnError(string line, string expected)
    {
        var error = Assert.Single(ReadErrors(Minimal + "\n" + line + "\n"));

        Assert.Equal("population-measure", error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    internal static ParsedDefinition Read(string yaml) => DefinitionReader.Read(new StringReader(yaml), "test.yaml");

    private static IReadOnlyList<DefinitionError> ReadErrors(string yaml) =>
        Assert.Throws<DefinitionException>(() => Read(yaml)).Errors;
}
