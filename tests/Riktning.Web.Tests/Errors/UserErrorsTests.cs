using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Riktning.Web.Features.Errors;

namespace Riktning.Web.Tests.Errors;

/// <summary>The web's one mapping of user errors to statuses, for the open API and for pages.</summary>
public sealed class UserErrorsTests
{
    [Fact]
    public async Task InvokeAsync_NotFoundUnderApi_AnswersProblemDetailsWithTheMessage()
    {
        var (context, body) = Request("/api/measures/ghost");

        await Pipeline(new NotFoundException("no measure 'ghost'")).InvokeAsync(context);

        Assert.Equal(404, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
        Assert.Contains("\"detail\":\"no measure 'ghost'\"", Read(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(ForbiddenException), 403)]
    [InlineData(typeof(InvalidInputException), 400)]
    [InlineData(typeof(ConflictException), 409)]
    public async Task InvokeAsync_UserErrorOnPage_LeavesTheStatusForTheErrorPage(Type kind, int status)
    {
        var (context, body) = Request("/plans/edit/7");

        await Pipeline((RiktningException)Activator.CreateInstance(kind, "refused")!).InvokeAsync(context);

        // An empty body with the status: the status-code middleware then re-executes /error/{status}, which says what happened.
        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal("", Read(body));
    }

    [Fact]
    public async Task InvokeAsync_OtherException_IsNotSwallowed()
    {
        var (context, _) = Request("/plans");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Pipeline(new InvalidOperationException("a bug")).InvokeAsync(context));
    }

    private static UserErrors Pipeline(Exception thrown)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        return new UserErrors(_ => throw thrown, services.GetRequiredService<IProblemDetailsService>(), NullLogger<UserErrors>.Instance);
    }

    private static (HttpContext Context, MemoryStream Body) Request(string path)
    {
        var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Request.Path = path;
        context.Response.Body = body;
        return (context, body);
    }

    private static string Read(MemoryStream body) => System.Text.Encoding.UTF8.GetString(body.ToArray());
}
