using System.Security.Cryptography;
using System.Text;

namespace Vivier.Web.Features.Events;

/// <summary>
/// The secret address of a person's agenda feed. Only the token's hash is kept, so the address is
/// shown once when made; making a new one or revoking it stops the old one at once.
/// </summary>
public sealed class AgendaFeeds(VivierDb db, TimeProvider clock)
{
    public static string PathOf(string token) => $"/api/v1/agenda/{token}.ics";

    /// <summary>A new secret address for the person, replacing any earlier one.</summary>
    public async Task<string> RenewAsync(Guid personId, CancellationToken cancellationToken)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var feed = await db.AgendaFeeds.SingleOrDefaultAsync(f => f.PersonId == personId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (feed is null)
        {
            db.AgendaFeeds.Add(new AgendaFeed { PersonId = personId, TokenHash = Hash(token), CreatedAt = now });
        }
        else
        {
            feed.TokenHash = Hash(token);
            feed.CreatedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<bool> RevokeAsync(Guid personId, CancellationToken cancellationToken) =>
        await db.AgendaFeeds.Where(f => f.PersonId == personId).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<DateTime?> CreatedAtAsync(Guid personId, CancellationToken cancellationToken) =>
        db.AgendaFeeds.Where(f => f.PersonId == personId).Select(f => (DateTime?)f.CreatedAt).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Whose feed a token opens; null for a wrong, old or revoked one.</summary>
    public async Task<Guid?> OwnerAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = Hash(token);
        return await db.AgendaFeeds.Where(f => f.TokenHash == hash).Select(f => (Guid?)f.PersonId).SingleOrDefaultAsync(cancellationToken);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
