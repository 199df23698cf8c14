using Microsoft.Extensions.Logging.Abstractions;
using Riktning.Auditing;
using Riktning.Data;
using Riktning.Statistics;

namespace Riktning.Testing;

/// <summary>The statistics import services built by hand over a test context, with the test database's own observation store.</summary>
public static class TestImporters
{
    public static IObservationStore Store(TestDatabase database) =>
        database.Provider == DatabaseProvider.Postgres ? new PostgresObservationStore() : new SqliteObservationStore();

    public static ObservationImporter Importer(RiktningDb db, TestDatabase database) =>
        new(db, Store(database), new ProcessAuditActor(), TimeProvider.System, UnreadStoreVersions.Create(), NullLogger<ObservationImporter>.Instance);

    public static ImportHistory History(RiktningDb db) =>
        new(db, new ProcessAuditActor(), TimeProvider.System, UnreadStoreVersions.Create(), NullLogger<ImportHistory>.Instance);
}
