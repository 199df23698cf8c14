using Riktning.Plans;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Plans;

public sealed class InterventionValidatorTests
{
    private static readonly StrategyDefinition Strategy = DefinitionReader.ReadFile(RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml")).Definition;

    private static readonly PlanningReferences References = new(
        Strategy,
        new Dictionary<string, int>(StringComparer.Ordinal) { ["arvika-kommun"] = 4, ["region-varmland"] = 1 },
        new HashSet<int> { 7 });

    private static InterventionFields Valid() => new()
    {
        Key = "arvika-kompetenslyft",
        Name = "Kompetenslyft i Arvika",
        Organisation = "arvika-kommun",
        Partners = ["region-varmland"],
        Plan = "7",
        StartDate = "2026-01-01",
        EndDate = "2027-12-31",
        Status = "ongoing",
        Budget = "1 000 000",
        Financing = new(StringComparer.Ordinal) { ["interreg"] = "600000", ["own"] = "400000" },
        Goals = ["god-och-jamlik-halsa"],
        Indicators = ["halsa-och-valbefinnande"],
        Assessments = new(StringComparer.Ordinal) { ["jamstalldhet"] = "positive", ["klimat-och-miljofragor"] = "negative" },
        Motivations = new(StringComparer.Ordinal) { ["jamstalldhet"] = "Fler kvinnor utbildas.", ["klimat-och-miljofragor"] = "Mer resor." },
    };

    [Fact]
    public void Validate_CompleteFields_ReturnsInterventionWithEveryPerspective()
    {
        var (intervention, problems) = InterventionValidator.Validate(Valid(), References);

        Assert.Empty(problems);
        Assert.NotNull(intervention);
        Assert.Equal(4, intervention.OrganisationId);
        Assert.Equal([1], intervention.PartnerIds);
        Assert.Equal(1_000_000, intervention.Budget);
        Assert.Equal([new Financing(FinancingSource.Interreg, 600_000), new Financing(FinancingSource.Own, 400_000)], intervention.Financing);
        Assert.Equal(5, intervention.Perspectives.Count);
        Assert.Equal(PerspectiveEffect.Neutral, intervention.Perspectives.Single(p => p.PerspectiveId == "barn-och-unga").Effect);
        Assert.Equal(InterventionStatus.Ongoing, intervention.Status);
    }

    [Fact]
    public void Validate_FinancingAboveBudget_NamesBudgetWithBothSums()
    {
        var fields = Valid();
        fields.Financing["state"] = "1";

        var (intervention, problems) = InterventionValidator.Validate(fields, References);

        Assert.Null(intervention);
        var problem = Assert.Single(problems);
        Assert.Equal(new FieldProblem("Budget", "Intervention.FinancingExceedsBudget", "1000001", "1000000"), problem with { Arguments = [.. problem.Arguments] }, new ProblemComparer());
    }

    [Fact]
    public void Validate_FinancingEqualToBudget_IsAccepted()
    {
        var fields = Valid();
        fields.Financing["own"] = "400 000";

        Assert.Empty(InterventionValidator.Validate(fields, References).Problems);
    }

    [Theory]
    [InlineData("2027-12-31", "2026-01-01", "EndDate", "Intervention.EndBeforeStart")]
    [InlineData("2026-13-01", "2027-01-01", "StartDate", "Intervention.DateInvalid")]
    [InlineData("2026-01-01", "", "EndDate", "Intervention.DateInvalid")]
    public void Validate_BadPeriod_NamesTheField(string start, string end, string field, string message)
    {
        var fields = Valid();
        fields.StartDate = start;
        fields.EndDate = end;

        var problems = InterventionValidator.Validate(fields, References).Problems;

        Assert.Contains(problems, p => p.Field == field && p.Message == message);
    }

    [Fact]
    public void Validate_NegativeWithoutMotivation_RequiresMotivationForThatPerspective()
    {
        var fields = Valid();
        fields.Motivations.Remove("klimat-och-miljofragor");
        fields.Assessments["barn-och-unga"] = "neutral";

        var problems = InterventionValidator.Validate(fields, References).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("Motivations[klimat-och-miljofragor]", problem.Field);
        Assert.Equal("Intervention.MotivationRequired", problem.Message);
    }

    [Fact]
    public void Validate_UnknownReferences_NameEachOne()
    {
        var fields = Valid();
        fields.Organisation = "nowhere";
        fields.Goals = ["no-such-goal"];
        fields.Indicators = ["no-such-indicator"];
        fields.Plan = "99";
        fields.Assessments["no-such-perspective"] = "positive";
        fields.Status = "paused";

        var problems = InterventionValidator.Validate(fields, References).Problems.Select(p => (p.Field, p.Message)).ToList();

        Assert.Contains(("Organisation", "Intervention.OrganisationUnknown"), problems);
        Assert.Contains(("Goals", "Intervention.GoalUnknown"), problems);
        Assert.Contains(("Indicators", "Intervention.IndicatorUnknown"), problems);
        Assert.Contains(("Plan", "Intervention.PlanUnknown"), problems);
        Assert.Contains(("Assessments[no-such-perspective]", "Intervention.PerspectiveUnknown"), problems);
        Assert.Contains(("Status", "Intervention.StatusInvalid"), problems);
    }

    [Fact]
    public void Validate_EmptyFields_RequiresKeyNameOwnerBudgetAndGoal()
    {
        var problems = InterventionValidator.Validate(new InterventionFields(), References).Problems.Select(p => p.Field).ToHashSet();

        Assert.Superset(new HashSet<string> { "Key", "Name", "Organisation", "StartDate", "EndDate", "Status", "Budget", "Goals" }, problems);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("12.5")]
    [InlineData("tio")]
    public void Validate_BudgetNotWholeKronor_IsRejected(string budget)
    {
        var fields = Valid();
        fields.Budget = budget;

        Assert.Contains(InterventionValidator.Validate(fields, References).Problems, p => p.Field == "Budget" && p.Message == "Intervention.AmountInvalid");
    }

    private sealed class ProblemComparer : IEqualityComparer<FieldProblem>
    {
        public bool Equals(FieldProblem? x, FieldProblem? y) =>
            x is not null && y is not null && x.Field == y.Field && x.Message == y.Message && x.Arguments.SequenceEqual(y.Arguments);

        public int GetHashCode(FieldProblem obj) => obj.Field.GetHashCode(StringComparison.Ordinal);
    }
}
