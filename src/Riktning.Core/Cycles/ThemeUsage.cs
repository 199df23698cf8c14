using Riktning.CrossBorder;
using Riktning.Plans;

namespace Riktning.Cycles;

/// <summary>The plans, interventions and cross-border projects linked to one key for change, smart specialisation or mission.</summary>
public sealed record ThemeUsage(IReadOnlyList<Plan> Plans, IReadOnlyList<Intervention> Interventions, IReadOnlyList<CrossBorderProject> Projects);
