namespace Riktning.Cycles;

/// <summary>A meeting as typed in the form; organisations by key.</summary>
public sealed class MeetingFields
{
    /// <summary>working-meeting, direction-meeting or conference.</summary>
    public string? Kind { get; set; }

    /// <summary>yyyy-MM-dd, within the cycle's year.</summary>
    public string? Date { get; set; }

    public string? Place { get; set; }

    public List<string> Invited { get; set; } = [];

    public List<string> Present { get; set; } = [];

    public string? Agenda { get; set; }
}
