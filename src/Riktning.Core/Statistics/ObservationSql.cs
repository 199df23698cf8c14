namespace Riktning.Statistics;

/// <summary>The statements over the staging table that read the same on SQLite and PostgreSQL.</summary>
internal static class ObservationSql
{
    public const string CountChanges = """
        SELECT
            COALESCE(SUM(CASE WHEN o."SeriesId" IS NULL THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN o."SeriesId" IS NOT NULL AND (o."Value" IS DISTINCT FROM s.value OR o."Status" <> s.status OR o."Flags" <> s.flags) THEN 1 ELSE 0 END), 0),
            COUNT(*)
        FROM staged s
        LEFT JOIN observations o ON o."SeriesId" = s.series_id AND o."Period" = s.period
        """;

    /// <summary>The values the merge is about to replace, kept with the batch that wrote them, so an undo can put them back.</summary>
    public const string KeepReplaced = """
        INSERT INTO replaced_observations ("BatchId", "SeriesId", "Period", "Value", "Status", "Flags", "PreviousBatchId")
        SELECT @batch, o."SeriesId", o."Period", o."Value", o."Status", o."Flags", o."BatchId"
        FROM staged s
        JOIN observations o ON o."SeriesId" = s.series_id AND o."Period" = s.period
        WHERE o."Value" IS DISTINCT FROM s.value OR o."Status" <> s.status OR o."Flags" <> s.flags
        """;

    /// <summary>The batches whose values the merge is about to replace hold that many fewer (after <see cref="KeepReplaced"/>).</summary>
    public const string ReleaseReplaced = """
        UPDATE import_batches SET "Holds" = "Holds" - c.n
        FROM (SELECT "PreviousBatchId" AS id, COUNT(*) AS n FROM replaced_observations WHERE "BatchId" = @batch GROUP BY "PreviousBatchId") AS c
        WHERE import_batches."Id" = c.id
        """;

    /// <summary>The newest period the merge wrote, on its batch (after <see cref="Merge"/>).</summary>
    public const string NoteLatestPeriod = """
        UPDATE import_batches SET "LatestPeriod" = (
            SELECT MAX(o."Period") FROM staged s
            JOIN observations o ON o."SeriesId" = s.series_id AND o."Period" = s.period
            WHERE o."BatchId" = @batch)
        WHERE "Id" = @batch
        """;

    // "WHERE true" keeps SQLite's parser from reading ON CONFLICT as a join constraint.
    public const string Merge = """
        INSERT INTO observations ("SeriesId", "Period", "Value", "Status", "Flags", "BatchId")
        SELECT series_id, period, value, status, flags, @batch FROM staged WHERE true
        ON CONFLICT ("SeriesId", "Period") DO UPDATE
        SET "Value" = excluded."Value", "Status" = excluded."Status", "Flags" = excluded."Flags", "BatchId" = excluded."BatchId"
        WHERE observations."Value" IS DISTINCT FROM excluded."Value" OR observations."Status" <> excluded."Status" OR observations."Flags" <> excluded."Flags"
        """;
}
