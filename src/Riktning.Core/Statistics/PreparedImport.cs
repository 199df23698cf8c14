namespace Riktning.Statistics;

/// <summary>
/// A file or answer read, translated and past the guard rails, not yet stored: the rows exactly as
/// <see cref="MeasureImport.ImportAsync(PreparedImport, CancellationToken)"/> will write them (Riktning's derived totals
/// last), so that the data desk's preview shows what is stored.
/// </summary>
/// <param name="Measure">The measure imported into.</param>
/// <param name="Origin">Where the figures come from, as recorded on the batch.</param>
/// <param name="Rows">Every row, the <paramref name="Derived"/> totals Riktning derived last.</param>
/// <param name="Derived">How many of the rows Riktning derived (totals as women + men).</param>
/// <param name="Notes">What the analyst should know, e.g. that a share without totals gets no trend.</param>
public sealed record PreparedImport(Measure Measure, ImportOrigin Origin, IReadOnlyList<ObservationRow> Rows, int Derived, IReadOnlyList<string> Notes)
{
    /// <summary>The source's labels and order of the breakdown categories, stored with the rows (<see cref="BreakdownCategory"/>).</summary>
    public IReadOnlyList<BreakdownCategory> Categories { get; init; } = [];
}
