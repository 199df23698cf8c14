using Microsoft.AspNetCore.Mvc.ModelBinding;
using Riktning.Plans;

namespace Riktning.Web.Features.Plans;

/// <summary>Puts validation problems in the reader's language, under the form field they belong to.</summary>
public static class ProblemText
{
    private static readonly IReadOnlyDictionary<string, string> NoNames = new Dictionary<string, string>();

    /// <summary>The message with perspective ids replaced by the perspectives' names.</summary>
    public static string Format(IStringLocalizer localizer, FieldProblem problem, IReadOnlyDictionary<string, string> perspectiveNames) =>
        localizer[problem.Message, [.. problem.Arguments.Select(a => (object)perspectiveNames.GetValueOrDefault(a, a))]];

    /// <summary>Each problem under its form field (<c>Input.Date</c> for the <paramref name="prefix"/> <c>Input</c>).</summary>
    public static void AddTo(ModelStateDictionary modelState, string prefix, IEnumerable<FieldProblem> problems, IStringLocalizer localizer, IReadOnlyDictionary<string, string>? perspectiveNames = null)
    {
        foreach (var problem in problems)
        {
            modelState.AddModelError($"{prefix}.{problem.Field}", Format(localizer, problem, perspectiveNames ?? NoNames));
        }
    }

    /// <summary>The (code, text) choices of an enumeration: the code as <see cref="PlanningSpelling"/> writes it, the text under <c>prefix.code</c>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Options<TEnum>(IStringLocalizer localizer, string prefix)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => PlanningSpelling.Format(value)).Select(code => new KeyValuePair<string, string>(code, localizer[$"{prefix}.{code}"]));
}
