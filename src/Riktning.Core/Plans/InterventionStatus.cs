namespace Riktning.Plans;

/// <summary>Where an intervention stands; spelled in files and forms in lower case (<c>ongoing</c>).</summary>
public enum InterventionStatus
{
    Planned,
    Ongoing,
    Completed,
    Cancelled,
}
