namespace Riktning.Bench;

/// <summary>
/// The generated input: one json-stat2 file and the same cells as CSV rows for the reference tools. <c>Values</c> is the
/// number of cells, CSV rows and observations alike; <c>Nulls</c> the cells without a number; <c>Series</c> the distinct
/// region and breakdown pairs; <c>Shape</c> the dimension sizes as text.
/// </summary>
internal sealed record BenchFiles(string Folder, string JsonPath, string CsvPath, int Values, int Nulls, int Series, string Shape);
