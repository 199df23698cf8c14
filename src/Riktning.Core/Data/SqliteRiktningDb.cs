namespace Riktning.Data;

/// <summary>The embedded default store: one SQLite file. Migrations in Migrations/Sqlite.</summary>
public sealed class SqliteRiktningDb(DbContextOptions<SqliteRiktningDb> options) : RiktningDb(options);
