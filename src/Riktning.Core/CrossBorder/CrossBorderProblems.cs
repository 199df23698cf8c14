namespace Riktning.CrossBorder;

/// <summary>
/// The registry's field problems: resource keys <c>CrossBorder.Error.{Code}</c>, which the web localises, and the
/// English text the command line prints for each code.
/// </summary>
public static class CrossBorderProblems
{
    private const string Prefix = "CrossBorder.Error.";

    public static FieldProblem Of(string field, string code, params IReadOnlyList<string> arguments) => new(field, Prefix + code, arguments);

    /// <summary>The short code of a registry problem (<c>Required</c>, <c>UnknownOrganisation</c> …).</summary>
    public static string Code(FieldProblem problem) =>
        problem.Message.StartsWith(Prefix, StringComparison.Ordinal) ? problem.Message[Prefix.Length..] : problem.Message;

    /// <summary>The English text the command line prints.</summary>
    public static string English(FieldProblem problem) => string.Format(CultureInfo.InvariantCulture, English(Code(problem)), [.. problem.Arguments]);

    /// <summary>A row's problem as the command line reports it: <c>line 3, column 'owner': …</c>.</summary>
    public static string Describe(ImportProblem problem) => $"line {problem.Line}, column '{problem.Column}': {English(problem.Problem)}";

    private static string English(string code) => code switch
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
