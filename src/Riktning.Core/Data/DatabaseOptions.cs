using System.ComponentModel.DataAnnotations;

namespace Riktning.Data;

/// <summary>Which store to use; bound from the <c>Riktning:Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Riktning:Database";

    /// <summary>The default: a SQLite file under the working directory, created on first start.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/riktning.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Taken from <c>ConnectionStrings:Riktning</c> when not set here.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = DefaultSqliteConnectionString;
}
