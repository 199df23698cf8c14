using Riktning.Cycles;
using Riktning.Plans;
using Riktning.SituationAnalysis;

namespace Riktning.Reviews;

/// <summary>
/// The review period's store: reviews, their proposals and decisions, and the revision a review ends in. Every write
/// validates first and saves once, so bad input stores nothing; the audit interceptor records every change. Who may
/// write is the caller's check (analysts and administrators); a completed review refuses every change.
/// </summary>
public sealed class ReviewService(
    RiktningDb db,
    StrategyCatalog catalog,
    StrategyLoader loader,
    StoreVersionMonitor versions,
    SituationAnalysisService analyses,
    CycleQueries cycles,
    TimeProvider clock)
{
    public const int MinYear = SituationAnalysisService.MinYear;
    public const int MaxYear = SituationAnalysisService.MaxYear;

    /// <summary>The longest period a review covers: the strategy speaks of about four years, two terms is plenty.</summary>
    public const int MaxPeriodYears = 8;

    public async Task<IReadOnlyList<StrategyReview>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.StrategyReviews.AsNoTracking().OrderByDescending(r => r.ToYear).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);

    public Task<StrategyReview?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.StrategyReviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<IReadOnlyList<ReviewProposal>> ProposalsAsync(int reviewId, CancellationToken cancellationToken = default) =>
        await db.ReviewProposals.AsNoTracking().Where(p => p.ReviewId == reviewId).OrderBy(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>Starts a review of the current revision of <paramref name="strategyId"/>; one open review per strategy.</summary>
    public async Task<ReviewChange<StrategyReview>> CreateAsync(string strategyId, ReviewFields fields, CancellationToken cancellationToken = default)
    {
        var loaded = await catalog.GetAsync(strategyId, cancellationToken: cancellationToken)
            ?? throw new NotFoundException($"strategy '{strategyId}' is not loaded");
        var problems = new List<FieldProblem>();
        var title = fields.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            problems.Add(new("Title", "Review.TitleRequired"));
        }
        else if (title.Length > 200)
        {
            problems.Add(new("Title", "Review.TextTooLong", "200"));
        }

        var from = Year(fields.FromYear, "FromYear", problems);
        var to = Year(fields.ToYear, "ToYear", problems);
        if (from is { } f && to is { } t && (t < f || t - f + 1 > MaxPeriodYears))
        {
            problems.Add(new("ToYear", "Review.PeriodInvalid", MaxPeriodYears.ToString(CultureInfo.InvariantCulture)));
        }

        if (await db.StrategyReviews.AnyAsync(r => r.StrategyId == strategyId && r.Status == ReviewStatus.Open, cancellationToken))
        {
            problems.Add(new("Title", "Review.OpenExists"));
        }

        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        var review = new StrategyReview
        {
            StrategyId = strategyId,
            BaseRevision = loaded.RevisionNumber,
            FromYear = from!.Value,
            ToYear = to!.Value,
            Title = title,
            Status = ReviewStatus.Open,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.StrategyReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return new(review, []);
    }

    /// <summary>Adds a proposal, checked against the reviewed revision and the measures the strategy has had.</summary>
    public async Task<ReviewChange<ReviewProposal>> ProposeAsync(int reviewId, ProposalFields fields, CancellationToken cancellationToken = default)
    {
        var review = await OpenReviewAsync(reviewId, cancellationToken);
        var problems = new List<FieldProblem>();
        if (!PlanningSpelling.TryParse<ProposalKind>(fields.Kind, out var kind))
        {
            problems.Add(new("Kind", "Review.KindRequired"));
        }

        var proposal = new ReviewProposal
        {
            ReviewId = review.Id,
            Kind = kind,
            IndicatorId = fields.Indicator?.Trim() ?? "",
            GoalId = Text(fields.Goal),
            Name = Text(fields.Name),
            MeasureId = Text(fields.Measure),
            ReplacedMeasureId = Text(fields.ReplacedMeasure),
            Reason = fields.Reason?.Trim() ?? "",
            Decision = ProposalDecision.Pending,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (problems.Count == 0)
        {
            var definition = (await catalog.GetAsync(review.StrategyId, review.BaseRevision, cancellationToken))!.Definition;
            problems.AddRange(RevisionBuilder.Check(definition, await KnownMeasuresAsync(review.StrategyId, cancellationToken), proposal));
        }

        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        // Only what the kind uses is kept, so a stray field of the form does not linger in the record.
        (proposal.GoalId, proposal.Name, proposal.MeasureId, proposal.ReplacedMeasureId) = kind switch
        {
            ProposalKind.Add => (proposal.GoalId, proposal.Name, proposal.MeasureId, null),
            ProposalKind.Rename => (null, proposal.Name, null, null),
            ProposalKind.Rebind => (null, null, proposal.MeasureId, proposal.ReplacedMeasureId),
            _ => ((string?)null, (string?)null, (string?)null, (string?)null),
        };
        db.ReviewProposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return new(proposal, []);
    }

    /// <summary>Accepts or rejects a proposal, or sets it back to pending.</summary>
    public async Task<ReviewProposal> DecideAsync(int reviewId, int proposalId, ProposalDecision decision, CancellationToken cancellationToken = default)
    {
        await OpenReviewAsync(reviewId, cancellationToken);
        var proposal = await db.ReviewProposals.FirstOrDefaultAsync(p => p.ReviewId == reviewId && p.Id == proposalId, cancellationToken)
            ?? throw new NotFoundException($"proposal {proposalId} of review {reviewId} not found");
        proposal.Decision = decision;
        proposal.DecidedUtc = decision == ProposalDecision.Pending ? null : clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return proposal;
    }

    /// <summary>
    /// Ends the review in a new revision of the strategy made from the accepted proposals, labelled
    /// <paramref name="label"/>. Refused while proposals are undecided, when the strategy has been revised since the
    /// review started, or when accepted proposals contradict each other. The revision and the review's completion are
    /// stored in one transaction.
    /// </summary>
    public async Task<ReviewChange<StrategyReview>> CompleteAsync(int reviewId, string? label, CancellationToken cancellationToken = default)
    {
        var review = await OpenReviewAsync(reviewId, cancellationToken);
        var problems = new List<FieldProblem>();
        label = label?.Trim() ?? "";
        if (label.Length == 0)
        {
            problems.Add(new("Label", "Review.LabelRequired"));
        }
        else if (label.Length > 50)
        {
            problems.Add(new("Label", "Review.TextTooLong", "50"));
        }

        var proposals = await ProposalsAsync(review.Id, cancellationToken);
        if (proposals.Any(p => p.Decision == ProposalDecision.Pending))
        {
            problems.Add(new("Label", "Review.ProposalsUndecided", proposals.Count(p => p.Decision == ProposalDecision.Pending).ToString(CultureInfo.InvariantCulture)));
        }

        var current = await catalog.GetAsync(review.StrategyId, cancellationToken: cancellationToken)
            ?? throw new NotFoundException($"strategy '{review.StrategyId}' is not loaded");
        if (current.RevisionNumber != review.BaseRevision)
        {
            problems.Add(new("Label", "Review.RevisedSince", review.BaseRevision.ToString(CultureInfo.InvariantCulture), current.RevisionNumber.ToString(CultureInfo.InvariantCulture)));
        }

        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        var (revised, conflicts) = RevisionBuilder.ApplyAll(current.Definition, await KnownMeasuresAsync(review.StrategyId, cancellationToken),
            proposals.Where(p => p.Decision == ProposalDecision.Accepted));
        if (revised is null)
        {
            return new(null, conflicts);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        revised = revised with { Revision = revised.Revision with { Label = label, Revised = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var stored = await loader.StoreAsync(new ParsedDefinition(revised, []), $"review-{review.Id.ToString(CultureInfo.InvariantCulture)}", cancellationToken: cancellationToken);
            var tracked = await db.StrategyReviews.FirstAsync(r => r.Id == review.Id, cancellationToken);
            tracked.Status = ReviewStatus.Completed;
            tracked.ResultRevision = stored.RevisionNumber;
            tracked.CompletedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            review = tracked;
        }

        // The loader told the version monitor before the transaction ended; tell it again now the revision is visible.
        versions.Invalidate();
        return new(review, []);
    }

    /// <summary>The evidence of the review's period for the reviewed revision.</summary>
    public async Task<ReviewEvidence> EvidenceAsync(StrategyReview review, CancellationToken cancellationToken = default)
    {
        var loaded = (await catalog.GetAsync(review.StrategyId, review.BaseRevision, cancellationToken))!;
        var figures = await analyses.GenerateAsync(loaded, review.ToYear, cancellationToken: cancellationToken);
        var outcomes = new List<OutcomeRow>();
        for (var year = review.FromYear; year <= review.ToYear; year++)
        {
            outcomes.AddRange(await cycles.OutcomesOfYearAsync(year, cancellationToken));
        }

        return new ReviewEvidence(loaded, figures, outcomes);
    }

    /// <summary>Every measure the strategy has had in any stored revision, the newest revision's version of each.</summary>
    public async Task<IReadOnlyDictionary<string, Measure>> KnownMeasuresAsync(string strategyId, CancellationToken cancellationToken = default)
    {
        var numbers = await db.StrategyRevisions.Where(r => r.DefinitionId == strategyId).Select(r => r.Number).OrderByDescending(n => n).ToListAsync(cancellationToken);
        var known = new Dictionary<string, Measure>(StringComparer.Ordinal);
        foreach (var number in numbers)
        {
            foreach (var measure in (await catalog.GetAsync(strategyId, number, cancellationToken))!.Definition.Measures)
            {
                known.TryAdd(measure.Id, measure);
            }
        }

        return known;
    }

    private async Task<StrategyReview> OpenReviewAsync(int reviewId, CancellationToken cancellationToken)
    {
        var review = await FindAsync(reviewId, cancellationToken) ?? throw new NotFoundException($"review {reviewId} not found");
        return review.Status == ReviewStatus.Open ? review : throw new ConflictException($"review {reviewId} is completed and can no longer change");
    }

    private static int? Year(string? text, string field, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, "Review.YearRequired"));
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < MinYear or > MaxYear)
        {
            problems.Add(new(field, "Review.YearInvalid", MinYear.ToString(CultureInfo.InvariantCulture), MaxYear.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return year;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
