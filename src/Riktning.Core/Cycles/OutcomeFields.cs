namespace Riktning.Cycles;

/// <summary>An outcome as typed in the form: links by goal, indicator, intervention and cooperation-area id or key.</summary>
public sealed class OutcomeFields
{
    /// <summary>observation, concentrated-effort, condition-to-strengthen, shared-learning or decision.</summary>
    public string? Kind { get; set; }

    public string? Text { get; set; }

    /// <summary>The owner organisation's key.</summary>
    public string? Owner { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? FollowUpDate { get; set; }

    /// <summary>open, in-progress, done or dropped; empty means open.</summary>
    public string? FollowUpStatus { get; set; }

    public string? FollowUpNote { get; set; }

    public List<string> Goals { get; set; } = [];

    public List<string> Indicators { get; set; } = [];

    /// <summary>Intervention keys.</summary>
    public List<string> Interventions { get; set; } = [];

    public List<string> CooperationAreas { get; set; } = [];
}
