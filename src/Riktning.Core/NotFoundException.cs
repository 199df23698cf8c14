namespace Riktning;

/// <summary>A named item (a measure, a definition, a project …) does not exist.</summary>
public class NotFoundException(string message) : RiktningException(message)
{
    public override int Status => 404;
}
