using Riktning.Text;

namespace Riktning.Web.Features.OpenData;

/// <summary>A focus area (insatsområde) and its goals.</summary>
public sealed record FocusAreaDocument(string Id, LocalizedText Name, LocalizedText StrategicDirection, IReadOnlyList<GoalDocument> Goals);
