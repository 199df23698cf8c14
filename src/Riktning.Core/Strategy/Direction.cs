namespace Riktning.Strategy;

/// <summary>Which way an indicator or measure should move for the strategy to be on track.</summary>
public enum Direction
{
    ToBeDecided,
    Increase,
    Decrease,
}
