namespace Riktning.Importing.PcAxis;

/// <summary>
/// Splits a PC-Axis header into keywords, up to and including <c>DATA=</c>. Values are comma-separated items: quoted
/// strings (strings separated only by white space, usually line breaks, are one string), bare words and numbers, and
/// <c>TLIST(...)</c> kept whole. CR, LF and CRLF all end lines.
/// </summary>
internal sealed class PxHeaderReader(string text, string source)
{
    private int _position;

    public int Line { get; private set; } = 1;

    /// <summary>Where the DATA values start, once <see cref="ReadKeywords"/> has returned.</summary>
    public int DataStart => _position;

    public List<PxKeyword> ReadKeywords()
    {
        var keywords = new List<PxKeyword>();
        while (true)
        {
            SkipWhiteSpace();
            if (AtEnd)
            {
                throw new ImportFormatException($"{source} line {Line}: the file ends without a DATA keyword; it is truncated or not a PC-Axis file.");
            }

            var line = Line;
            var name = ReadName();
            var language = Peek('[') ? ReadLanguage() : null;
            SkipWhiteSpace();
            var subKeys = Peek('(') ? ReadSubKeys(name) : [];
            SkipWhiteSpace();
            if (!Peek('='))
            {
                throw new ImportFormatException($"{source} line {Line}: expected '=' after {name}.");
            }

            _position++;
            if (string.Equals(name, "DATA", StringComparison.Ordinal))
            {
                return keywords;
            }

            keywords.Add(new PxKeyword(name, language, subKeys, ReadValues(name), line));
        }
    }

    private bool AtEnd => _position >= text.Length;

    private bool Peek(char c) => !AtEnd && text[_position] == c;

    private string ReadName()
    {
        var start = _position;
        while (!AtEnd && text[_position] is not ('[' or '(' or '=' or ';' or '"') && !char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }

        if (_position == start)
        {
            throw new ImportFormatException($"{source} line {Line}: expected a keyword, found '{text[_position]}'.");
        }

        return text[start.._position];
    }

    private string ReadLanguage()
    {
        var end = text.IndexOf(']', _position);
        if (end < 0)
        {
            throw Truncated("a language ']'");
        }

        var language = text[(_position + 1)..end].Trim();
        _position = end + 1;
        return language;
    }

    private List<string> ReadSubKeys(string name)
    {
        _position++;
        var subKeys = new List<string>();
        while (true)
        {
            SkipWhiteSpace();
            if (AtEnd)
            {
                throw Truncated($"the ')' of {name}");
            }

            var c = text[_position];
            if (c == ')')
            {
                _position++;
                return subKeys;
            }

            if (c == ',')
            {
                _position++;
                continue;
            }

            subKeys.Add(c == '"' ? ReadQuoted() : ReadBare());
        }
    }

    private List<string> ReadValues(string name)
    {
        var values = new List<string>();
        while (true)
        {
            SkipWhiteSpace();
            if (AtEnd)
            {
                throw Truncated($"the ';' of {name}");
            }

            var c = text[_position];
            if (c == ';')
            {
                _position++;
                return values;
            }

            if (c == ',')
            {
                _position++;
            }
            else if (c == '"')
            {
                values.Add(ReadJoinedStrings());
            }
            else if (string.CompareOrdinal(text, _position, "TLIST(", 0, 6) == 0)
            {
                var end = text.IndexOf(')', _position);
                if (end < 0)
                {
                    throw Truncated($"the ')' of TLIST in {name}");
                }

                values.Add(text[_position..(end + 1)]);
                _position = end + 1;
            }
            else
            {
                values.Add(ReadBare());
            }
        }
    }

    private string ReadJoinedStrings()
    {
        var first = ReadQuoted();
        SkipWhiteSpace();
        if (!Peek('"'))
        {
            return first;
        }

        var joined = new System.Text.StringBuilder(first);
        while (Peek('"'))
        {
            joined.Append(ReadQuoted());
            SkipWhiteSpace();
        }

        return joined.ToString();
    }

    private string ReadQuoted()
    {
        var end = text.IndexOf('"', _position + 1);
        if (end < 0)
        {
            throw Truncated("a closing '\"'");
        }

        var value = text[(_position + 1)..end];
        CountLines(_position, end);
        _position = end + 1;
        return value;
    }

    private string ReadBare()
    {
        var start = _position;
        while (!AtEnd && text[_position] is not (',' or ';' or ')' or '"') && !char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }

        return text[start.._position];
    }

    private void SkipWhiteSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(text[_position]))
        {
            if (text[_position] == '\n')
            {
                Line++;
            }

            _position++;
        }
    }

    private void CountLines(int from, int to)
    {
        Line += text.AsSpan(from, to - from).Count('\n');
    }

    private ImportFormatException Truncated(string expected) =>
        new($"{source} line {Line}: the file ends before {expected}; it is truncated.");
}
