namespace Riktning.Web.Features.Shared;

/// <summary>
/// How the <c>_ErrorSummary</c> partial words its list of ModelState errors: the heading, the element id each field's
/// entry links to, and an optional label written before the message ("Regions: …"). Without a model the partial uses
/// the <c>Account.FormErrors</c> heading, <see cref="FormField.IdOf"/> and no label.
/// </summary>
public sealed record ErrorSummary(string Heading, Func<string, string> Id, Func<string, string>? Label = null);
