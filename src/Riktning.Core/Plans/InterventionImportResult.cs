namespace Riktning.Plans;

/// <summary>
/// What a bulk import did: nothing at all when there are <see cref="Problems"/> or <see cref="RefusedLines"/>
/// (rows of organisations the user may not change), otherwise the counts.
/// </summary>
public sealed record InterventionImportResult(int Added, int Changed, int Unchanged, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<int> RefusedLines)
{
    public bool Succeeded => Problems.Count == 0 && RefusedLines.Count == 0;
}
