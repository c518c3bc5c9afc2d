namespace Vivier.Web.Features.Privacy;

/// <summary>One row of the register as the admin reads it: the request, and the person's name (empty once erased).</summary>
public sealed record RegisteredRequest(DataRequest Request, string? Name);

/// <summary>
/// The register of data-rights requests (access, rectification, erasure, objection), each with the
/// month it must be answered in: the person sees theirs, the admin all of them and answers the open
/// ones. And the right to object to being suggested to recruiters, which takes effect when made.
/// </summary>
public sealed class DataRights(VivierDb db, AuditTrail audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<List<DataRequest>> MineAsync(Guid personId, CancellationToken cancellationToken) =>
        db.DataRequests.AsNoTracking().Where(r => r.PersonId == personId).OrderByDescending(r => r.ReceivedAt).ToListAsync(cancellationToken);

    public Task<DateTime?> ObjectionSinceAsync(Guid personId, CancellationToken cancellationToken) =>
        db.Users.Where(p => p.Id == personId).Select(p => p.ObjectsToSuggestionsSince).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Records that the person objects, or no longer objects, to being suggested; an objection enters the register, done at once.</summary>
    public async Task SetObjectionAsync(Guid personId, bool objects, CancellationToken cancellationToken)
    {
        var person = await db.Users.SingleAsync(p => p.Id == personId, cancellationToken);
        if (objects == person.ObjectsToSuggestionsSince is not null)
        {
            return;
        }
        person.ObjectsToSuggestionsSince = objects ? Now : null;
        // The profile's change date tells every instance's matching pool to read the person again.
        await db.CandidateProfiles.Where(p => p.PersonId == personId).ExecuteUpdateAsync(p => p.SetProperty(x => x.UpdatedAt, Now), cancellationToken);
        if (objects)
        {
            db.DataRequests.Add(DataRequest.DoneAtOnce(personId, DataRequestKind.Objection, Now));
        }
        audit.Record(objects ? AuditActions.ObjectionMade : AuditActions.ObjectionWithdrawn, personId: personId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The register, open requests first (the most urgent first), then the answered ones, newest first.</summary>
    public async Task<List<RegisteredRequest>> RegisterAsync(bool openOnly, int take, CancellationToken cancellationToken)
    {
        var open = await db.DataRequests.AsNoTracking().Where(r => r.Status != DataRequestStatus.Done).OrderBy(r => r.ReceivedAt).Take(take).ToListAsync(cancellationToken);
        var answered = openOnly ? [] : await db.DataRequests.AsNoTracking().Where(r => r.Status == DataRequestStatus.Done)
            .OrderByDescending(r => r.ReceivedAt).Take(Math.Max(0, take - open.Count)).ToListAsync(cancellationToken);
        var requests = open.Concat(answered).ToList();
        var ids = requests.Select(r => r.PersonId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, cancellationToken);
        return requests.ConvertAll(r => new RegisteredRequest(r, names.GetValueOrDefault(r.PersonId)));
    }

    /// <summary>Answers an open request; false when there is no open request with this id (answered meanwhile, or none).</summary>
    public async Task<bool> AnswerAsync(Guid id, Guid by, string answer, CancellationToken cancellationToken)
    {
        var request = await db.DataRequests.SingleOrDefaultAsync(r => r.Id == id && r.Status == DataRequestStatus.Open, cancellationToken);
        if (request is null)
        {
            return false;
        }
        request.Answered(Now, by, answer);
        audit.Record(AuditActions.DataRequestAnswered, id.ToString(), request.Kind.ToString(), personId: request.PersonId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
