namespace Riktning.Plans;

/// <summary>A plan as typed in the form: text, parsed and checked by <see cref="PlanValidator"/>.</summary>
public sealed class PlanFields
{
    public string? Organisation { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? StartYear { get; set; }

    public string? EndYear { get; set; }

    public List<string> Goals { get; set; } = [];

    public List<string> KeysForChange { get; set; } = [];

    public List<string> SmartSpecialisations { get; set; } = [];

    public List<string> Missions { get; set; } = [];
}
