using Riktning.Text;

namespace Riktning.Web.Features.OpenData;

/// <summary>A goal (mål), the perspectives it touches and the indicators that follow it up.</summary>
public sealed record GoalDocument(string Id, LocalizedText Name, IReadOnlyList<string> Perspectives, IReadOnlyList<IndicatorDocument> Indicators);
