namespace Riktning.Importing.PcAxis;

/// <summary>
/// Reads the values after <c>DATA=</c>: numbers and missing-value symbols, quoted or not, separated by spaces, tabs and
/// line breaks (and commas, which some writers use), ended by ';'. Numbers are parsed from spans of the text, so no string is made per cell.
/// </summary>
internal sealed class PxDataReader(string text, int start, int line, string source, PxSymbols symbols)
{
    public CellValues Read(int expectedCount)
    {
        var values = new CellValues(expectedCount);
        var position = start;
        while (true)
        {
            while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == ','))
            {
                if (text[position] == '\n')
                {
                    line++;
                }

                position++;
            }

            if (position >= text.Length)
            {
                throw new ImportFormatException(
                    $"{source} line {line}: the file ends inside DATA after {values.Count} of {expectedCount} values, without the closing ';'; it is truncated.");
            }

            if (text[position] == ';')
            {
                break;
            }

            var quoted = text[position] == '"';
            var tokenStart = quoted ? position + 1 : position;
            var tokenEnd = quoted ? text.IndexOf('"', tokenStart) : EndOfBareToken(tokenStart);
            if (tokenEnd < 0)
            {
                throw new ImportFormatException($"{source} line {line}: the file ends inside a quoted DATA value; it is truncated.");
            }

            Add(values, text.AsSpan(tokenStart, tokenEnd - tokenStart));
            position = quoted ? tokenEnd + 1 : tokenEnd;
        }

        if (values.Count != expectedCount)
        {
            throw new ImportFormatException($"{source}: DATA has {values.Count} values but the variables give {expectedCount} cells.");
        }

        return values;
    }

    private int EndOfBareToken(int from)
    {
        var end = from;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (';' or '"' or ','))
        {
            end++;
        }

        return end;
    }

    private void Add(CellValues values, ReadOnlySpan<char> token)
    {
        if (symbols.Find(token) is { } status)
        {
            values.AddSymbol(status);
        }
        else if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            values.Add(number);
        }
        else
        {
            throw new ImportFormatException($"{source} line {line}: '{token}' is not a number or a missing-value symbol.");
        }
    }
}
