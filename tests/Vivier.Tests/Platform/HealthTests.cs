using System.Net;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

/// <summary>Apart from the other API tests: it takes the database away.</summary>
public sealed class HealthTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_is_good_while_the_database_answers_and_bad_once_it_is_gone()
    {
        using var client = App.NewClient();

        using var healthy = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync(Cancel));

        await App.Database.Drop();
        using var unhealthy = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
    }
}
