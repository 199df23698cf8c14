namespace Riktning.Importing.PxWeb;

/// <summary>One table in a PxWebApi 2 <c>/tables</c> listing or search.</summary>
/// <param name="Id">The id the other endpoints take (<c>TAB6471</c>, <c>07459</c>).</param>
/// <param name="Label">The title in the language asked for.</param>
/// <param name="Updated">When its data was last updated, UTC.</param>
/// <param name="FirstPeriod">The first time period (<c>2015M04</c>).</param>
/// <param name="LastPeriod">The last time period.</param>
/// <param name="TimeUnit">Annual, Quarterly, Monthly … as the source names it.</param>
/// <param name="VariableNames">The variables' labels (not codes) in display order.</param>
public sealed record PxWebApi2Table(
    string Id,
    string Label,
    DateTime? Updated,
    string? FirstPeriod,
    string? LastPeriod,
    string? TimeUnit,
    IReadOnlyList<string> VariableNames);
