namespace Riktning.CrossBorder;

/// <summary>
/// Imports project rows: every row is validated with <see cref="ProjectValidator"/> first, and if any row has a problem
/// nothing is stored. Otherwise all rows are written in one transaction, matched on the key column, so running the
/// same file again changes nothing.
/// </summary>
public sealed class ProjectImporter(RiktningDb db, CrossBorderRegistry registry)
{
    /// <summary>
    /// <paramref name="mayWrite"/> is asked for the stored project a row would change and for the project as it would
    /// be stored; false rejects the row. The web passes its authorization check, so an editor cannot import another
    /// organisation's rows; the command line (run by whoever may open the database) passes none.
    /// </summary>
    public async Task<ImportResult> ImportAsync(
        IReadOnlyList<ProjectRow> rows, Func<CrossBorderProject, Task<bool>>? mayWrite = null, CancellationToken cancellationToken = default)
    {
        var references = await registry.ReferencesAsync(cancellationToken);
        var errors = new List<ImportProblem>();
        var valid = new List<(int Line, CrossBorderProject Project)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var result = ProjectValidator.Validate(row.Input, references);
            errors.AddRange(result.Problems.Select(p => new ImportProblem(row.Line, p.Field, p)));
            if (row.Input.Key is { Length: > 0 } key && !seen.TryAdd(key, row.Line))
            {
                errors.Add(new(row.Line, "key", CrossBorderProblems.Of("key", "RepeatedKey", key, seen[key].ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }
            else if (result.Value is { } project)
            {
                valid.Add((row.Line, project));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keys = valid.Select(v => v.Project.Key).ToList();
        var stored = await db.CrossBorderProjects.Where(p => keys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, StringComparer.Ordinal, cancellationToken);
        if (mayWrite is not null)
        {
            foreach (var (line, project) in valid)
            {
                if (stored.TryGetValue(project.Key, out var existing) && !await mayWrite(existing))
                {
                    errors.Add(new(line, "key", CrossBorderProblems.Of("key", "NotYourOrganisation", references.OrganisationById(existing.OrganisationId)?.Key ?? "")));
                }
                else if (!await mayWrite(project))
                {
                    errors.Add(new(line, "owner", CrossBorderProblems.Of("owner", "NotYourOrganisation", references.OrganisationById(project.OrganisationId)?.Key ?? "")));
                }
            }
        }

        if (errors.Count > 0)
        {
            return new ImportResult(0, 0, 0, [.. errors.OrderBy(e => e.Line)]);
        }

        var written = ImportResult.Upsert(valid.Select(v => v.Project), stored, p => p.Key, p => db.CrossBorderProjects.Add(p), static (existing, project) =>
        {
            if (existing.SameValues(project))
            {
                return false;
            }

            project.CopyTo(existing);
            return true;
        });

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return written;
    }
}
