using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Riktning.Auditing;
using Riktning.Data;
using Riktning.Organisations;
using Riktning.Plans;
using Riktning.Testing;

namespace Riktning.Core.Tests.Auditing;

public sealed class AuditInterceptorTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task SaveChanges_AddChangeDelete_RecordsAuthorAndValuesBeforeAndAfter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        int planId;
        await using (var db = Audited(database))
        {
            var organisation = new Organisation { Key = "test-org", Name = "Test", Country = "SE", Kind = OrganisationKind.Other };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            var plan = new Plan { OrganisationId = organisation.Id, Name = "Före", StartYear = 2025, EndYear = 2027, GoalIds = ["a"] };
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);
            planId = plan.Id;
            plan.Name = "Efter";
            plan.GoalIds.Add("b");
            await db.SaveChangesAsync(ct);
            db.Plans.Remove(plan);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var entries = await read.AuditEntries.Where(a => a.EntityType == "Plan").OrderBy(a => a.Id).ToListAsync(ct);

        Assert.Equal([AuditAction.Added, AuditAction.Modified, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("user-1", "editor@example.org", planId.ToString(System.Globalization.CultureInfo.InvariantCulture)), (e.UserId, e.UserName, e.EntityKey)));
        Assert.Null(entries[0].Before);
        Assert.Equal("Före", Value(entries[1].Before, "Name"));
        Assert.Equal("Efter", Value(entries[1].After, "Name"));
        Assert.Equal("[\"a\",\"b\"]", JsonDocument.Parse(entries[1].After!).RootElement.GetProperty("GoalIds").GetRawText());
        Assert.Equal("Efter", Value(entries[2].Before, "Name"));
        Assert.Null(entries[2].After);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task SaveChanges_Failing_WritesNeitherChangeNorAudit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using (var db = Audited(database))
        {
            // No organisation 999: the foreign key fails the save.
            db.Plans.Add(new Plan { OrganisationId = 999, Name = "P", StartYear = 2025, EndYear = 2027 });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
        }

        await using var read = database.CreateContext();
        Assert.Equal(0, await read.Plans.CountAsync(ct));
        Assert.Equal(0, await read.AuditEntries.CountAsync(ct));
    }

    private static string? Value(string? json, string property) => JsonDocument.Parse(json!).RootElement.GetProperty(property).GetString();

    private static RiktningDb Audited(TestDatabase database)
    {
        var interceptor = new AuditInterceptor(new FixedActor(), TimeProvider.System);
        return database.Provider == DatabaseProvider.Sqlite
            ? new SqliteRiktningDb(new DbContextOptionsBuilder<SqliteRiktningDb>().UseSqlite(database.ConnectionString).AddInterceptors(interceptor).Options)
            : new PostgresRiktningDb(new DbContextOptionsBuilder<PostgresRiktningDb>().UseNpgsql(database.ConnectionString).AddInterceptors(interceptor).Options);
    }

    private sealed class FixedActor : IAuditActor
    {
        public string? UserId => "user-1";

        public string Name => "editor@example.org";
    }
}
