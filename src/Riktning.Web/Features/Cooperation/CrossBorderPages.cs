namespace Riktning.Web.Features.Cooperation;

/// <summary>The registry's web registrations: the "new" addresses of its edit pages.</summary>
public static class CrossBorderPages
{
    public static IServiceCollection AddCrossBorderPages(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(o =>
        {
            // One page creates and edits: /cooperation/projects/new and /cooperation/projects/7/edit.
            o.Conventions.AddPageRoute("/Cooperation/ProjectEdit", "/cooperation/projects/new");
            o.Conventions.AddPageRoute("/Cooperation/AgreementEdit", "/cooperation/agreements/new");
            o.Conventions.AddPageRoute("/Cooperation/ActivityEdit", "/cooperation/activities/new");
            o.Conventions.AddPageRoute("/Cooperation/KnowledgeEdit", "/cooperation/knowledge/new");
        });
        return services;
    }
}
