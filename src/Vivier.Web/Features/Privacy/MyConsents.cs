namespace Vivier.Web.Features.Privacy;

/// <summary>One kind of consent as the person sees it: whether it stands, and its records, newest first.</summary>
public sealed record ConsentState(string Kind, bool Stands, bool Withdrawable, IReadOnlyList<ConsentProof> Records);

/// <summary>One record: the wording agreed to, when and how; when and how withdrawn, if it was.</summary>
public sealed record ConsentProof(string Wording, DateTime GivenAt, string GivenThrough, DateTime? WithdrawnAt, string? WithdrawnThrough, string? Scope);

/// <summary>The signed-in person's consents, and their withdrawal from "Mes données" or the API (audited, effective at once).</summary>
public sealed class MyConsents(VivierDb db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The kinds as URLs and documents name them.</summary>
    public static readonly IReadOnlyDictionary<string, ConsentKind> Kinds = new Dictionary<string, ConsentKind>(StringComparer.Ordinal)
    {
        ["privacy-notice"] = ConsentKind.PrivacyNotice,
        ["talent-pool"] = ConsentKind.TalentPool,
        ["directory"] = ConsentKind.Directory,
        ["image-rights"] = ConsentKind.ImageRights,
        ["newsletter"] = ConsentKind.Newsletter,
    };

    public async Task<List<ConsentState>> ListAsync(Guid personId, CancellationToken cancellationToken)
    {
        var records = (await db.ConsentRecords.AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.GivenAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken)).ToLookup(c => c.Kind);
        var states = new List<ConsentState>();
        foreach (var (name, kind) in Kinds)
        {
            states.Add(new ConsentState(name, await Consents.StandsAsync(db, personId, kind, cancellationToken), kind != ConsentKind.PrivacyNotice,
                records[kind].Select(r => new ConsentProof(r.Wording, r.GivenAt, r.GivenThrough.ToString(), r.WithdrawnAt, r.WithdrawnThrough?.ToString(), r.Scope)).ToList()));
        }
        return states;
    }

    /// <summary>Withdraws a kind of consent; false when the name is not a kind that can be withdrawn.</summary>
    public async Task<bool> WithdrawAsync(Guid personId, string? kind, ConsentChannel through, CancellationToken cancellationToken)
    {
        if (kind is null || !Kinds.TryGetValue(kind, out var known))
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Consents.WithdrawAsync(db, personId, known, through, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return false;
        }
        audit.Record(AuditActions.ConsentWithdrawn, kind, personId: personId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
