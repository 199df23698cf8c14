using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Riktning.Text;

namespace Riktning.Web.Features.Shared;

/// <summary>Renders definition texts in the reader's language; a Swedish fallback is marked with lang="sv" so screen readers pronounce it right.</summary>
public static class LocalizedHtml
{
    // Swedish and Norwegian letters are written as they are, not as numeric entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static IHtmlContent Localized(this IHtmlHelper html, LocalizedText? text)
    {
        if (text is null)
        {
            return HtmlString.Empty;
        }

        var value = text.In(Language);
        var encoded = Encoder.Encode(value.Text);
        return new HtmlString(value.Language == Language ? encoded : $"<span lang=\"{value.Language}\">{encoded}</span>");
    }

    /// <summary>A longer text as paragraphs, split at blank lines.</summary>
    public static IHtmlContent LocalizedParagraphs(this IHtmlHelper html, LocalizedText? text)
    {
        if (text is null)
        {
            return HtmlString.Empty;
        }

        var value = text.In(Language);
        var lang = value.Language == Language ? "" : $" lang=\"{value.Language}\"";
        var paragraphs = value.Text.Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new HtmlString(string.Concat(paragraphs.Select(p => $"<p{lang}>{Encoder.Encode(p)}</p>")));
    }

    /// <summary>Plain text for attributes and titles (no markup).</summary>
    public static string Plain(LocalizedText? text) => text?.InCurrentLanguage() ?? "";
}
