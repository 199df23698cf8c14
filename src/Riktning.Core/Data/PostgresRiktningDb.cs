namespace Riktning.Data;

/// <summary>The store for larger deployments: PostgreSQL. Migrations in Migrations/Postgres.</summary>
public sealed class PostgresRiktningDb(DbContextOptions<PostgresRiktningDb> options) : RiktningDb(options);
