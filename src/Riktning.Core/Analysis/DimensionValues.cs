namespace Riktning.Analysis;

/// <summary>A breakdown dimension other than sex (age, birth-country, education …) with a value per category.</summary>
public sealed record DimensionValues(string Dimension, IReadOnlyList<CategoryValue> Categories);
