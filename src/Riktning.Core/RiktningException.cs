namespace Riktning;

/// <summary>
/// A problem the user can fix, with a message that names the file, line, field or item. The hosts map the kinds once:
/// the command line prints the message as one line and exits with 1, the web site answers with the kind's status
/// (ProblemDetails under /api, the error page otherwise). Anything else that escapes is a bug, shown as such.
/// </summary>
public abstract class RiktningException : Exception
{
    protected RiktningException(string message)
        : base(message)
    {
    }

    protected RiktningException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status that says what kind of problem this is (400, 403, 404, 409).</summary>
    public abstract int Status { get; }
}
