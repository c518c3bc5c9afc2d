using Vivier.Core.Search;

namespace Vivier.Web.Features.Applications;

/// <summary>An application as staff list it in a mission's pipeline, with how many reviews and notes it has.</summary>
public sealed record PipelineEntry(Guid Id, string Reference, string Stage, Guid PersonId, string Candidate, DateTime? SubmittedAt, DateTime UpdatedAt,
    int Reviews = 0, int Notes = 0);

/// <summary>The list view's filters and order: a stage, words of the candidate's name or address, and a sort key.</summary>
public sealed record PipelineFilter(string? Stage = null, string? Search = null, string? Sort = null)
{
    /// <summary>Sort keys as they appear in the URL: oldest first (default), newest first, name, stage, most reviewed.</summary>
    public static readonly IReadOnlyList<string> Sorts = ["date", "-date", "nom", "etape", "avis"];
}

/// <summary>A move asked by staff: the stage's key and why.</summary>
public sealed record MoveInput(string? Stage, string? Reason);

/// <summary>
/// Staff's side: a mission's sent applications, and moves to any stage with who, when and why
/// (the candidate sees the new stage, not the reason). Hiring creates a deployment and closes the
/// recruitment in one transaction; it is a step of its own, not a plain move.
/// </summary>
public sealed class Pipeline(VivierDb db, TimeProvider clock, StageMails mails, Hiring hiring, AuditTrail audit, Matching.Matches matches)
{
    public Task<List<PipelineEntry>?> ListAsync(string reference, string? stage, CancellationToken cancellationToken) =>
        ListAsync(reference, new PipelineFilter(stage), cancellationToken);

    /// <summary>The mission's sent applications, filtered and sorted, in one query; null when there is no such mission.</summary>
    public async Task<List<PipelineEntry>?> ListAsync(string reference, PipelineFilter filter, CancellationToken cancellationToken) =>
        (await ReadAsync(reference, filter, pageOf: null, cancellationToken))?.Entries;

    /// <summary>
    /// One page of them: <paramref name="pageOf"/> is told how many the filter keeps and answers
    /// which rows to show (the caller's pager clamps the page). Null when there is no such mission.
    /// </summary>
    public Task<(int Total, List<PipelineEntry> Entries)?> PageAsync(string reference, PipelineFilter filter, Func<int, (int Skip, int Take)> pageOf,
        CancellationToken cancellationToken) => ReadAsync(reference, filter, pageOf, cancellationToken);

    private async Task<(int Total, List<PipelineEntry> Entries)?> ReadAsync(string reference, PipelineFilter filter, Func<int, (int Skip, int Take)>? pageOf,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var mission = await db.Missions.AsNoTracking().Where(m => m.Reference == reference).Select(m => new { m.Id }).SingleOrDefaultAsync(cancellationToken);
        if (mission is null)
        {
            return null;
        }
        var applications = db.Applications.AsNoTracking().Where(a => a.MissionId == mission.Id && a.StageKey != null);
        if (filter.Stage is { Length: > 0 } stage)
        {
            applications = applications.Where(a => a.StageKey == stage);
        }
        var rows = applications.Join(db.Users, a => a.PersonId, p => p.Id, (a, p) => new
        {
            a, p.GivenName, p.FamilyName, p.SearchName, p.NormalizedEmail,
            Position = db.PipelineStages.Where(s => s.Key == a.StageKey).Select(s => s.Position).First(),
            Reviews = db.ApplicationReviews.Count(r => r.ApplicationId == a.Id && r.ScoredAt != null),
            Notes = db.ApplicationNotes.Count(n => n.ApplicationId == a.Id),
        });
        rows = rows.WhereNamed(filter.Search, x => x.SearchName, x => x.NormalizedEmail);
        var ordered = (filter.Sort switch
        {
            "-date" => rows.OrderByDescending(x => x.a.SubmittedAt).ThenBy(x => x.a.Id),
            "nom" => rows.OrderBy(x => x.FamilyName).ThenBy(x => x.GivenName).ThenBy(x => x.a.Id),
            "etape" => rows.OrderBy(x => x.Position).ThenBy(x => x.a.SubmittedAt).ThenBy(x => x.a.Id),
            "avis" => rows.OrderByDescending(x => x.Reviews).ThenBy(x => x.a.SubmittedAt).ThenBy(x => x.a.Id),
            _ => rows.OrderBy(x => x.a.SubmittedAt).ThenBy(x => x.a.Id),
        }).AsQueryable();
        var total = -1;
        if (pageOf is not null)
        {
            total = await rows.CountAsync(cancellationToken);
            var (skip, take) = pageOf(total);
            ordered = ordered.Skip(skip).Take(take);
        }
        var entries = await ordered.Select(x => new PipelineEntry(x.a.Id, reference, x.a.StageKey!, x.a.PersonId, x.GivenName + " " + x.FamilyName,
            x.a.SubmittedAt, x.a.UpdatedAt, x.Reviews, x.Notes)).ToListAsync(cancellationToken);
        return (total < 0 ? entries.Count : total, entries);
    }

    /// <summary>Moves several applications of one mission at once, all or none; why not otherwise.</summary>
    public async Task<(int Moved, Refusal? Refusal)> MoveManyAsync(string reference, IReadOnlyCollection<Guid> ids, MoveInput input, Guid actorId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return (0, Refusal.Invalid(nameof(BulkMoveInput.Ids), "Pipeline.NoneChosen"));
        }
        var applications = await db.Applications
            .Where(a => ids.Contains(a.Id) && a.StageKey != null && db.Missions.Any(m => m.Id == a.MissionId && m.Reference == reference))
            .ToListAsync(cancellationToken);
        if (applications.Count != ids.Distinct().Count())
        {
            return (0, Refusal.NotFound("Pipeline.NotFound"));
        }
        var refusal = await MoveAllAsync(applications, input, actorId, cancellationToken);
        return refusal is null ? (applications.Count, null) : (0, refusal);
    }

    /// <summary>Moves an application; why not otherwise.</summary>
    public async Task<(PipelineEntry? Moved, Refusal? Refusal)> MoveAsync(Guid applicationId, MoveInput input, Guid actorId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.StageKey != null, cancellationToken);
        if (application is null)
        {
            return (null, Refusal.NotFound("Pipeline.NotFound"));
        }
        if (await MoveAllAsync([application], input, actorId, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }
        var reference = await db.Missions.Where(m => m.Id == application.MissionId).Select(m => m.Reference).SingleAsync(cancellationToken);
        var person = await db.Users.AsNoTracking().SingleAsync(p => p.Id == application.PersonId, cancellationToken);
        return (new PipelineEntry(application.Id, reference, application.StageKey!, person.Id, person.FullName, application.SubmittedAt, application.UpdatedAt), null);
    }

    /// <summary>The one place a move happens: checks it once, records who, when and why for each, queues each candidate's mail, saves them together.</summary>
    private async Task<Refusal?> MoveAllAsync(IReadOnlyList<JobApplication> applications, MoveInput input, Guid actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stage = await db.PipelineStages.AsNoTracking().SingleOrDefaultAsync(s => s.Key == input.Stage, cancellationToken);
        if (stage is null)
        {
            return Refusal.Invalid(nameof(MoveInput.Stage), "Pipeline.UnknownStage");
        }
        if (input.Reason is { Length: > 1000 })
        {
            return Refusal.Invalid(nameof(MoveInput.Reason), "Pipeline.ReasonTooLong");
        }
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        // A hire made a deployment and filled the mission: it is undone on the deployment, not by a move.
        if (applications.Any(a => a.StageKey == PipelineStage.Hired))
        {
            return stage.Key == PipelineStage.Hired && applications.All(a => a.StageKey == PipelineStage.Hired) ? null : Refusal.Conflict("Pipeline.HiredStays");
        }
        if (stage.Key == PipelineStage.Hired)
        {
            return applications.Count == 1 ? await hiring.HireAsync(applications[0], reason, actorId, cancellationToken) : Refusal.Invalid(nameof(BulkMoveInput.Ids), "Pipeline.HireOneAtATime");
        }
        var moving = applications.Where(a => a.StageKey != stage.Key).ToList();
        var fits = moving.Count == 0 ? null : await matches.ForDecisionAsync(moving[0].MissionId, moving.ConvertAll(a => a.PersonId), cancellationToken);
        await StageMove.RecordAsync(db, audit, moving, stage.Key, reason, actorId, clock.GetUtcNow().UtcDateTime, cancellationToken, fits);
        await mails.QueueAsync(stage.Key, (await mails.RecipientsAsync(moving.ConvertAll(a => a.Id), cancellationToken)).Select(r => r.Recipient), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
