using Riktning.CrossBorder;

namespace Riktning.Web.Features.OpenData;

/// <summary>An entry of the public knowledge base.</summary>
public sealed record KnowledgeDocument(
    int Id, string Title, KnowledgeKind Kind, string Url, string Publisher, int? Year, string Language, string Summary,
    IReadOnlyList<string> Keywords, IReadOnlyList<string> CooperationAreas);
