namespace Riktning.Auditing;

/// <summary>The command line's author: <c>cli:&lt;OS user&gt;</c>, since a command runs with no account.</summary>
public sealed class ProcessAuditActor : IAuditActor
{
    public string? UserId => null;

    public string Name { get; } = "cli:" + Environment.UserName;
}
