using System.Net;
using Microsoft.EntityFrameworkCore;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

/// <summary>What a user sees when the server fails, as deployed (Production): no stack trace, anywhere.</summary>
public sealed class FailureTests(ProductionVivierApp app) : VivierTest(app), IClassFixture<ProductionVivierApp>
{
    [Fact]
    public async Task A_crash_shows_the_styled_error_page_and_the_API_a_bare_problem()
    {
        using var client = App.NewClient();
        using (await client.GetAsync("/", TestContext.Current.CancellationToken))
        {
            // warm up: the app is started and has migrated its database
        }
        await using (var db = App.NewDb())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE theme_sectors", TestContext.Current.CancellationToken);
        }

        using var page = await client.GetAsync("/referentiels", TestContext.Current.CancellationToken);
        using var api = await client.GetAsync("/api/v1/themes", TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var problem = await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.True(html.Contains("Désolé, un problème est survenu", StringComparison.Ordinal), html);
        Assert.DoesNotContain("theme_sectors", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Vivier", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("theme_sectors", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("exception", problem, StringComparison.OrdinalIgnoreCase);
    }
}
