using Riktning.Auditing;

namespace Riktning.CrossBorder;

/// <summary>An entry in the knowledge base (Dialog Sverige-Norge: "ta fram en kunskapsbas"): a document or link with metadata.</summary>
public sealed class KnowledgeItem : IAudited, IOrganisationOwned
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public KnowledgeKind Kind { get; set; }

    public required string Url { get; set; }

    public string Publisher { get; set; } = "";

    public int? Year { get; set; }

    /// <summary>Language of the document: <c>sv</c>, <c>nb</c>, <c>nn</c>, <c>en</c> or another ISO 639-1 code.</summary>
    public string Language { get; set; } = "sv";

    public string Summary { get; set; } = "";

    public List<string> Keywords { get; set; } = [];

    public List<string> CooperationAreas { get; set; } = [];

    /// <summary>Folded title, publisher, summary and keywords for free-text search.</summary>
    public string SearchText { get; set; } = "";

    public int? OrganisationId { get; set; }
}
