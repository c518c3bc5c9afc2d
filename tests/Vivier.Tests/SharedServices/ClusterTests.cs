using System.Net;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.SharedServices;

/// <summary>Two instances on one database, as behind a load balancer.</summary>
public sealed class ClusterTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task A_token_issued_by_one_instance_is_honoured_by_another()
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        var tokens = await App.ApiLoginAsync(person);
        await using var other = await App.AnotherInstanceAsync();

        using var client = other.NewClient().WithBearer(tokens);
        using var response = await client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_form_served_by_one_instance_is_accepted_by_another()
    {
        await using var other = await App.AnotherInstanceAsync();
        using var first = App.NewClient();
        using var served = await first.GetAsync("/referentiels", TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(served);
        var antiforgeryCookie = served.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/langue")
        {
            Content = new FormUrlEncodedContent(
            [
                new("culture", "en-GB"),
                new("returnUrl", "/"),
                new("__RequestVerificationToken", page.QuerySelector("form.vivier-language input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            ]),
        };
        request.Headers.Add("Cookie", antiforgeryCookie.Split(';')[0]);
        using var second = other.NewClient();

        using var response = await second.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // On one machine the default key folder would be shared too: the keys must be in the database.
        await using var db = App.NewDb();
        Assert.NotEmpty(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.DataProtectionKeys, TestContext.Current.CancellationToken));
    }
}
