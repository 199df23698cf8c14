namespace Riktning.CrossBorder;

/// <summary>What a project import did; when <see cref="Errors"/> is not empty nothing was stored.</summary>
public sealed record ProjectImportResult(int Added, int Changed, int Unchanged, IReadOnlyList<ProjectImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
