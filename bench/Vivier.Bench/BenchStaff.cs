using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Identity;

namespace Vivier.Bench;

/// <summary>A staff account with a second factor, written to the database, and its sign-in through the pages as a person does it.</summary>
public static partial class BenchStaff
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>The authenticator key of an account created earlier, if any.</summary>
    public static async Task<string?> KeyOfAsync(VivierDb db, string email) =>
        await db.Users.Where(p => p.Email == email).Join(db.UserTokens, p => p.Id, t => t.UserId, (p, t) => t)
            .Where(t => t.Name == "AuthenticatorKey").Select(t => t.Value).SingleOrDefaultAsync();

    /// <summary>The recruiter's authenticator key, the account created (and saved) if it is not there yet.</summary>
    public static async Task<string> EnsureAsync(BenchTarget target, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var db = target.NewDb();
        if (await KeyOfAsync(db, email) is { } existing)
        {
            return existing;
        }
        var (_, key) = await CreateAsync(db, email, password, DateTime.UtcNow);
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>Adds a Recruiter with a password and an authenticator key (saved with the caller's next SaveChanges); its id and key.</summary>
    public static async Task<(Guid Id, string Key)> CreateAsync(VivierDb db, string email, string password, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = Base32(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
        var person = new Person
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), GivenName = "Bench", FamilyName = "Recruiter", CreatedAt = now,
            TwoFactorEnabled = true, LockoutEnabled = true,
        };
        person.PasswordHash = new PasswordHasher<Person>().HashPassword(person, password);
        db.Users.Add(person);
        var roleId = await db.Roles.Where(r => r.Name == Roles.Recruiter).Select(r => r.Id).SingleAsync();
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = person.Id, RoleId = roleId });
        db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = person.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = key });
        return (person.Id, key);
    }

    /// <summary>Signs in through /connexion and its code step (none for an account without a key); the client keeps the session cookie.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password, string? authenticatorKey)
    {
        ArgumentNullException.ThrowIfNull(client);
        async Task<string> TokenOf(string path) => Token().Match(await client.GetStringAsync(new Uri(path, UriKind.Relative))).Groups[1].Value;
        using var credentials = new FormUrlEncodedContent([new("__RequestVerificationToken", await TokenOf("connexion")),
            new("Input.Email", email), new("Input.Password", password)]);
        using var first = await client.PostAsync(new Uri("connexion", UriKind.Relative), credentials);
        if (authenticatorKey is null && first.Headers.Location?.OriginalString.EndsWith("/compte", StringComparison.Ordinal) == true)
        {
            return;
        }
        var codePage = first.Headers.Location?.OriginalString.TrimStart('/')
            ?? throw new InvalidOperationException($"Sign-in of {email} refused: {first.StatusCode} {System.Text.RegularExpressions.Regex.Match(await first.Content.ReadAsStringAsync(), "class=\"[^\"]*(?:error|alert)[^\"]*\"[^>]*>([^<]*(?:<[^>]+>[^<]*){0,6})").Value}");
        using var code = new FormUrlEncodedContent([new("__RequestVerificationToken", await TokenOf(codePage)),
            new("Input.Code", Vivier.Testing.Totp.Now(authenticatorKey ?? throw new InvalidOperationException($"{email} was asked for a code: {first.Headers.Location}")))]);
        using var second = await client.PostAsync(new Uri(codePage, UriKind.Relative), code);
        if (second.Headers.Location?.OriginalString.EndsWith("/compte", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"Sign-in failed: {second.StatusCode} {second.Headers.Location}");
        }
    }

    /// <summary>RFC 4648 base32, as authenticator keys are written (20 bytes: 32 characters, no padding).</summary>
    private static string Base32(byte[] bytes)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = new System.Text.StringBuilder();
        for (var bit = 0; bit < bytes.Length * 8; bit += 5)
        {
            var value = 0;
            for (var i = 0; i < 5; i++)
            {
                var at = bit + i;
                value = (value << 1) | (at < bytes.Length * 8 ? (bytes[at / 8] >> (7 - at % 8)) & 1 : 0);
            }
            text.Append(alphabet[value]);
        }
        return text.ToString();
    }
}
