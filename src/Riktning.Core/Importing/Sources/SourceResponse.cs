namespace Riktning.Importing.Sources;

/// <summary>The body of a successful answer, read in full, and the URL that gave it (parsers name it in their messages).</summary>
/// <param name="Url">The absolute URL requested.</param>
/// <param name="Content">The raw body.</param>
/// <param name="MediaType">The Content-Type's media type, if the source sent one.</param>
public sealed record SourceResponse(Uri Url, byte[] Content, string? MediaType)
{
    /// <summary>A read-only stream over <see cref="Content"/>, for the parsers.</summary>
    public Stream OpenRead() => new MemoryStream(Content, writable: false);

    /// <summary>The URL as parsers' <c>source</c> argument.</summary>
    public string Source => Url.ToString();
}
