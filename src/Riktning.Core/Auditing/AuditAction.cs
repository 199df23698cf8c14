namespace Riktning.Auditing;

/// <summary>What happened to an audited entity; stored as its name.</summary>
public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}
