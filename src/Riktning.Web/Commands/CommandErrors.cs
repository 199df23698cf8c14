namespace Riktning.Web.Commands;

/// <summary>
/// The command line's one mapping of user errors: the message on one line of standard error and exit code 1, never a
/// stack trace. Files that cannot be read count too (the OS message names the path). Anything else is a bug and
/// keeps its stack trace.
/// </summary>
internal static class CommandErrors
{
    public const int UserError = 1;

    /// <summary>An unknown verb or a malformed command line, as System.CommandLine's own usage errors.</summary>
    public const int UsageError = 2;

    public static bool IsUserError(Exception exception) =>
        exception is RiktningException or IOException or UnauthorizedAccessException;

    public static async Task<int> ReportAsync(Exception exception)
    {
        await Console.Error.WriteLineAsync(exception.Message);
        return UserError;
    }
}
