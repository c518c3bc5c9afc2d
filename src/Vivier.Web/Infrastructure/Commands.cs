namespace Vivier.Web.Infrastructure;

/// <summary>The commands `dotnet run --project src/Vivier.Web -- NAME` runs instead of serving.</summary>
public static class Commands
{
    /// <summary>Runs the command the arguments name, if any: its exit code, or null when there is none (the site is served).</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        return args switch
        {
            [DemoAccounts.RemoveCommand, ..] => await app.RemoveDemoAsync(),
            [AuditSealing.VerifyCommand, ..] => await app.VerifyAuditAsync(Console.Out),
            _ => null,
        };
    }
}
