using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Renders the registry's form fields: a label, an optional hint, the field's errors from ModelState (tied to the
/// input with aria-describedby and aria-invalid) and the input named after the file column, so one error list serves both.
/// </summary>
public sealed class FormFields(ModelStateDictionary modelState)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Id(string name) => "f-" + name;

    public IHtmlContent Text(string name, string label, string? value, bool required = false, string type = "text", string? hint = null, string? extra = null) =>
        Field(name, label, hint, required, describedBy =>
            $"<input type=\"{type}\" id=\"{Id(name)}\" name=\"{name}\" value=\"{E(value)}\"{Required(required)}{describedBy}{extra}>");

    public IHtmlContent TextArea(string name, string label, string? value, string? hint = null) =>
        Field(name, label, hint, false, describedBy => $"<textarea id=\"{Id(name)}\" name=\"{name}\" rows=\"5\"{describedBy}>{E(value)}</textarea>");

    public IHtmlContent Select(string name, string label, IEnumerable<(string Value, string Text)> options, string? selected, bool required = false, string? empty = null) =>
        Field(name, label, null, required, describedBy =>
            $"<select id=\"{Id(name)}\" name=\"{name}\"{Required(required)}{describedBy}>"
            + (empty is null ? "" : $"<option value=\"\">{E(empty)}</option>")
            + string.Concat(options.Select(o => $"<option value=\"{E(o.Value)}\"{(o.Value == selected ? " selected" : "")}>{E(o.Text)}</option>"))
            + "</select>");

    public IHtmlContent MultiSelect(string name, string label, IEnumerable<(string Value, string Text)> options, IReadOnlyCollection<string> selected, string? hint = null) =>
        Field(name, label, hint, false, describedBy =>
            $"<select id=\"{Id(name)}\" name=\"{name}\" multiple size=\"8\"{describedBy}>"
            + string.Concat(options.Select(o => $"<option value=\"{E(o.Value)}\"{(selected.Contains(o.Value) ? " selected" : "")}>{E(o.Text)}</option>"))
            + "</select>");

    /// <summary>A fieldset of checkboxes; the legend is the label, so each box needs only its own text.</summary>
    public IHtmlContent Checkboxes(string name, string legend, IEnumerable<(string Value, string Text)> options, IReadOnlyCollection<string> selected, string? hint = null)
    {
        var hasErrors = Messages(name).Count > 0;
        var describedBy = Describe(name, hint, hasErrors);
        var boxes = options.Select((o, i) =>
            $"<li><input type=\"checkbox\" id=\"{Id(name)}-{i}\" name=\"{name}\" value=\"{E(o.Value)}\"{(selected.Contains(o.Value) ? " checked" : "")}>"
            + $" <label for=\"{Id(name)}-{i}\">{E(o.Text)}</label></li>");
        return new HtmlString(
            $"<fieldset class=\"field\" id=\"{Id(name)}\"{describedBy}><legend>{E(legend)}</legend>{Hint(name, hint)}{Errors(name)}"
            + $"<ul class=\"choices\">{string.Concat(boxes)}</ul></fieldset>");
    }

    private HtmlString Field(string name, string label, string? hint, bool required, Func<string, string> input)
    {
        var hasErrors = Messages(name).Count > 0;
        var describedBy = Describe(name, hint, hasErrors) + (hasErrors ? " aria-invalid=\"true\"" : "");
        return new HtmlString(
            $"<div class=\"field\"><label for=\"{Id(name)}\">{E(label)}{(required ? " <span aria-hidden=\"true\">*</span>" : "")}</label>"
            + $"{Hint(name, hint)}{Errors(name)}{input(describedBy)}</div>");
    }

    private static string Describe(string name, string? hint, bool hasErrors)
    {
        var ids = new List<string>();
        if (hint is not null)
        {
            ids.Add(Id(name) + "-hint");
        }

        if (hasErrors)
        {
            ids.Add(Id(name) + "-error");
        }

        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    private static string Hint(string name, string? hint) => hint is null ? "" : $"<p class=\"hint\" id=\"{Id(name)}-hint\">{E(hint)}</p>";

    /// <summary>The field's error messages, in the order they were added.</summary>
    public IReadOnlyList<string> Messages(string name) =>
        modelState.TryGetValue(name, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    private string Errors(string name) =>
        Messages(name) is { Count: > 0 } messages
            ? $"<p class=\"error\" id=\"{Id(name)}-error\">{string.Join("<br>", messages.Select(E))}</p>"
            : "";

    private static string Required(bool required) => required ? " required aria-required=\"true\"" : "";

    private static string E(string? value) => Encoder.Encode(value ?? "");
}
