namespace Riktning;

/// <summary>
/// What a bulk import of items (projects, interventions) did: nothing at all when there are <see cref="Problems"/> or
/// <see cref="RefusedLines"/> (rows the user may not write), otherwise the counts.
/// </summary>
public sealed record ImportResult(int Added, int Changed, int Unchanged, IReadOnlyList<ImportProblem> Problems)
{
    public IReadOnlyList<int> RefusedLines { get; init; } = [];

    public bool Succeeded => Problems.Count == 0 && RefusedLines.Count == 0;
}
