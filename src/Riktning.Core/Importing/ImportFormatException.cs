namespace Riktning.Importing;

/// <summary>A statistics file or response could not be read; the message names the source and where in it.</summary>
public sealed class ImportFormatException : InvalidInputException
{
    public ImportFormatException(string message)
        : base(message)
    {
    }

    public ImportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
