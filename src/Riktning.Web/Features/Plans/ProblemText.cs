using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Riktning.Web.Features.Plans;

/// <summary>Puts validation problems in the reader's language, under the form field they belong to.</summary>
public static class ProblemText
{
    /// <summary>The message with perspective ids replaced by the perspectives' names.</summary>
    public static string Format(IStringLocalizer localizer, FieldProblem problem, IReadOnlyDictionary<string, string> perspectiveNames) =>
        localizer[problem.Message, [.. problem.Arguments.Select(a => (object)perspectiveNames.GetValueOrDefault(a, a))]];

    public static void AddTo(ModelStateDictionary modelState, string prefix, IEnumerable<FieldProblem> problems, IStringLocalizer localizer, IReadOnlyDictionary<string, string> perspectiveNames)
    {
        foreach (var problem in problems)
        {
            modelState.AddModelError($"{prefix}.{problem.Field}", Format(localizer, problem, perspectiveNames));
        }
    }
}
