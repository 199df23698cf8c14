namespace Riktning;

/// <summary>The request cannot be carried out in the store's present state (an out-of-date schema, a changed item).</summary>
public class ConflictException(string message) : RiktningException(message)
{
    public override int Status => 409;
}
