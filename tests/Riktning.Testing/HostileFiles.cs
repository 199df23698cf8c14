using System.IO.Compression;
using System.Text;

namespace Riktning.Testing;

/// <summary>
/// Small files that used to cost the readers minutes or memory, made in the test (never committed): a workbook with
/// cells in the last column, a zip bomb, a zip that is no workbook.
/// </summary>
public static class HostileFiles
{
    /// <summary>
    /// An .xlsx of a few KB whose <paramref name="rows"/> rows each have a cell in A and one in XFD (column 16 384), with
    /// the matching dimension: a reader that fills every row up to its last column does 16 384 cells a row.
    /// </summary>
    public static byte[] LastColumnWorkbook(int rows = 200)
    {
        var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<dimension ref="A1:XFD{rows}"/><sheetData>""");
        for (var r = 1; r <= rows; r++)
        {
            sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>region</t></is></c><c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c></row>""");
        }

        sheet.Append("</sheetData></worksheet>");
        return Workbook(sheet.ToString());
    }

    /// <summary>A workbook whose one sheet inflates to <paramref name="megabytes"/> MB of blanks from a file of a few hundred KB.</summary>
    public static byte[] ZipBombWorkbook(int megabytes = 200)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            WorkbookParts(zip);
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""u8);
            var blanks = new byte[1024 * 1024];
            Array.Fill(blanks, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                sheet.Write(blanks);
            }

            sheet.Write("</sheetData></worksheet>"u8);
        }

        return output.ToArray();
    }

    /// <summary>A zip archive (as a renamed .docx or an archive of CSV files would be) without a workbook in it.</summary>
    public static byte[] ZipWithoutWorkbook()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("data/values.csv").Open();
            entry.Write("region,period,value\nSE-17,2024,1\n"u8);
        }

        return output.ToArray();
    }

    private static byte[] Workbook(string sheetXml)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            WorkbookParts(zip);
            Add(zip, "xl/worksheets/sheet1.xml", sheetXml);
        }

        return output.ToArray();
    }

    private static void WorkbookParts(ZipArchive zip)
    {
        Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Add(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Add(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
