using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Riktning.Accounts;

namespace Riktning.Web.Features.Reviews;

/// <summary>Who may see and change reviews: analysts and administrators write; every signed-in user reads the workspace.</summary>
public static class ReviewAccess
{
    public const string Writers = RoleNames.Administrator + "," + RoleNames.Analyst;

    public static bool CanWrite(ClaimsPrincipal user) => user.IsInRole(RoleNames.Administrator) || user.IsInRole(RoleNames.Analyst);

    /// <summary>Puts the problems in the reader's language under their form fields (<c>Input.Measure</c>).</summary>
    public static void AddProblems(ModelStateDictionary modelState, IEnumerable<FieldProblem> problems, IStringLocalizer t)
    {
        foreach (var problem in problems)
        {
            // A proposal that no longer applies carries the inner problem's key as its last argument.
            var text = problem.Message == "Review.ProposalNoLongerApplies"
                ? t[problem.Message, problem.Arguments[0], problem.Arguments[1], t[problem.Arguments[2], problem.Arguments[1]].Value]
                : t[problem.Message, [.. problem.Arguments]];
            modelState.AddModelError("Input." + (problem.Field == "Proposals" ? "Label" : problem.Field), text);
        }
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
