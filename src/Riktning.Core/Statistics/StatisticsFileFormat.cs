namespace Riktning.Statistics;

/// <summary>The statistics files an analyst can import into a measure (the import verbs and the data desk).</summary>
public enum StatisticsFileFormat
{
    /// <summary>A PC-Axis <c>.px</c> file (CODEPAGE honoured).</summary>
    Px,

    /// <summary>A json-stat2 response saved from SCB or SSB.</summary>
    JsonStat,

    /// <summary>A Kolada values CSV (columns geo, year, gender and the KPI id).</summary>
    KoladaCsv,

    /// <summary>A CSV file in the upload layout (docs/upload-format.md).</summary>
    Csv,

    /// <summary>An Excel <c>.xlsx</c> file in the upload layout.</summary>
    Excel,
}
