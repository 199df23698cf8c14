namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>The form that starts an analysis: the year, as typed.</summary>
public sealed class CreateInput
{
    public string? Year { get; set; }
}
