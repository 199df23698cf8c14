namespace Riktning.CrossBorder;

public enum ActivityKind
{
    Meeting,
    StudyVisit,
    Conference,
    Other,
}
