using System.Text.Json;
using System.Text.RegularExpressions;

namespace Riktning.Web.Features.DataDesk;

/// <summary>
/// The data desk's uploads between preview and confirmation, in one temporary folder: each file as received (its size
/// already bounded by <c>Riktning:Limits:UploadBytes</c>) beside its <see cref="DeskUpload"/>. Bounded in count and age:
/// at most <see cref="MaxPending"/> wait, none longer than <see cref="MaxAge"/>; the oldest give way. A token is a random
/// 128-bit name, and only the user who uploaded it, for the same measure, can confirm it.
/// </summary>
public sealed partial class DeskUploads(TimeProvider clock)
{
    public const int MaxPending = 20;

    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();

    private static string Folder => Path.Combine(Path.GetTempPath(), "riktning-desk-uploads");

    /// <summary>Keeps <paramref name="content"/> (stamped with the time now) and returns its token.</summary>
    public async Task<string> SaveAsync(Stream content, DeskUpload upload, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            Directory.CreateDirectory(Folder);
            Prune(MaxPending - 1);
        }

        await using (var file = new FileStream(DataPath(token), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        await File.WriteAllTextAsync(MetadataPath(token), JsonSerializer.Serialize(upload with { SavedAtUtc = clock.GetUtcNow().UtcDateTime }), cancellationToken);
        return token;
    }

    /// <summary>The waiting upload of <paramref name="token"/> if it is <paramref name="user"/>'s for <paramref name="measureId"/> and still kept.</summary>
    public async Task<DeskUpload?> FindAsync(string? token, string user, string measureId, CancellationToken cancellationToken)
    {
        if (token is null || !TokenPattern().IsMatch(token) || !File.Exists(MetadataPath(token)) || !File.Exists(DataPath(token)))
        {
            return null;
        }

        var upload = JsonSerializer.Deserialize<DeskUpload>(await File.ReadAllTextAsync(MetadataPath(token), cancellationToken));
        return upload is not null && upload.User == user && upload.MeasureId == measureId && clock.GetUtcNow().UtcDateTime - upload.SavedAtUtc < MaxAge
            ? upload
            : null;
    }

    /// <summary>The file of a token returned by <see cref="FindAsync"/>.</summary>
    public static FileStream Open(string token) => File.OpenRead(DataPath(token));

    public static void Delete(string token)
    {
        if (TokenPattern().IsMatch(token))
        {
            File.Delete(DataPath(token));
            File.Delete(MetadataPath(token));
        }
    }

    /// <summary>Removes uploads older than <see cref="MaxAge"/>, then the oldest until at most <paramref name="keep"/> remain.</summary>
    private void Prune(int keep)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var files = new DirectoryInfo(Folder).GetFiles("*.json").OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            if (i >= keep || now - files[i].LastWriteTimeUtc > MaxAge)
            {
                Delete(Path.GetFileNameWithoutExtension(files[i].Name));
            }
        }
    }

    private static string DataPath(string token) => Path.Combine(Folder, token + ".upload");

    private static string MetadataPath(string token) => Path.Combine(Folder, token + ".json");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}
