using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Audit;
using System.Net.Http.Json;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

/// <summary>Vivier with small limits, as an attacker would meet them.</summary>
public sealed class RateLimitedVivierApp : VivierApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:SignIn:PermitLimit"] = "6",
        ["RateLimiting:SignIn:Window"] = "00:01:00",
        ["RateLimiting:PerAccount:PermitLimit"] = "3",
        ["RateLimiting:PerAccount:Window"] = "00:15:00",
        ["RateLimiting:SignUp:PermitLimit"] = "2",
    };

    /// <summary>The header that stands for the client's address here, where the test host has none.</summary>
    public const string ClientHeader = "X-Test-Client";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return then(context);
            });
            next(app);
        };
    }
}

public sealed class RateLimitTests(RateLimitedVivierApp app) : VivierTest(app), IClassFixture<RateLimitedVivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Failed_sign_ins_on_one_account_make_that_client_wait_with_a_localised_429()
    {
        var target = await App.CreatePersonAsync(Roles.Expert);
        var other = await App.CreatePersonAsync(Roles.Expert);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var refused = await App.PostLoginAsync(target.Email, "Wrong-Password-1!");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var limited = await App.PostLoginAsync(target.Email, target.Password);
        using var fine = await App.PostLoginAsync(other.Email, other.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Trop de tentatives", await limited.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task Asking_again_and_again_for_the_confirmation_mail_is_limited_and_sends_no_more()
    {
        var waiting = await App.CreatePersonAsync(Roles.Expert, confirmed: false);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            // Each try from another address: the limit on the account holds whoever asks.
            using var client = App.NewClient();
            client.DefaultRequestHeaders.Add(RateLimitedVivierApp.ClientHeader, $"198.51.100.{attempt + 10}");
            var page = await client.GetDocumentAsync("/inscription/renvoyer");
            using var answer = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Email"] = waiting.Email });
            statuses.Add(answer.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(3, (await App.MailsToAsync(waiting.Email)).Count);
    }

    [Fact]
    public async Task Sign_up_posts_from_one_address_are_limited_and_the_page_explains_it()
    {
        using var client = App.NewClient();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            last?.Dispose();
            var page = await client.GetDocumentAsync("/inscription");
            last = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
            {
                ["Input.GivenName"] = "Rapide",
                ["Input.FamilyName"] = "Robot",
                ["Input.Email"] = $"robot-{Guid.NewGuid():N}@exemple.fr",
                ["Input.Password"] = People.Password,
                ["Input.AcceptPrivacyNotice"] = "true",
            });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.Contains("Retry-After"));
        var page429 = await Html.ParseAsync(last);
        Assert.Equal("Trop de tentatives", page429.QuerySelector("h1")!.TextContent);
        last.Dispose();
    }
}

/// <summary>Failures lock the client that made them out of one account (RateLimiting:PerAccount: 3 here), and nobody else.</summary>
public sealed class SignInLockTests(RateLimitedVivierApp app) : VivierTest(app), IClassFixture<RateLimitedVivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static int clients;

    private static string NewClientAddress() => $"192.0.2.{Interlocked.Increment(ref clients)}";

    private async Task<(HttpStatusCode Status, string Title)> LoginAsync(string from, string email, string password)
    {
        using var client = App.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add(RateLimitedVivierApp.ClientHeader, from);
        using var response = await client.SendAsync(request, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, response.StatusCode == HttpStatusCode.OK ? "" : System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()!);
    }

    [Fact]
    public async Task A_stranger_s_failures_lock_the_stranger_out_not_the_owner_who_is_told_by_mail()
    {
        var owner = await App.CreatePersonAsync(Roles.Expert);
        var stranger = NewClientAddress();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(stranger, owner.Email, "Wrong-Password-1!")).Status);
        }

        var strangerWithThePassword = await LoginAsync(stranger, owner.Email, owner.Password);
        var ownerElsewhere = await LoginAsync(NewClientAddress(), owner.Email, owner.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, strangerWithThePassword.Status);
        Assert.Equal(HttpStatusCode.OK, ownerElsewhere.Status);
        var mail = Assert.Single(await App.MailsToAsync(owner.Email));
        Assert.Contains("/mot-de-passe-oublie", mail.TextBody, StringComparison.Ordinal);
        await using var db = App.NewDb();
        var actions = await db.AuditEntries.Where(e => e.ActorEmail == owner.Email).Select(e => e.Action).ToListAsync(Cancel);
        Assert.Equal(2, actions.Count(a => a == AuditActions.SignInFailed));
        Assert.Equal(1, actions.Count(a => a == AuditActions.LockedOut));
    }

    [Fact]
    public async Task An_unknown_address_locks_alike_so_the_lock_tells_nothing()
    {
        var owner = await App.CreatePersonAsync(Roles.Expert);
        var nobody = $"personne-{Guid.NewGuid():N}@exemple.fr";
        var (first, second) = (NewClientAddress(), NewClientAddress());
        var forReal = new List<(HttpStatusCode, string)>();
        var forUnknown = new List<(HttpStatusCode, string)>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            forReal.Add(await LoginAsync(first, owner.Email, "Wrong-Password-1!"));
            forUnknown.Add(await LoginAsync(second, nobody, "Wrong-Password-1!"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, forReal[^1].Item1);
        Assert.Equal(forReal, forUnknown);
    }

    [Fact]
    public async Task Successful_sign_ins_never_lock_and_a_lock_ends_with_its_window()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var from = NewClientAddress();
        // Five, past the three failures that lock, within the six posts a minute an address may make.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await LoginAsync(from, person.Email, person.Password)).Status);
        }
        var elsewhere = NewClientAddress();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await LoginAsync(elsewhere, person.Email, "Wrong-Password-1!");
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginAsync(elsewhere, person.Email, person.Password)).Status);

        App.Clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(elsewhere, person.Email, person.Password)).Status);
    }
}

/// <summary>RateLimiting:Enabled=false, the default of the other fixtures: what load tests use.</summary>
public sealed class RateLimitsOffTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task With_limits_turned_off_many_attempts_are_all_answered()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);

        for (var attempt = 0; attempt < 30; attempt++)
        {
            using var response = await App.PostLoginAsync(person.Email, person.Password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
