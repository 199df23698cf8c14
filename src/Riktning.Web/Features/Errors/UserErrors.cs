namespace Riktning.Web.Features.Errors;

/// <summary>
/// The web's one mapping of user errors (<see cref="RiktningException"/>) to their status: ProblemDetails under /api,
/// for pages an empty response that the status-code middleware re-executes as the error page, which says what happened
/// (a permission denial as such, not "try again"). Other exceptions go on to the exception handler as bugs.
/// </summary>
public sealed partial class UserErrors(RequestDelegate next, IProblemDetailsService problems, ILogger<UserErrors> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (RiktningException exception) when (!context.Response.HasStarted)
        {
            LogUserError(logger, exception.Status, context.Request.Path, exception.Message);
            context.Response.Clear();
            context.Response.StatusCode = exception.Status;
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    Exception = exception,
                    ProblemDetails = { Status = exception.Status, Detail = exception.Message },
                });
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered {Status} for {Path}: {Message}")]
    private static partial void LogUserError(ILogger logger, int status, PathString path, string message);
}
