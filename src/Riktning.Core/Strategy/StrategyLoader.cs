using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Riktning.Strategy;

/// <summary>What loading a definition file did.</summary>
public sealed record LoadResult(string DefinitionId, int RevisionNumber, bool Created, string Title);

/// <summary>
/// Validates a definition file and stores it as a new revision. All or nothing: a file with any problem
/// stores nothing; a file whose content equals the current revision stores nothing either. A stored revision is told to
/// <see cref="StoreVersionMonitor"/>, so this process shows it at once.
/// </summary>
public sealed partial class StrategyLoader(RiktningDb db, TimeProvider clock, StoreVersionMonitor versions, ILogger<StrategyLoader> logger)
{
    public async Task<LoadResult> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new DefinitionException([new DefinitionError(path, 0, 0, "", "file not found")]);
        }

        var parsed = DefinitionReader.ReadFile(path);
        return await StoreAsync(parsed, path, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Stores a parsed definition as a new revision unless the current revision has the same content.
    /// With <paramref name="bundled"/>, content that any earlier revision already had is skipped too: the files
    /// shipped with Riktning are loaded on every start and must not replace a revision an analyst loaded since.
    /// </summary>
    public async Task<LoadResult> StoreAsync(ParsedDefinition parsed, string sourceFile, bool bundled = false, CancellationToken cancellationToken = default)
    {
        await CheckExternalReferencesAsync(parsed, sourceFile, cancellationToken);

        var definition = parsed.Definition;
        var document = DefinitionJson.Serialize(definition);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

        // A caller that stores more with the revision (a review's completion) holds the transaction; otherwise it is ours.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var current = await db.StrategyRevisions
            .Where(r => r.DefinitionId == definition.Id)
            .OrderByDescending(r => r.Number)
            .Select(r => new { r.Number, r.ContentHash })
            .FirstOrDefaultAsync(cancellationToken);

        var known = bundled
            ? await db.StrategyRevisions.Where(r => r.DefinitionId == definition.Id && r.ContentHash == hash).Select(r => (int?)r.Number).MaxAsync(cancellationToken)
            : current?.ContentHash == hash ? current.Number : null;
        if (known is { } knownNumber)
        {
            LogUnchanged(definition.Id, knownNumber);
            return new LoadResult(definition.Id, knownNumber, Created: false, definition.Title.Sv);
        }

        var revision = new StrategyRevision
        {
            DefinitionId = definition.Id,
            Number = (current?.Number ?? 0) + 1,
            Kind = definition.Kind,
            Label = definition.Revision.Label,
            Title = definition.Title.Sv,
            SourceFile = Path.GetFileName(sourceFile),
            ContentHash = hash,
            LoadedAtUtc = clock.GetUtcNow().UtcDateTime,
            Document = document,
        };
        db.StrategyRevisions.Add(revision);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        versions.Invalidate();

        LogStored(definition.Id, revision.Number, sourceFile);
        return new LoadResult(definition.Id, revision.Number, Created: true, definition.Title.Sv);
    }

    private async Task CheckExternalReferencesAsync(ParsedDefinition parsed, string sourceFile, CancellationToken cancellationToken)
    {
        var errors = new List<DefinitionError>();
        var references = parsed.ExternalReferences;

        if (references.FirstOrDefault(r => r.Target == ReferenceTarget.Definition) is { } relatesTo)
        {
            var related = await db.StrategyRevisions
                .Where(r => r.DefinitionId == relatesTo.Id)
                .OrderByDescending(r => r.Number)
                .Select(r => r.Document)
                .FirstOrDefaultAsync(cancellationToken);
            if (related is null)
            {
                errors.Add(Error(relatesTo, $"unknown definition '{relatesTo.Id}': load it first"));
            }
            else
            {
                var goals = DefinitionJson.Deserialize(related).Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
                errors.AddRange(references
                    .Where(r => r.Target == ReferenceTarget.Goal && !goals.Contains(r.Id))
                    .Select(r => Error(r, $"unknown goal '{r.Id}' in '{relatesTo.Id}'")));
            }
        }

        var regionReferences = references.Where(r => r.Target == ReferenceTarget.Region).ToList();
        if (regionReferences.Count > 0)
        {
            // Every period of every code (a few thousand rows), read once for both checks below.
            var periodsByKey = (await db.Regions.AsNoTracking().ToListAsync(cancellationToken))
                .ToLookup(r => RegionKey.Format(r.Country, r.Code), StringComparer.Ordinal);
            var known = periodsByKey.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(regionReferences.Where(r => !known.Contains(r.Id)).Select(r => Error(r, $"unknown region '{r.Id}'")));

            // partnerMunicipalities name today's kommuner (older codes are reached through the change tables), so a
            // known code of the wrong level or of a past period is refused here rather than on the border-region page.
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            foreach (var reference in regionReferences.Where(r => known.Contains(r.Id) && r.Field.StartsWith("partnerMunicipalities[", StringComparison.Ordinal)))
            {
                var periods = periodsByKey[reference.Id];
                if (!periods.Any(r => r.Level == RegionLevel.Municipality && r.IsValidOn(today)))
                {
                    var last = periods.OrderBy(r => r.ValidFrom ?? DateOnly.MinValue).Last();
                    var valid = string.Create(CultureInfo.InvariantCulture, $"{last.ValidFrom:yyyy-MM-dd}–{last.ValidTo:yyyy-MM-dd}");
                    errors.Add(Error(reference, string.Create(CultureInfo.InvariantCulture,
                        $"'{reference.Id}' ({last.Name}, {last.Level.ToString().ToLowerInvariant()}, valid {valid}) is not a municipality valid on {today:yyyy-MM-dd} in the region registry: list today's codes (older codes are placed through the change tables)")));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new DefinitionException(errors);
        }

        DefinitionError Error(DefinitionReference reference, string message) =>
            new(sourceFile, reference.Line, reference.Column, reference.Field, message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {DefinitionId} as revision {Number} from {File}")]
    private partial void LogStored(string definitionId, int number, string file);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{DefinitionId} unchanged, still revision {Number}")]
    private partial void LogUnchanged(string definitionId, int number);
}
