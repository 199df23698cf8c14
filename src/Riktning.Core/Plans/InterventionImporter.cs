namespace Riktning.Plans;

/// <summary>
/// Imports interventions from a bulk file: every row is checked by <see cref="InterventionValidator"/> and by the
/// caller's permission check first, and only a file without a single problem is written, in one transaction. Rows
/// match stored interventions on their key, so importing the same file twice changes nothing.
/// </summary>
public sealed class InterventionImporter(RiktningDb db)
{
    /// <summary>Imports the rows, or nothing; <c>mayWrite(stored, incoming)</c> says whether the user may store <c>incoming</c> (stored is null for a new one).</summary>
    public async Task<ImportResult> ImportAsync(
        IReadOnlyList<InterventionRow> rows,
        PlanningReferences references,
        Func<Intervention?, Intervention, Task<bool>> mayWrite,
        CancellationToken cancellationToken = default)
    {
        var problems = new List<ImportProblem>();
        var valid = new List<(int Line, Intervention Intervention)>();
        var firstLineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var (intervention, rowProblems) = InterventionValidator.Validate(row.Fields, references);
            problems.AddRange(rowProblems.Select(p => new ImportProblem(row.Line, InterventionTable.ColumnOf(p.Field), p)));
            if (row.Fields.Key?.Trim() is { Length: > 0 } key && !firstLineOfKey.TryAdd(key, row.Line))
            {
                problems.Add(new ImportProblem(row.Line, "key", new FieldProblem("Key", "Intervention.KeyRepeated", firstLineOfKey[key].ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }

            if (intervention is not null)
            {
                valid.Add((row.Line, intervention));
            }
        }

        var keys = valid.Select(v => v.Intervention.Key).ToList();
        var stored = await db.Interventions.Where(i => keys.Contains(i.Key)).ToDictionaryAsync(i => i.Key, StringComparer.Ordinal, cancellationToken);
        var refused = new List<int>();
        foreach (var (line, intervention) in valid)
        {
            if (!await mayWrite(stored.GetValueOrDefault(intervention.Key), intervention))
            {
                refused.Add(line);
            }
        }

        if (problems.Count > 0 || refused.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new ImportResult(0, 0, 0, problems.OrderBy(p => p.Line).ToList()) { RefusedLines = refused };
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = ImportResult.Upsert(valid.Select(v => v.Intervention), stored, i => i.Key, i => db.Interventions.Add(i), (existing, intervention) =>
        {
            InterventionValidator.CopyTo(intervention, existing);
            db.ChangeTracker.DetectChanges();
            return db.Entry(existing).State == EntityState.Modified;
        });

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
