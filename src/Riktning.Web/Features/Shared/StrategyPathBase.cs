namespace Riktning.Web.Features.Shared;

/// <summary>
/// Serves every loaded strategy beside the site's own under <c>/strategies/{id}/…</c>
/// (<c>/strategies/dalarna-exempel/indicators/…</c>). The prefix becomes the request's path base, so the same pages,
/// with the same links and forms (written <c>~/…</c> or with <c>asp-page</c>), show that strategy; <see cref="StrategyPage"/>
/// reads which from <see cref="SiteStrategy"/>. The site's own strategy stays at <c>/</c>.
/// </summary>
public sealed class StrategyPathBase(RequestDelegate next)
{
    public const string Prefix = "/strategies";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(Prefix, StringComparison.Ordinal, out var rest) || rest.Value is not { Length: > 1 } tail)
        {
            await next(context);
            return;
        }

        var end = tail.IndexOf('/', 1);
        var id = end < 0 ? tail[1..] : tail[1..end];
        if (!DefinitionReader.IsValidId(id))
        {
            await next(context);
            return;
        }

        var (pathBase, path) = (request.PathBase, request.Path);
        request.PathBase = pathBase.Add($"{Prefix}/{id}");
        request.Path = end < 0 ? "/" : tail[end..];
        context.Features.Set(new SiteStrategy(id));
        try
        {
            await next(context);
        }
        finally
        {
            (request.PathBase, request.Path) = (pathBase, path);
        }
    }

    /// <summary>The address of a strategy's pages: <c>/</c> for the site's own (<paramref name="id"/> null), <c>/strategies/{id}/</c> for another.</summary>
    public static string Root(string? id) => id is null ? "/" : $"{Prefix}/{Uri.EscapeDataString(id)}/";
}
