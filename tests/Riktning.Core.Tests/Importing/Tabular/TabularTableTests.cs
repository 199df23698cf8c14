using Riktning.Importing;
using Riktning.Importing.Tabular;

namespace Riktning.Core.Tests.Importing.Tabular;

public sealed class TabularTableTests
{
    [Theory]
    [InlineData("key,name\na,b,c\n", "t.csv: line 2: 3 fields but the header has 2; quote values that contain commas")]
    [InlineData("key;name\na;b;c\n", "t.csv: line 2: 3 fields but the header has 2; quote values that contain semicolons")]
    public void FromCsv_ShortOrLongRow_NamesTheSeparatorToQuote(string csv, string message)
    {
        var error = Assert.Throws<ImportFormatException>(() => TabularTable.FromCsv(new StringReader(csv), "t.csv"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void FromCsv_NarrowedSeparators_KeepsListsInsideCells()
    {
        // Without the narrowing, a file with more ';' than ',' would be read as ';'-separated.
        var table = TabularTable.FromCsv(new StringReader("key,regions\na,SE-17;NO-34;NO-31\n"), "t.csv", [",", "\t"]);

        Assert.Equal(["key", "regions"], table.Header);
        Assert.Equal(["a", "SE-17;NO-34;NO-31"], Assert.Single(table.Lines).Cells);
    }
}
