namespace Riktning.Statistics;

/// <summary>The <see cref="ImportBatch.Source"/> words Riktning writes itself.</summary>
public static class ImportSources
{
    /// <summary>An undo of an earlier batch.</summary>
    public const string Undo = "undo";

    /// <summary>Figures typed or exported by hand in the upload layout (docs/upload-format.md).</summary>
    public const string Csv = "csv";

    /// <inheritdoc cref="Csv"/>
    public const string Excel = "excel";

    /// <summary>True for values an analyst put in by hand rather than read from a statistics office's own file or API.</summary>
    public static bool IsByHand(string source) => source is Csv or Excel;
}
