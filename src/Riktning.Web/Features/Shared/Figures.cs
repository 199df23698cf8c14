namespace Riktning.Web.Features.Shared;

/// <summary>
/// How the pages write statistics, in one place: a figure in the reader's language with at most two decimals, a change
/// with its sign (a real minus, U+2212), and the exact invariant value the charts read from <c>data-value</c>.
/// </summary>
public static class Figures
{
    public static string Number(double value) => value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    public static string Change(double value) => value.ToString("+#,##0.##;−#,##0.##;0", CultureInfo.CurrentCulture);

    /// <summary>The value for a chart's <c>data-value</c>: round-trip, invariant; empty for no value.</summary>
    public static string Invariant(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
