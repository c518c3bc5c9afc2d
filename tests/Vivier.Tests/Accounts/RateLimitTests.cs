using System.Net;
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
}

public sealed class RateLimitTests(RateLimitedVivierApp app) : VivierTest(app), IClassFixture<RateLimitedVivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_in_attempts_on_one_account_are_limited_whatever_the_address_with_a_localised_429()
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
