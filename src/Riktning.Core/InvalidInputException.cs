namespace Riktning;

/// <summary>A file, argument or field was rejected; nothing of it was stored. The message says where and why.</summary>
public class InvalidInputException : RiktningException
{
    public InvalidInputException(string message)
        : base(message)
    {
    }

    public InvalidInputException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public override int Status => 400;
}
