using System.Globalization;

namespace Riktning.CrossBorder;

/// <summary>
/// One problem with one field of a form or a column of an import row. <see cref="Code"/> names the message, which the
/// web localises as <c>CrossBorder.Error.{Code}</c> with <see cref="Arguments"/>; <see cref="Message"/> is the
/// English text the command line prints.
/// </summary>
public sealed record FieldError(string Field, string Code, IReadOnlyList<string> Arguments)
{
    public FieldError(string field, string code, params string[] arguments)
        : this(field, code, (IReadOnlyList<string>)arguments)
    {
    }

    public string Message => string.Format(CultureInfo.InvariantCulture, English(Code), [.. Arguments]);

    public static string English(string code) => code switch
    {
        "Required" => "required",
        "TooLong" => "at most {0} characters",
        "NotAKey" => "'{0}' must be lower-case letters, digits and '-'",
        "DuplicateKey" => "'{0}' is already used by another project",
        "UnknownOrganisation" => "'{0}' is not an organisation in the registry",
        "UnknownRegion" => "'{0}' is not a region in the registry",
        "NeedsSwedishRegion" => "at least one Swedish region (SE-…)",
        "NeedsNorwegianRegion" => "at least one Norwegian region (NO-…)",
        "UnknownCooperationArea" => "'{0}' is not a priority cooperation area of the framework",
        "UnknownBusinessArea" => "'{0}' is not a business area of the framework",
        "UnknownRecommendation" => "'{0}' is not a recommendation of the framework",
        "UnknownGoal" => "'{0}' is not a goal of the current strategy",
        "UnknownValue" => "'{0}' is not one of {1}",
        "NotADate" => "'{0}' is not a date (yyyy-mm-dd)",
        "EndBeforeStart" => "ends before it starts",
        "NotAnAmount" => "'{0}' is not a whole amount (digits, no separators)",
        "CurrencyNeeded" => "a budget needs a currency (SEK, NOK or EUR)",
        "NotAUrl" => "'{0}' is not an http or https address",
        "NotAYear" => "'{0}' is not a year",
        "NotALanguage" => "'{0}' is not a two-letter language code (sv, nb, nn, en …)",
        "UnknownProject" => "'{0}' is not a registered project",
        "ListedTwice" => "'{0}' is listed twice",
        "RepeatedKey" => "'{0}' appears on line {1} too",
        "NotYourOrganisation" => "'{0}' is not your organisation",
        _ => code,
    };
}
