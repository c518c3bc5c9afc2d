using System.Security.Cryptography;
using Vivier.Core.Privacy;

namespace Vivier.Web.Features.Privacy;

/// <summary>What confirming an erasure did.</summary>
public enum ErasureOutcome
{
    Erased,
    /// <summary>The link is unknown, spent or expired: nothing happened.</summary>
    InvalidLink,
    /// <summary>A legal hold stands: the request is open, nothing erased.</summary>
    Held,
}

/// <summary>
/// A person's request to be erased: recorded in the register, then confirmed from a single-use link
/// mailed to their address (valid 24 hours), so that neither a stolen session nor a slip erases an
/// account; confirming erases them at once (<see cref="Erasure"/>), leaving the request done.
/// </summary>
public sealed class ErasureRequests(VivierDb db, Mailer mailer, AuditTrail audit, TimeProvider clock)
{
    public const string ConfirmPath = "/compte/effacement";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Records the request and mails its link; the request, when its answer is due.</summary>
    public async Task<DataRequest> RequestAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.Users.SingleAsync(p => p.Id == personId, cancellationToken);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var request = DataRequest.AwaitingConfirmation(personId, DataRequestKind.Erasure, Hash(token), Now);
        db.DataRequests.Add(request);
        mailer.Queue(person.Email!, person.PreferredLanguage, "ErasureConfirm", person.GivenName, $"{ConfirmPath}?jeton={token}");
        audit.Record(AuditActions.ErasureRequested, request.Id.ToString(), personId: personId);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    /// <summary>The request a link's token confirms, if it still may be confirmed.</summary>
    public async Task<DataRequest?> PendingAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = Hash(token);
        var request = await db.DataRequests.SingleOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        return request is not null && request.CanConfirm(Now) ? request : null;
    }

    /// <summary>
    /// Erases the person the token's request is for. Under a legal hold nothing is erased: the
    /// request stays open for the data protection officer, who answers by its due date.
    /// </summary>
    public async Task<ErasureOutcome> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        if (await PendingAsync(token, cancellationToken) is not { } request)
        {
            return ErasureOutcome.InvalidLink;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var erased = await new Erasure(db, Now).EraseAsync(request.PersonId, cancellationToken);
        if (erased)
        {
            request.Done(Now);
            db.AuditEntries.Add(new AuditEntry { At = Now, ActorId = request.PersonId, Action = AuditActions.Erased, PersonId = request.PersonId, Subject = request.Id.ToString() });
        }
        else
        {
            request.Confirmed();
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return erased ? ErasureOutcome.Erased : ErasureOutcome.Held;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
