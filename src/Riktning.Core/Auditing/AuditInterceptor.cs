using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Riktning.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, changed or deleted <see cref="IAudited"/> entity, in the same
/// transaction as the change: if the change is saved, so is its audit entry, and neither without the other. Keys made
/// by the database are known only after the save, so the entries are written by a second save inside the transaction
/// (one this interceptor opens when the caller has none). One instance per context: it keeps the pending changes.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private List<(EntityEntry Entry, AuditAction Action, string? Before)>? _pending;
    private IDbContextTransaction? _ownTransaction;
    private bool _writingAudit;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Capture(eventData.Context) is { } context && context.Database.CurrentTransaction is null)
        {
            _ownTransaction = context.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Capture(eventData.Context) is { } context && context.Database.CurrentTransaction is null)
        {
            _ownTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (TakeEntries(eventData.Context) is { } context)
        {
            try
            {
                context.SaveChanges();
            }
            finally
            {
                _writingAudit = false;
            }

            _ownTransaction?.Commit();
            EndTransaction();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (TakeEntries(eventData.Context) is { } context)
        {
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                _writingAudit = false;
            }

            if (_ownTransaction is not null)
            {
                await _ownTransaction.CommitAsync(cancellationToken);
            }

            EndTransaction();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (!_writingAudit)
        {
            _pending = null;
            _ownTransaction?.Rollback();
            EndTransaction();
        }
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!_writingAudit)
        {
            _pending = null;
            if (_ownTransaction is not null)
            {
                await _ownTransaction.RollbackAsync(cancellationToken);
            }

            EndTransaction();
        }
    }

    /// <summary>Notes the audited changes and their values before; returns the context when there are any.</summary>
    private DbContext? Capture(DbContext? context)
    {
        if (_writingAudit || context is null)
        {
            return null;
        }

        context.ChangeTracker.DetectChanges();
        var pending = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Action: e.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Modified,
            }, Before: e.State == EntityState.Added ? null : Values(e, original: true)))
            .ToList();
        if (pending.Count == 0)
        {
            return null;
        }

        _pending = pending;
        return context;
    }

    /// <summary>Adds the audit entries for what was just saved (keys now known); returns the context to save them in.</summary>
    private DbContext? TakeEntries(DbContext? context)
    {
        if (_writingAudit || context is null || _pending is null)
        {
            return null;
        }

        var when = clock.GetUtcNow().UtcDateTime;
        var entries = _pending.Select(p => new AuditEntry
        {
            WhenUtc = when,
            UserId = actor.UserId,
            UserName = actor.Name,
            EntityType = p.Entry.Metadata.ClrType.Name,
            EntityKey = Key(p.Entry),
            Action = p.Action,
            Before = p.Before,
            After = p.Action == AuditAction.Deleted ? null : Values(p.Entry, original: false),
        }).ToList();
        _pending = null;
        _writingAudit = true;
        context.Set<AuditEntry>().AddRange(entries);
        return context;
    }

    private void EndTransaction()
    {
        _ownTransaction?.Dispose();
        _ownTransaction = null;
    }

    private static string Key(EntityEntry entry) =>
        string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    private static string Values(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }

        return JsonSerializer.Serialize(values, Json);
    }
}
