namespace Riktning.Web.Features.DataDesk;

/// <summary>The data desk's wording of a refresh outcome, shared by the list and the measure's page.</summary>
public static class DeskTexts
{
    public static string RefreshResult(IStringLocalizer t, RefreshOutcome? outcome) => outcome switch
    {
        null => t["Desk.NotRefreshed"],
        { Summary: { } s } => t["Desk.RefreshOk", s.Added, s.Changed, s.Unchanged, outcome.Calls],
        { Skipped: { } skipped } => t["Desk.RefreshSkipped", skipped],
        _ => t["Desk.RefreshFailed", outcome.Error ?? ""],
    };
}
