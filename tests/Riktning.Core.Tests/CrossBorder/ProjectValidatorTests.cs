using Riktning.CrossBorder;
using Riktning.Organisations;

namespace Riktning.Core.Tests.CrossBorder;

public sealed class ProjectValidatorTests
{
    private static readonly CrossBorderReferences References = new(
        new Dictionary<string, Organisation>(StringComparer.Ordinal)
        {
            ["region-varmland"] = new() { Id = 1, Key = "region-varmland", Name = "Region Värmland", Country = "SE" },
            ["innlandet-fylkeskommune"] = new() { Id = 2, Key = "innlandet-fylkeskommune", Name = "Innlandet fylkeskommune", Country = "NO" },
        },
        new Dictionary<string, string>(StringComparer.Ordinal) { ["SE-17"] = "SE", ["SE-1730"] = "SE", ["NO-34"] = "NO" },
        new HashSet<string>(["kulturellt-utbyte"], StringComparer.Ordinal),
        new HashSet<string>(["kollektivtrafik"], StringComparer.Ordinal),
        new HashSet<string>(["formella-samarbetsforum"], StringComparer.Ordinal),
        new HashSet<string>(["robust-samhalle"], StringComparer.Ordinal),
        new Dictionary<string, int>(StringComparer.Ordinal));

    private static readonly ProjectInput Good = new()
    {
        Key = "gransbygd",
        Name = "Gränsbygd",
        Programme = "interreg-sweden-norway",
        Owner = "region-varmland",
        Partners = ["innlandet-fylkeskommune"],
        PartnersNo = ["Eidskog kulturhus"],
        Regions = ["SE-1730", "NO-34"],
        Start = "2024-01-01",
        End = "2026-12-31",
        Budget = "1200000",
        Currency = "SEK",
        Status = "ongoing",
        CooperationAreas = ["kulturellt-utbyte"],
        BusinessAreas = ["kollektivtrafik"],
        Recommendations = ["formella-samarbetsforum"],
        Goals = ["robust-samhalle"],
        Website = "https://example.org/gransbygd",
    };

    [Fact]
    public void Validate_CompleteInput_BuildsProjectWithSearchText()
    {
        var result = ProjectValidator.Validate(Good, References);

        Assert.True(result.Problems.Count == 0, string.Join("; ", result.Problems));
        var project = result.Value!;
        Assert.Equal(1, project.OrganisationId);
        Assert.Equal(ProjectProgramme.InterregSwedenNorway, project.Programme);
        Assert.Equal(Currency.Sek, project.BudgetCurrency);
        Assert.Equal(1_200_000, project.BudgetAmount);
        Assert.Equal(["SE-1730", "NO-34"], project.Regions);
        Assert.Contains("gransbygd", project.SearchText, StringComparison.Ordinal);
        Assert.Contains("innlandet fylkeskommune", project.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OnlySwedishRegions_AsksForANorwegianOne()
    {
        var result = ProjectValidator.Validate(Good with { Regions = ["SE-17"] }, References);

        var error = Assert.Single(result.Problems);
        Assert.Equal(("regions", "CrossBorder.Error.NeedsNorwegianRegion"), (error.Field, error.Message));
        Assert.Equal("regions", error.Field);
    }

    [Fact]
    public void Validate_UnknownIds_NamesEachFieldAndValue()
    {
        var result = ProjectValidator.Validate(
            Good with
            {
                Owner = "nobody",
                Regions = ["SE-17", "NO-99"],
                CooperationAreas = ["fiske"],
                BusinessAreas = ["gruvor"],
                Recommendations = ["nio"],
                Goals = ["inget-mal"],
                Programme = "lottery",
                Status = "paused",
            },
            References);

        var byField = result.Problems.ToDictionary(e => e.Field, CrossBorderProblems.English, StringComparer.Ordinal);
        Assert.Equal("'nobody' is not an organisation in the registry", byField["owner"]);
        Assert.Equal("'NO-99' is not a region in the registry", byField["regions"]);
        Assert.Equal("'fiske' is not a priority cooperation area of the framework", byField["cooperation-areas"]);
        Assert.Equal("'gruvor' is not a business area of the framework", byField["business-areas"]);
        Assert.Equal("'nio' is not a recommendation of the framework", byField["recommendations"]);
        Assert.Equal("'inget-mal' is not a goal of the current strategy", byField["goals"]);
        Assert.StartsWith("'lottery' is not one of interreg-sweden-norway, other-interreg", byField["programme"], StringComparison.Ordinal);
        Assert.Equal("'paused' is not one of planned, ongoing, completed", byField["status"]);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Validate_BadScalars_OneMessagePerField()
    {
        var result = ProjectValidator.Validate(
            Good with { Key = "Gräns Bygd", Name = " ", Start = "2024-13-01", End = "", Budget = "1 200 000", Website = "ftp://example.org" },
            References);

        var fields = result.Problems.Select(e => (e.Field, CrossBorderProblems.Code(e))).ToList();
        Assert.Equal([("key", "NotAKey"), ("name", "Required"), ("start", "NotADate"), ("budget", "NotAnAmount"), ("website", "NotAUrl")], fields);
    }

    [Fact]
    public void Validate_EndBeforeStartAndBudgetWithoutCurrency_Rejected()
    {
        var result = ProjectValidator.Validate(Good with { Start = "2025-01-01", End = "2024-12-31", Currency = null }, References);

        Assert.Equal([("end", "EndBeforeStart"), ("currency", "CurrencyNeeded")], result.Problems.Select(e => (e.Field, CrossBorderProblems.Code(e))).ToList());
    }

    [Fact]
    public void ValidateAgreementActivityKnowledge_MissingRequired_NamesFields()
    {
        var agreement = AgreementValidator.Validate(new AgreementInput { SignedOn = "2024-02-30" }, References);
        var activity = ActivityValidator.Validate(new ActivityInput { Kind = "party", Project = "ghost" }, References);
        var knowledge = KnowledgeValidator.Validate(new KnowledgeInput { Url = "not a url", Year = "20x4", Language = "swedish", CooperationAreas = ["fiske"] }, References);

        Assert.Equal(["title", "parties", "signed-on"], agreement.Problems.Select(e => e.Field));
        Assert.Equal(["kind", "title", "date", "organiser", "project"], activity.Problems.Select(e => e.Field));
        Assert.Equal(["title", "kind", "url", "year", "language", "cooperation-areas"], knowledge.Problems.Select(e => e.Field));
    }

    [Fact]
    public void ValidateKnowledge_Complete_FoldsSearchText()
    {
        var result = KnowledgeValidator.Validate(
            new KnowledgeInput { Title = "Grensehinder i Østfold", Kind = "report", Url = "https://example.org/r.pdf", Year = "2023", Language = "nb", Keywords = ["pendling"], Owner = "region-varmland" },
            References);

        Assert.Empty(result.Problems);
        Assert.Equal("grensehinder i ostfold pendling", result.Value!.SearchText);
        Assert.Equal(1, result.Value.OrganisationId);
    }
}
