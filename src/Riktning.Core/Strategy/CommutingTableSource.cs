using System.Text.Json.Serialization;
using Riktning.CrossBorder.Commuting;
using Riktning.Importing.PxWeb;
using Riktning.Text;

namespace Riktning.Strategy;

/// <summary>
/// A commuting table the definition has <c>riktning refresh</c> fetch (<c>commuting:</c>): the publisher
/// (<see cref="CommutingSources.Ssb"/> or <see cref="CommutingSources.Nordic"/>, both PxWeb API v1), the table's path
/// under the source's root, the selection as a measure's (<c>*</c> all, <c>top:N</c> the last N, otherwise these codes),
/// and the residence and work-place dimensions when their names do not say which is which.
/// </summary>
public sealed record CommutingTableSource(string Source, string Table, IReadOnlyDictionary<string, IReadOnlyList<string>> Selection)
{
    public string? Origin { get; init; }

    public string? Destination { get; init; }

    /// <summary>Why this table and selection: what the declaration was checked against.</summary>
    public LocalizedText? Note { get; init; }

    /// <summary>The flows' source key, e.g. <c>ssb-13631</c> (<see cref="CommutingSources.Key"/>).</summary>
    [JsonIgnore]
    public string Key => CommutingSources.Key(Source, Path.GetFileNameWithoutExtension(Table.TrimEnd('/')));

    /// <summary>The request <see cref="CommutingRefresh"/> sends for it.</summary>
    public CommutingTableRequest ToRequest() =>
        new(Source, Table, [.. Selection.Select(s => new PxWebQueryItem(s.Key, PxWebSelection.FromCodes(s.Value)))], Origin, Destination);
}
