namespace Riktning.Auditing;

/// <summary>
/// Who is making the changes being saved. Two implementations: the web's (the signed-in user) and the command line's
/// (the operating-system user), so the audit trail never records a change without an author.
/// </summary>
public interface IAuditActor
{
    string? UserId { get; }

    string Name { get; }
}
