using Riktning.Importing.Kolada;
using Riktning.Importing.Tabular;

namespace Riktning.Regions;

/// <summary>
/// Reads a classification file by its name: a Kolada <c>/municipality_groups</c> answer (<c>.json</c>, with the chosen
/// group ids), or a table (<c>.xlsx</c>, otherwise CSV) that lists its groups itself. The one entry for the command line
/// and the upload page.
/// </summary>
public static class MunicipalityGroupFile
{
    public static async Task<IReadOnlyList<ClassificationGroupInput>> ReadAsync(Stream stream, string fileName, IReadOnlyList<string> groupIds, CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (groupIds.Count > 0 && extension != ".json")
        {
            throw new ImportFormatException($"{fileName}: group ids are chosen from a Kolada .json file only; a table lists its groups itself");
        }

        switch (extension)
        {
            case ".json":
                return KoladaMunicipalityGroupsReader.Read(stream, fileName, groupIds);
            case ".xlsx":
                // The workbook reader needs to seek; an upload stream cannot.
                using (var buffer = new MemoryStream())
                {
                    await stream.CopyToAsync(buffer, cancellationToken);
                    buffer.Position = 0;
                    return MunicipalityGroupTable.Read(TabularTable.FromExcel(buffer, fileName, cancellationToken), fileName);
                }

            default:
                using (var reader = TabularText.Reader(stream, leaveOpen: true))
                {
                    return MunicipalityGroupTable.Read(TabularTable.FromCsv(reader, fileName, cancellationToken: cancellationToken), fileName);
                }
        }
    }

    /// <summary>What the classification's source is recorded as: the file name and, for Kolada, the group ids.</summary>
    public static string Source(string fileName, IReadOnlyList<string> groupIds) =>
        groupIds.Count == 0 ? fileName : $"{fileName} ({string.Join(", ", groupIds)})";
}
