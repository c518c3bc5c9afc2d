using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vivier.Testing;

[assembly: AssemblyFixture(typeof(Vivier.BrowserTests.ChromiumLifetime))]

namespace Vivier.BrowserTests;

/// <summary>Vivier listening on a free loopback port, for a real browser.</summary>
public sealed class BrowserApp : VivierApp
{
    public BrowserApp()
    {
        UseKestrel(0);
        Unavailable ??= Chromium.Unavailable;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

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

    /// <summary>A fresh browser context (no cookies) in French, or in English as if the switch had been used.</summary>
    public async Task<IPage> NewPageAsync(string language = "fr")
    {
        var browser = await Chromium.SharedAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = language == "en" ? "en-GB" : "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        if (language == "en")
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-GB|uic=en-GB", Url = BaseAddress.ToString() }]);
        }
        return await context.NewPageAsync();
    }
}
