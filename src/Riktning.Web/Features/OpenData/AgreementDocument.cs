namespace Riktning.Web.Features.OpenData;

/// <summary>A cooperation agreement of the public registry; parties by organisation key.</summary>
public sealed record AgreementDocument(int Id, string Title, IReadOnlyList<string> Parties, DateOnly SignedOn, DateOnly? ValidTo, string Summary, string? Link);
