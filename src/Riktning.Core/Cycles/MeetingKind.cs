namespace Riktning.Cycles;

/// <summary>The three meetings of the annual cycle, in their order; spelled in forms and URLs in kebab case (<c>working-meeting</c>).</summary>
public enum MeetingKind
{
    /// <summary>Arbetsmötet: experts of the regional leadership draw up the picture of the current state.</summary>
    WorkingMeeting,

    /// <summary>Riktningsmötet: the leadership decides which conditions to strengthen and where shared learning is needed.</summary>
    DirectionMeeting,

    /// <summary>Värmland 2040-konferensen: spreads the learning to a wider audience.</summary>
    Conference,
}
