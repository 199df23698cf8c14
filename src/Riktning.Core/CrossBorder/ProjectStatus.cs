namespace Riktning.CrossBorder;

public enum ProjectStatus
{
    Planned,
    Ongoing,
    Completed,
}
