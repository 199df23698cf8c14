namespace Riktning.Web.Features.DataDesk;

/// <summary>
/// An uploaded file waiting between preview and confirmation, with everything its import needs: the confirmation reads
/// the same bytes with the same choices, so it stores exactly the rows the preview showed.
/// </summary>
public sealed record DeskUpload(string User, string MeasureId, StatisticsFileFormat Format, string FileName, MappingChoices Choices, DateTime SavedAtUtc);
