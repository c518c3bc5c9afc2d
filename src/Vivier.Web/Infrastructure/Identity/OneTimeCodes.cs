using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Vivier.Web.Infrastructure.Identity;

/// <summary>
/// Authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, one step of drift either
/// way), each accepted once: the step of the last accepted code is kept with the account, and a
/// code of that step or an earlier one is refused (RFC 6238 §5.2), so a code seen over a shoulder
/// or in a proxy's log cannot be replayed within its window. Two requests racing with one code:
/// the account's concurrency stamp lets one of them record it. Identity's own provider accepts a
/// code as often as it is sent.
/// </summary>
public sealed class OneTimeCodes : IUserTwoFactorTokenProvider<Person>
{
    private const string Store = "Vivier";
    private const string LastStep = "LastAuthenticatorStep";
    private const string Confirmed = "AuthenticatorConfirmed";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether the person signs in with an app's codes: a key confirmed by a code (the set-up page
    /// makes a key before it is confirmed). Accounts from before passkeys carry no mark: for them,
    /// the second factor turned on means the app, the only factor there was.
    /// </summary>
    public static async Task<bool> InUseAsync(UserManager<Person> users, Person person)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(person);
        if (string.IsNullOrWhiteSpace(await users.GetAuthenticatorKeyAsync(person)))
        {
            return false;
        }
        return await users.GetAuthenticationTokenAsync(person, Store, Confirmed) is not null
            || (person.TwoFactorEnabled && (await users.GetPasskeysAsync(person)).Count == 0);
    }

    /// <summary>Marks the person's key as confirmed: a code from it was accepted (or it was the factor before passkeys).</summary>
    public static Task ConfirmAsync(UserManager<Person> users, Person person)
    {
        ArgumentNullException.ThrowIfNull(users);
        return users.SetAuthenticationTokenAsync(person, Store, Confirmed, "true");
    }

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<Person> manager, Person user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>Codes come from the person's app, never from Vivier.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<Person> manager, Person user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<Person> manager, Person user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key
            || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }
        // Authenticator apps read the real clock, whatever clock the rest of Vivier is given.
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        var secret = FromBase32(key);
        var sent = System.Text.Encoding.ASCII.GetBytes(token);
        var matched = new[] { now - 1, now, now + 1 }
            .Where(step => CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), sent)).ToList();
        if (matched.Count == 0)
        {
            return false;
        }
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Store, LastStep), CultureInfo.InvariantCulture, out var seen) ? seen : long.MinValue;
        if (matched[0] <= last)
        {
            return false;
        }
        try
        {
            return (await manager.SetAuthenticationTokenAsync(user, Store, LastStep, matched[0].ToString(CultureInfo.InvariantCulture))).Succeeded;
        }
        catch (DbUpdateException)
        {
            // The other request recorded the same step first.
            return false;
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "RFC 6238 authenticator codes are HMAC-SHA1 by definition.")]
    private static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>The key as Identity stores it: RFC 4648 base32, upper case, no padding.</summary>
    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        var (buffer, bits) = (0, 0);
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
