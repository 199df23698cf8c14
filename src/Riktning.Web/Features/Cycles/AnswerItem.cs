namespace Riktning.Web.Features.Cycles;

/// <summary>A plan or intervention an organisation reports on, keyed as the answer form posts it (<c>plan-5</c>).</summary>
public sealed record AnswerItem(string Key, string Name, bool IsPlan);
