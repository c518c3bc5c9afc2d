using Microsoft.Playwright;

namespace Vivier.BrowserTests;

/// <summary>
/// Debian's Chromium, driven by Playwright, shared by the whole run. Playwright's own browser
/// download is not used: this machine's network is closed, so the flags keep Chromium from calling home.
/// </summary>
public static class Chromium
{
    public const string Executable = "/usr/bin/chromium";
    private static readonly SemaphoreSlim Starting = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    public static string? Unavailable { get; } = File.Exists(Executable)
        ? null
        : $"Chromium is not installed ({Executable}): install the Debian package chromium.";

    public static async Task<IBrowser> SharedAsync()
    {
        await Starting.WaitAsync();
        try
        {
            playwright ??= await Playwright.CreateAsync();
            return browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Executable,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                ],
            });
        }
        finally
        {
            Starting.Release();
        }
    }

    public static async Task StopAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            browser = null;
        }
        playwright?.Dispose();
        playwright = null;
    }
}

/// <summary>Closes Chromium when the run ends.</summary>
public sealed class ChromiumLifetime : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(Chromium.StopAsync());
}
