using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vivier.Testing;

[assembly: AssemblyFixture(typeof(Vivier.BrowserTests.ChromiumLifetime))]

namespace Vivier.BrowserTests;

/// <summary>Vivier listening on a free loopback port, for a real browser.</summary>
public class BrowserApp : VivierApp
{
    public BrowserApp() : this(0)
    {
    }

    protected BrowserApp(int port)
    {
        UseKestrel(port);
        Unavailable ??= Chromium.Unavailable;
    }

    public Uri BaseAddress { get; protected set; } = new("http://127.0.0.1/");

    /// <summary>Pages are checked as people meet them: with the demo's missions and accounts.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Vivier:DemoData"] = "true" };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (Unavailable is null)
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    private readonly Dictionary<(string Role, string Language), RolePage> rolePages = [];
    private readonly SemaphoreSlim signingIn = new(1, 1);

    /// <summary>A fresh browser context (no cookies) in French, or in English as if the switch had been used.</summary>
    public async Task<IPage> NewPageAsync(string language = "fr") => await NewPageAsync(language, storageState: null);

    private async Task<IPage> NewPageAsync(string language, string? storageState)
    {
        var browser = await Chromium.SharedAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = language == "en" ? "en-GB" : "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            StorageState = storageState,
        });
        if (language == "en")
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-GB|uic=en-GB", Url = BaseAddress.ToString() }]);
        }
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The page of this app's one person of the role, in the language, for tests that only look:
    /// the first call signs in through the form and opens the page, later ones navigate the same
    /// page, so the browser keeps its renderer process instead of starting one per test. The page
    /// is the caller's until it disposes of the lease; a visitor's page when role is null.
    /// </summary>
    public async Task<RolePage> PageOfRoleAsync(string? role, string language = "fr")
    {
        RolePage kept;
        await signingIn.WaitAsync();
        try
        {
            var key = (role ?? "", language);
            if (!rolePages.TryGetValue(key, out kept!) || kept.Page.IsClosed)
            {
                kept = await OpenRolePageAsync(role, language);
                rolePages[key] = kept;
            }
        }
        finally
        {
            signingIn.Release();
        }
        await kept.Turn.WaitAsync();
        return kept;
    }

    private async Task<RolePage> OpenRolePageAsync(string? role, string language)
    {
        if (role is null)
        {
            return new RolePage(await NewPageAsync(language), null);
        }
        var (first, person) = await SignedInPageAsync(role);
        var storageState = await first.Context.StorageStateAsync();
        await first.Context.CloseAsync();
        var page = await NewPageAsync(language, storageState);
        if (language == "en")
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-GB|uic=en-GB", Url = BaseAddress.ToString() }]);
        }
        return new RolePage(page, person!);
    }

    /// <summary>A page signed in as a new person of the role, through the sign-in form (and the code step); a visitor's when role is null.</summary>
    public async Task<(IPage Page, TestPerson? Person)> SignedInPageAsync(string? role, string language = "fr")
    {
        var page = await NewPageAsync(language);
        if (role is null)
        {
            return (page, null);
        }
        var person = await this.CreatePersonAsync(role);
        await page.GotoAsync("/connexion");
        await page.Locator("#Input_Email").FillAsync(person.Email);
        await page.Locator("#Input_Password").FillAsync(person.Password);
        await page.Locator("main button[type=submit]").ClickAsync();
        if (person.AuthenticatorKey is not null)
        {
            // The next step's form is what matters, not a load event (which a loaded CI machine once held back 30 s):
            // filling its field waits for it.
            await page.WaitForURLAsync("**/connexion/code**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
            await page.Locator("#Input_Code").FillAsync(Totp.Now(person.AuthenticatorKey));
            await page.Locator("main button[type=submit]").ClickAsync();
        }
        // Signed in means the account page is there: its URL committed, then its main element in the
        // DOM. Waiting for a load event of that navigation instead once hung 30 s after the page had
        // loaded (twice in a PostgreSQL run, the network idle already reported).
        await page.WaitForURLAsync("**/compte", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("main").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return (page, person);
    }
}

/// <summary>A role's page kept open across tests; disposing of it hands the page to the next test.</summary>
public sealed class RolePage(IPage page, TestPerson? person) : IDisposable
{
    public IPage Page { get; } = page;

    public TestPerson? Person { get; } = person;

    internal SemaphoreSlim Turn { get; } = new(1, 1);

    public void Dispose() => Turn.Release();
}
