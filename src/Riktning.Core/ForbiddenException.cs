namespace Riktning;

/// <summary>The user may not do this with this item; the message says what was refused.</summary>
public class ForbiddenException(string message) : RiktningException(message)
{
    public override int Status => 403;
}
