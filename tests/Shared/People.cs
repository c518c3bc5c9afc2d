using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Identity;
using Vivier.Core.Mail;

namespace Vivier.Testing;

/// <summary>A person the test made, with what it needs to sign in as them.</summary>
public sealed record TestPerson(Guid Id, string Email, string Password, string? AuthenticatorKey, Guid? OrganisationId);

/// <summary>Bearer tokens as POST /api/v1/auth/login answers them.</summary>
public sealed record BearerTokens(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

/// <summary>Domain helpers: people, sign-in (through the real pages and API), mails in the outbox.</summary>
public static partial class People
{
    public const string Password = "Correct-Horse-42!";
    private static int count;

    /// <summary>
    /// Makes a confirmed account with the given role. Roles that require a second factor get an
    /// authenticator key, so that signing in goes through the code step as a real person's would.
    /// </summary>
    public static async Task<TestPerson> CreatePersonAsync(this VivierApp app, string role, string? email = null, bool confirmed = true,
        bool? twoFactor = null, bool isDemo = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var db = scope.ServiceProvider.GetRequiredService<Vivier.Core.VivierDb>();
        Guid? organisationId = null;
        if (Roles.BelongingToAnOrganisation.Contains(role))
        {
            var kind = role == Roles.Sponsor ? OrganisationKind.Sponsor : OrganisationKind.HostInstitution;
            var organisation = new Organisation { Name = $"{kind} {Guid.NewGuid():N}", ShortName = $"O{Interlocked.Increment(ref count)}-{Guid.NewGuid():N}"[..20], Kind = kind, CountryCode = "FR" };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            organisationId = organisation.Id;
        }
        email ??= $"{role.ToLowerInvariant()}{Interlocked.Increment(ref count)}-{Guid.NewGuid():N}@vivier.test";
        var person = new Person
        {
            UserName = email,
            Email = email,
            GivenName = "Test",
            FamilyName = role,
            EmailConfirmed = confirmed,
            CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            OrganisationId = organisationId,
            IsDemo = isDemo,
        };
        Check(await users.CreateAsync(person, Password));
        Check(await users.AddToRoleAsync(person, role));
        string? key = null;
        if (twoFactor ?? Roles.RequiringTwoFactor.Contains(role))
        {
            Check(await users.ResetAuthenticatorKeyAsync(person));
            key = await users.GetAuthenticatorKeyAsync(person);
            Check(await users.SetTwoFactorEnabledAsync(person, true));
        }
        return new TestPerson(person.Id, email, Password, key, organisationId);
    }

    /// <summary>Signs in through /connexion (and /connexion/code when the account has a second factor).</summary>
    public static async Task<HttpClient> SignInAsync(this VivierApp app, TestPerson person)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(person);
        var client = app.NewClient();
        var page = await client.GetDocumentAsync("/connexion");
        using var response = await client.SubmitAsync(page, "main form",
            new Dictionary<string, string> { ["Input.Email"] = person.Email, ["Input.Password"] = person.Password });
        var location = response.Headers.Location?.OriginalString ?? "";
        if (location.StartsWith("/connexion/code", StringComparison.Ordinal))
        {
            var codePage = await client.GetDocumentAsync(location);
            using var coded = await client.SubmitAsync(codePage, "main form:not([data-passkey])",
                new Dictionary<string, string> { ["Input.Code"] = Totp.Now(person.AuthenticatorKey!) });
            location = coded.Headers.Location?.OriginalString ?? "";
        }
        if (response.StatusCode != HttpStatusCode.Redirect || location.StartsWith("/connexion", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in of {person.Email} failed: {response.StatusCode} {location}");
        }
        return client;
    }

    public static async Task<HttpClient> SignInAsAsync(this VivierApp app, string role) =>
        await app.SignInAsync(await app.CreatePersonAsync(role));

    /// <summary>POST /api/v1/auth/login; returns the raw response for tests of refusals.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(this VivierApp app, string email, string password, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var client = app.NewClient();
        return await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode = code }, TestContext.Current.CancellationToken);
    }

    public static async Task<BearerTokens> ApiLoginAsync(this VivierApp app, TestPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        using var response = await app.PostLoginAsync(person.Email, person.Password,
            person.AuthenticatorKey is null ? null : Totp.Now(person.AuthenticatorKey));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<BearerTokens>(TestContext.Current.CancellationToken))!;
    }

    public static HttpClient WithBearer(this HttpClient client, BearerTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(tokens);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    public static async Task<List<OutboxMail>> MailsToAsync(this VivierApp app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var db = app.NewDb();
        return await db.OutboxMails.Where(m => m.To == email).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    /// <summary>The path and query of the link a mail carries, to follow it with the test client.</summary>
    public static string LinkIn(OutboxMail mail, string? containing = null)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var url = Link().Matches(mail.TextBody).FirstOrDefault(m => containing is null || m.Value.Contains(containing, StringComparison.Ordinal));
        Assert.True(url is not null, $"No link in: {mail.TextBody}");
        return new Uri(url.Value).PathAndQuery;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
