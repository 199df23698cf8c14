namespace Riktning.Importing.Sources;

/// <summary>A statistics source did not answer usefully: an error status, or no success within the allowed attempts.</summary>
public sealed class StatisticsSourceException : Exception
{
    public StatisticsSourceException()
    {
    }

    public StatisticsSourceException(string message)
        : base(message)
    {
    }

    public StatisticsSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StatisticsSourceException(string message, Uri url, int attempts, int? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        Url = url;
        Attempts = attempts;
        StatusCode = statusCode;
    }

    /// <summary>The URL that failed.</summary>
    public Uri? Url { get; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }

    /// <summary>The last HTTP status, or null when the last attempt got no answer (time-out, network error).</summary>
    public int? StatusCode { get; }
}
