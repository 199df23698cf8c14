namespace Riktning.CrossBorder;

public enum KnowledgeKind
{
    Report,
    Study,
    Evaluation,
    Statistics,
    Link,
    Other,
}
