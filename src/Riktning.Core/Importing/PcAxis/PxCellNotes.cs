namespace Riktning.Importing.PcAxis;

/// <summary>
/// CELLNOTE and CELLNOTEX (<c>CELLNOTE("*","20","*","Inmigrated","*")="text";</c>): one sub-key per variable in STUB then
/// HEADING order, each a VALUES text of the language read (or its code), <c>*</c> for every value. A note whose whole text
/// is a flag letter or word (<see cref="FlagLetters.Parse"/>: "p", "preliminary", "foreløpig", "estimated", "break in
/// series" …) sets that flag on its cells; a note whose text says confidential ("c") leaves the cell's status alone, since
/// a figure with a number is not withheld. Every note is kept with its text on the dataset.
/// </summary>
internal static class PxCellNotes
{
    public static List<DatasetCellNote> Read(PxMetadata metadata, string? language, DatasetDimension[] dimensions, CellValues values, string source)
    {
        var defaultLanguage = metadata.Text("LANGUAGE");
        var notes = new List<DatasetCellNote>();
        foreach (var keyword in metadata.All)
        {
            var mandatory = string.Equals(keyword.Name, "CELLNOTEX", StringComparison.Ordinal);
            if ((!mandatory && !string.Equals(keyword.Name, "CELLNOTE", StringComparison.Ordinal)) || !InLanguage(keyword.Language, language, defaultLanguage))
            {
                continue;
            }

            if (keyword.SubKeys.Count != dimensions.Length)
            {
                throw new ImportFormatException($"{source} line {keyword.Line}: {keyword.Name} names {keyword.SubKeys.Count} values but the table has {dimensions.Length} variables.");
            }

            var codes = new string?[dimensions.Length];
            for (var d = 0; d < dimensions.Length; d++)
            {
                var wanted = keyword.SubKeys[d];
                if (wanted == "*")
                {
                    continue;
                }

                var category = dimensions[d].Categories.FirstOrDefault(c => string.Equals(c.Label, wanted, StringComparison.Ordinal))
                    ?? dimensions[d].Categories.FirstOrDefault(c => string.Equals(c.Code, wanted, StringComparison.Ordinal))
                    ?? throw new ImportFormatException($"{source} line {keyword.Line}: {keyword.Name}: '{wanted}' is not a value of variable '{dimensions[d].Label}'.");
                codes[d] = category.Code;
            }

            var text = string.Concat(keyword.Values).Trim();
            var flags = FlagLetters.Parse(text, out _) ?? ObservationFlags.None;
            if (flags != ObservationFlags.None)
            {
                Mark(dimensions, codes, values, flags);
            }

            notes.Add(new DatasetCellNote(codes, text, mandatory, flags));
        }

        return notes;
    }

    /// <summary>A keyword without [lang] belongs to the file's default language; one with [lang] to that language.</summary>
    private static bool InLanguage(string? keywordLanguage, string? language, string? defaultLanguage) =>
        language is null || string.Equals(language, defaultLanguage, StringComparison.Ordinal)
            ? keywordLanguage is null || string.Equals(keywordLanguage, defaultLanguage, StringComparison.Ordinal)
            : string.Equals(keywordLanguage, language, StringComparison.Ordinal);

    private static void Mark(DatasetDimension[] dimensions, string?[] codes, CellValues values, ObservationFlags flags)
    {
        var fixedIndex = new int[dimensions.Length];
        for (var d = 0; d < dimensions.Length; d++)
        {
            fixedIndex[d] = codes[d] is { } code ? dimensions[d].IndexOf(code) : -1;
        }

        Span<int> indexes = stackalloc int[dimensions.Length];
        for (var ordinal = 0; ordinal < values.Count; ordinal++)
        {
            var rest = ordinal;
            var match = true;
            for (var d = dimensions.Length - 1; d >= 0 && match; d--)
            {
                var size = dimensions[d].Categories.Count;
                indexes[d] = rest % size;
                rest /= size;
                match = fixedIndex[d] < 0 || fixedIndex[d] == indexes[d];
            }

            if (match)
            {
                values.AddFlags(ordinal, flags);
            }
        }
    }
}
