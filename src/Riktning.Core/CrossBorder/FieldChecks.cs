namespace Riktning.CrossBorder;

/// <summary>The checks the four validators share; each adds at most one error per value to the list it is given.</summary>
internal sealed class FieldChecks(List<FieldProblem> errors)
{
    public string Text(string field, string? value, int maxLength, bool required = true)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0)
        {
            errors.Add(CrossBorderProblems.Of(field, "Required"));
        }
        else if (text.Length > maxLength)
        {
            errors.Add(CrossBorderProblems.Of(field, "TooLong", maxLength.ToString(CultureInfo.InvariantCulture)));
        }

        return text;
    }

    public TEnum Choice<TEnum>(string field, string? value) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(CrossBorderProblems.Of(field, "Required"));
            return default;
        }

        if (!Codes.TryParse<TEnum>(value, out var parsed))
        {
            errors.Add(CrossBorderProblems.Of(field, "UnknownValue", value.Trim(), string.Join(", ", Codes.All<TEnum>())));
        }

        return parsed;
    }

    public DateOnly? Date(string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(CrossBorderProblems.Of(field, "Required"));
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(CrossBorderProblems.Of(field, "NotADate", value.Trim()));
        return null;
    }

    public string? Url(string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(CrossBorderProblems.Of(field, "Required"));
            }

            return null;
        }

        var text = value.Trim();
        if (text.Length > 500 || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(CrossBorderProblems.Of(field, "NotAUrl", text));
            return null;
        }

        return text;
    }

    public Organisation? Organisation(string field, string? key, CrossBorderReferences references, bool required)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            if (required)
            {
                errors.Add(CrossBorderProblems.Of(field, "Required"));
            }

            return null;
        }

        if (references.Organisations.TryGetValue(key.Trim(), out var organisation))
        {
            return organisation;
        }

        errors.Add(CrossBorderProblems.Of(field, "UnknownOrganisation", key.Trim()));
        return null;
    }

    /// <summary>A list of ids that must all be known; duplicates are reported, the order is kept.</summary>
    public List<string> Known(string field, IReadOnlyList<string> values, Func<string, bool> isKnown, string code)
    {
        var result = new List<string>();
        foreach (var raw in values)
        {
            var value = raw.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (!isKnown(value))
            {
                errors.Add(CrossBorderProblems.Of(field, code, value));
            }
            else if (result.Contains(value, StringComparer.Ordinal))
            {
                errors.Add(CrossBorderProblems.Of(field, "ListedTwice", value));
            }
            else
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>Free-text names: trimmed, each at most 300 characters.</summary>
    public List<string> Names(string field, IReadOnlyList<string> values)
    {
        var result = new List<string>();
        foreach (var value in values.Select(v => v.Trim()).Where(v => v.Length > 0))
        {
            if (value.Length > 300)
            {
                errors.Add(CrossBorderProblems.Of(field, "TooLong", "300"));
            }
            else if (!result.Contains(value, StringComparer.Ordinal))
            {
                result.Add(value);
            }
        }

        return result;
    }
}
