namespace Riktning.Importing.PxWeb;

/// <summary>
/// The values of one variable in a PxWebApi 2 data request: as the query string's <c>valueCodes[Region]=17,1780</c> and
/// <c>codelist[Region]=vs_…</c>, or one entry of a POST body's <c>selection</c> array
/// (<c>{"variableCode":"Region","codeList":"vs_…","valueCodes":["17","1780"]}</c>). Codes may also be the API's
/// expressions (<c>*</c>, <c>top(5)</c>); QuerySplitter only splits explicit codes.
/// </summary>
/// <param name="VariableCode">The variable's code (<c>Region</c>, <c>Tid</c>, <c>ContentsCode</c>).</param>
/// <param name="ValueCodes">The codes or expressions selected.</param>
/// <param name="CodeList">A code list (value set <c>vs_…</c> or aggregation <c>agg_…</c>) the codes belong to, if not the table's own.</param>
public sealed record VariableSelection(string VariableCode, IReadOnlyList<string> ValueCodes, string? CodeList = null)
{
    public VariableSelection(string variableCode, params string[] valueCodes)
        : this(variableCode, (IReadOnlyList<string>)valueCodes)
    {
    }
}
