namespace Riktning.Auditing;

/// <summary>One change to an <see cref="IAudited"/> entity: who, when, and every stored value before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When the change was saved, in UTC.</summary>
    public DateTime WhenUtc { get; set; }

    /// <summary>The account id, or null for the command line and the server's own start-up work.</summary>
    public string? UserId { get; set; }

    /// <summary>The account's user name, or <c>cli:&lt;OS user&gt;</c>.</summary>
    public required string UserName { get; set; }

    /// <summary>The entity's class name, e.g. <c>Intervention</c>.</summary>
    public required string EntityType { get; set; }

    /// <summary>The primary key as invariant text (composite keys joined with ',').</summary>
    public required string EntityKey { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The stored values before the change as a JSON object; null when added.</summary>
    public string? Before { get; set; }

    /// <summary>The stored values after the change as a JSON object; null when deleted.</summary>
    public string? After { get; set; }
}
