namespace Riktning.CrossBorder;

/// <summary>The funding programme a cross-border project runs under; spelled in files as kebab-case (<c>interreg-sweden-norway</c>).</summary>
public enum ProjectProgramme
{
    /// <summary>Interreg Sverige–Norge (Aurora or Sverige–Norge, the programme for the border region).</summary>
    InterregSwedenNorway,

    /// <summary>Another Interreg programme (Öresund–Kattegat–Skagerrak, North Sea, Baltic Sea…).</summary>
    OtherInterreg,

    /// <summary>Nordic Council of Ministers or another Nordic fund.</summary>
    Nordic,

    /// <summary>National or regional funds on one or both sides.</summary>
    National,

    Other,
}
