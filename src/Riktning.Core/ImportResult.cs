namespace Riktning;

/// <summary>
/// What a bulk import or sync did (projects, interventions, regions, organisations, boundaries): nothing at all when there
/// are <see cref="Problems"/> or <see cref="RefusedLines"/> (rows the user may not write), otherwise the counts.
/// </summary>
public sealed record ImportResult(int Added, int Changed, int Unchanged, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>A run that wrote what it counted (files whose problems stop the run with an exception instead).</summary>
    public static ImportResult Counted(int added, int changed, int unchanged) => new(added, changed, unchanged, []);

    public IReadOnlyList<int> RefusedLines { get; init; } = [];

    public bool Succeeded => Problems.Count == 0 && RefusedLines.Count == 0;
}
