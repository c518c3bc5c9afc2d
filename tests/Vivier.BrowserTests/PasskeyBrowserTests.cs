using Microsoft.Playwright;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.BrowserTests;

/// <summary>Passkeys in Chromium, with its virtual authenticator (DevTools' WebAuthn domain) standing for the device.</summary>
public sealed class PasskeyBrowserTests(NamedBrowserApp app) : VivierTest(app), IClassFixture<NamedBrowserApp>
{
    /// <summary>The document parsed is what the steps need; a load event was seen held back 30 s on a busy machine.</summary>
    private static readonly PageGotoOptions Loaded = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    private NamedBrowserApp Browser => (NamedBrowserApp)App;

    [Fact]
    public async Task A_recruiter_creates_a_passkey_then_signs_in_with_one_click_and_reaches_staff_pages()
    {
        var person = await Browser.CreatePersonAsync(Roles.Recruiter, twoFactor: false);
        var page = await Browser.NewPageAsync();
        var devtools = await page.Context.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable");
        await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });

        await page.GotoAsync("/connexion", Loaded);
        await page.Locator("#Input_Email").FillAsync(person.Email);
        await page.Locator("#Input_Password").FillAsync(person.Password);
        await page.Locator("main button[type=submit]").ClickAsync();
        // Without a second factor, a recruiter is sent to set one up, and offered a passkey there.
        await page.WaitForURLAsync("**/compte/double-authentification", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Link, new() { Name = "Créer une clé d'accès" }).ClickAsync();
        await page.WaitForURLAsync("**/compte/cles-d-acces", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        var before = await Axe.ViolationsAsync(page);
        await page.GetByLabel("Nom de la clé").FillAsync("Ordinateur du bureau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer une clé d'accès" }).ClickAsync();
        await page.WaitForURLAsync("**/compte/cles-d-acces?Message=Passkey.Added", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        Assert.Contains("Ordinateur du bureau", await page.Locator("main table").TextContentAsync(), StringComparison.Ordinal);
        var after = await Axe.ViolationsAsync(page);

        await page.GotoAsync("/deconnexion", Loaded);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/deconnexion", StringComparison.Ordinal), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.GotoAsync("/connexion", Loaded);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter avec une clé d'accès" }).ClickAsync();
        await page.WaitForURLAsync("**/compte", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        var staff = await page.GotoAsync("/gestion/missions", Loaded);

        Assert.True(before.Length == 0, Axe.Describe(before));
        Assert.True(after.Length == 0, Axe.Describe(after));
        Assert.EndsWith("/gestion/missions", page.Url, StringComparison.Ordinal);
        Assert.Equal(200, staff!.Status);
        await page.Context.CloseAsync();
    }
}

/// <summary>
/// Vivier as a site with a name, localhost, in its public address (Mail:PublicUrl): WebAuthn takes a
/// passkey's site from a domain, never from an IP address such as the other browser tests' 127.0.0.1.
/// </summary>
public sealed class NamedBrowserApp : BrowserApp
{
    private readonly int port;

    public NamedBrowserApp() : this(FreePort())
    {
    }

    private NamedBrowserApp(int port) : base(port) => this.port = port;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Vivier:DemoData"] = "true",
        ["Mail:PublicUrl"] = $"http://localhost:{port}",
    };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        BaseAddress = new Uri($"http://localhost:{port}/");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
