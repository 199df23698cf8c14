using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Riktning.Accounts;
using Riktning.Auditing;
using Riktning.CrossBorder;
using Riktning.Cycles;
using Riktning.Plans;
using Riktning.Statistics;

namespace Riktning.Data;

/// <summary>
/// Riktning's store, accounts included (ASP.NET Core Identity's tables). The model is provider-neutral;
/// <see cref="SqliteRiktningDb"/> and <see cref="PostgresRiktningDb"/> exist only so that each provider has its own
/// migration set. It also keeps the Data Protection keys (<see cref="IDataProtectionKeyContext"/>) that protect session
/// cookies and anti-forgery tokens, so that every instance on one database reads what another issued.
/// </summary>
public abstract class RiktningDb(DbContextOptions options) : IdentityDbContext<RiktningUser>(options), IDataProtectionKeyContext
{
    public DbSet<StrategyRevision> StrategyRevisions => Set<StrategyRevision>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<RegionBoundary> RegionBoundaries => Set<RegionBoundary>();

    public DbSet<RegionChange> RegionChanges => Set<RegionChange>();

    public DbSet<MunicipalityClassification> MunicipalityClassifications => Set<MunicipalityClassification>();

    public DbSet<MunicipalityGroupMember> MunicipalityGroupMembers => Set<MunicipalityGroupMember>();

    public DbSet<ObservationSeries> ObservationSeries => Set<ObservationSeries>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<BreakdownCategory> BreakdownCategories => Set<BreakdownCategory>();

    public DbSet<ReplacedObservation> ReplacedObservations => Set<ReplacedObservation>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<CrossBorderProject> CrossBorderProjects => Set<CrossBorderProject>();

    public DbSet<CooperationAgreement> CooperationAgreements => Set<CooperationAgreement>();

    public DbSet<CrossBorderActivity> CrossBorderActivities => Set<CrossBorderActivity>();

    public DbSet<KnowledgeItem> KnowledgeItems => Set<KnowledgeItem>();

    public DbSet<CrossBorder.Commuting.CommutingFlow> CommutingFlows => Set<CrossBorder.Commuting.CommutingFlow>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<Intervention> Interventions => Set<Intervention>();

    public DbSet<AnnualCycle> AnnualCycles => Set<AnnualCycle>();

    public DbSet<CycleMeeting> CycleMeetings => Set<CycleMeeting>();

    public DbSet<MeetingDocument> MeetingDocuments => Set<MeetingDocument>();

    public DbSet<MeetingDocumentFile> MeetingDocumentFiles => Set<MeetingDocumentFile>();

    public DbSet<InputCall> InputCalls => Set<InputCall>();

    public DbSet<InputAnswer> InputAnswers => Set<InputAnswer>();

    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    public DbSet<MeetingOutcome> MeetingOutcomes => Set<MeetingOutcome>();

    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();

    public DbSet<SituationAnalysis.AnnualAnalysis> SituationAnalyses => Set<SituationAnalysis.AnnualAnalysis>();

    public DbSet<Reviews.StrategyReview> StrategyReviews => Set<Reviews.StrategyReview>();

    public DbSet<Reviews.ReviewProposal> ReviewProposals => Set<Reviews.ReviewProposal>();

    public DbSet<RefreshRun> RefreshRuns => Set<RefreshRun>();

    /// <summary>The Data Protection key ring, shared by every instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        // Identity's tables in the store's naming (lower case, no AspNet prefix), like every other table.
        builder.Entity<RiktningUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(RiktningDb).Assembly);
    }
}
