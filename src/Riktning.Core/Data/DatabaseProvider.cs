namespace Riktning.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
