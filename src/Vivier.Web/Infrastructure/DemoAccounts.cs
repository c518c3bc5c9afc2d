using Vivier.Core.Demo;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// The demo's accounts have a password anyone can read in the README: Production does not start
/// while they exist, and `dotnet run --project src/Vivier.Web -- remove-demo` removes the demo's
/// people and their data (<see cref="DemoRemoval"/>).
/// </summary>
public static class DemoAccounts
{
    public const string RemoveCommand = "remove-demo";

    /// <summary>Removes the demo's people and everything that was theirs: the process's exit code.</summary>
    public static async Task<int> RemoveDemoAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.PrepareDatabaseAsync(loadDemo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var removed = await DemoRemoval.RemoveAsync(scope.ServiceProvider.GetRequiredService<VivierDb>());
        await Console.Out.WriteLineAsync($"Removed the demo: {removed} people and everything that was theirs.");
        return 0;
    }

    /// <summary>Stops start-up in Production while the database holds demo accounts.</summary>
    public static async Task CheckNoDemoInProductionAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsProduction())
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<VivierDb>().Users.AnyAsync(p => p.IsDemo))
        {
            throw new StartupProblem("This database holds the demo's accounts, whose password is public (Vivier:DemoData must be off in Production): " +
                $"remove them with `dotnet run --project src/Vivier.Web -- {RemoveCommand}` (or `dotnet Vivier.Web.dll {RemoveCommand}`).");
        }
    }
}
