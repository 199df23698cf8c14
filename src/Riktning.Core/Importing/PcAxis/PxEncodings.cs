using System.Text;
using System.Text.Unicode;

namespace Riktning.Importing.PcAxis;

/// <summary>
/// Finds the text encoding of a PC-Axis file from its bytes. The header is ASCII up to the first letters in a title, so
/// CODEPAGE can be read before anything is decoded.
/// </summary>
public static class PxEncodings
{
    // Windows-1252 is what PX calls "ANSI", the default when a file names no CODEPAGE; it is a superset of
    // ISO-8859-1 in the printable range, so Swedish and Norwegian letters come out right either way.
    private const int Windows1252 = 1252;

    static PxEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Makes Windows-1252 and ISO-8859-15 available; idempotent. Called by every member of this class.</summary>
    public static void Register()
    {
        // The static constructor does the work; this only makes sure it has run.
    }

    /// <summary>The encoding to decode these bytes with.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return new UTF8Encoding(false);
        }

        var declared = Resolve(ReadCodepage(bytes), source);

        // PxWebApi writes UTF-8 while declaring iso-8859-1, and Statistics Finland ships such files too. Latin text that
        // happens to be valid multi-byte UTF-8 is vanishingly rare, so valid UTF-8 with non-ASCII bytes wins.
        if (declared.IsSingleByte && !System.Text.Ascii.IsValid(bytes) && Utf8.IsValid(bytes))
        {
            return new UTF8Encoding(false);
        }

        return declared;
    }

    /// <summary>The encoding a CODEPAGE value names; no value means Windows-1252.</summary>
    public static Encoding Resolve(string? codepage, string source)
    {
        if (string.IsNullOrWhiteSpace(codepage))
        {
            return Encoding.GetEncoding(Windows1252);
        }

        if (string.Equals(codepage, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(codepage, "utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new UTF8Encoding(false);
        }

        try
        {
            return Encoding.GetEncoding(codepage.Trim());
        }
        catch (ArgumentException e)
        {
            throw new ImportFormatException($"{source}: CODEPAGE \"{codepage}\" is not an encoding this system knows.", e);
        }
    }

    private static string? ReadCodepage(ReadOnlySpan<byte> bytes)
    {
        var dataStart = bytes.IndexOf("\nDATA="u8);
        var header = dataStart < 0 ? bytes : bytes[..dataStart];
        var keyword = header.IndexOf("CODEPAGE="u8);
        if (keyword < 0 || (keyword > 0 && header[keyword - 1] is not ((byte)'\n' or (byte)'\r' or (byte)';' or (byte)' ')))
        {
            return null;
        }

        var value = header[(keyword + "CODEPAGE=".Length)..];
        var end = value.IndexOf((byte)';');
        if (end < 0)
        {
            return null;
        }

        return Encoding.ASCII.GetString(value[..end]).Trim().Trim('"');
    }
}
