using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Vivier.Core;

[assembly: AssemblyFixture(typeof(Vivier.Testing.TestRunLifetime))]

namespace Vivier.Testing;

/// <summary>
/// Vivier for one test class: the real host over HTTP on its own copy of the migrated database, a
/// fake clock, no demo data unless a test asks for it. Tests that need another set-up subclass it.
/// </summary>
public class VivierApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? database;

    /// <summary>2026-11-27 09:00 Paris: a working day, and the day the demo template is loaded on.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Starts at <see cref="Start"/>; tests move it as they need.</summary>
    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Why this class's tests are skipped (no PostgreSQL server here), or null.</summary>
    public string? Unavailable { get; protected set; } = TestDatabases.Unavailable;

    public TestDatabase Database => database ?? throw new InvalidOperationException(Unavailable ?? "Not initialised.");

    /// <summary>The hosting environment; Production shows what users see when something fails.</summary>
    protected virtual string EnvironmentName => "Development";

    /// <summary>Configuration a fixture adds or overrides. Rate limits are off unless a fixture turns them on.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>
    /// Passwords are hashed with one PBKDF2 iteration instead of 100,000: a test signs people up and
    /// in by the hundred, and the cost of hashing is what the sign-in timing tests alone measure
    /// (they turn the real hasher back on). Hashes carry their iteration count, so either kind verifies.
    /// </summary>
    protected virtual bool UsesRealPasswordHasher => false;

    /// <summary>Whether the host loads the demo, as its settings say.</summary>
    private bool WithDemo => (inheritedSettings ?? Settings).TryGetValue("Vivier:DemoData", out var demo) && demo == "true";

    /// <summary>This instance's data folder (mail pickup folder and the like), removed with it.</summary>
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("vivier-data-").FullName;

    private bool sharesDatabase;
    private IReadOnlyDictionary<string, string?>? inheritedSettings;

    public virtual async ValueTask InitializeAsync()
    {
        if (Unavailable is null && database is null)
        {
            // The demo comes already loaded in the copy when the clock is the template's.
            database = await (await TestDatabases.SharedAsync()).CreateAsync(withDemo: WithDemo && Clock.GetUtcNow() == Start);
            // Started now, so the database is prepared (and the demo loaded) before any test reads it.
            _ = Services;
        }
    }

    public VivierDb NewDb() => Database.NewDb();

    /// <summary>A second instance of the app on the same database, as in a cluster. The caller disposes it.</summary>
    public async Task<VivierApp> AnotherInstanceAsync()
    {
        var other = new VivierApp { database = Database, sharesDatabase = true, Unavailable = Unavailable, inheritedSettings = Settings };
        _ = other.Services;
        await Task.CompletedTask;
        return other;
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = ClientBaseAddress });

    /// <summary>Where the test clients send their requests: https where cookies travel over https only.</summary>
    protected virtual Uri ClientBaseAddress => new("http://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Vivier", Database.ConnectionString);
        builder.UseSetting("Vivier:DataDirectory", DataDirectory);
        builder.UseSetting("RateLimiting:Enabled", "false");
        // The copy is of a template migrated with its reference data, pipeline and checklist: the
        // host has nothing to migrate or sync (the migration and sync tests do it themselves).
        builder.UseSetting("Database:MigrateOnStartup", "false");
        // Development turns the demo on; tests ask for it (DemoVivierApp) rather than meet it by chance.
        builder.UseSetting("Vivier:DemoData", "false");
        // The outbox is sent when a test says so; BackgroundMailTests shows the timer at work.
        builder.UseSetting("Mail:PollInterval", "1.00:00:00");
        builder.UseSetting("Missions:DeadlineCheckInterval", "30.00:00:00");
        builder.UseSetting("Alerts:CheckInterval", "30.00:00:00");
        builder.UseSetting("Candidates:CvTextInterval", "30.00:00:00");
        builder.UseSetting("Applications:ReminderInterval", "30.00:00:00");
        builder.UseSetting("Deployments:AlertInterval", "30.00:00:00");
        builder.UseSetting("Idempotency:CleanupInterval", "30.00:00:00");
        builder.UseSetting("Retention:Interval", "30.00:00:00");
        builder.UseSetting("Audit:SealInterval", "30.00:00:00");
        foreach (var (key, value) in inheritedSettings ?? Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (!UsesRealPasswordHasher)
            {
                services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1);
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null && !sharesDatabase)
        {
            await database.Drop();
        }
        Directory.Delete(DataDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>Vivier as deployed: no developer pages, the styled error page and bare problem details, its address configured, over https.</summary>
public class ProductionVivierApp : VivierApp
{
    public const string PublicUrl = "https://vivier.example.org";

    protected override string EnvironmentName => "Production";

    protected override Uri ClientBaseAddress => new(PublicUrl);

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Mail:PublicUrl"] = PublicUrl };
}

/// <summary>Vivier hashing passwords as deployed, for the tests that time sign-ins.</summary>
public sealed class RealHasherVivierApp : VivierApp
{
    protected override bool UsesRealPasswordHasher => true;
}

/// <summary>Vivier with its demo data loaded, as `dotnet run` shows it.</summary>
public sealed class DemoVivierApp : VivierApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Vivier:DemoData"] = "true" };
}

/// <summary>Stops the run's database server at the end of the run, whether tests passed or not.</summary>
public sealed class TestRunLifetime : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(TestDatabases.StopSharedAsync());
}

/// <summary>
/// Base of every test class that needs the app: skips the class, with the reason, where its
/// database cannot be had (PostgreSQL not installed), instead of failing.
/// </summary>
public abstract class VivierTest
{
    protected VivierTest(VivierApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Unavailable is { } reason)
        {
            Assert.Skip(reason);
        }
        App = app;
    }

    protected VivierApp App { get; }
}
