using Vivier.Core.Audit;
using Vivier.Web.Infrastructure.Jobs;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// Seals the audit log's new entries into its hash chain every Audit:SealInterval (default a
/// minute), once across a cluster: one sealer gives each entry its place (<see cref="AuditChain"/>).
/// </summary>
public sealed class AuditSealing(JobServices jobs) : LeasedJob(Schedule, jobs)
{
    public const string VerifyCommand = "audit-verify";

    public static readonly JobSchedule Schedule = new("audit-seal", TimeSpan.FromMinutes(10), "Audit:SealInterval", TimeSpan.FromMinutes(1));

    protected override Task<int> WorkAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        AuditChain.SealAsync(services.GetRequiredService<VivierDb>(), cancellationToken);
}

/// <summary>`audit-verify`: seals what waits (under the same lease as the job), then checks the chain and says where it breaks.</summary>
public static class AuditVerifyCommand
{
    /// <summary>0 when the chain holds, 1 when it breaks somewhere (each break written).</summary>
    public static async Task<int> VerifyAuditAsync(this WebApplication app, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        await app.PrepareDatabaseAsync(loadDemo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VivierDb>();
        var sealedNow = await scope.ServiceProvider.GetRequiredService<LeasedJobs>()
            .RunAsync(AuditSealing.Schedule.LeaseName, AuditSealing.Schedule.LongestRun, () => AuditChain.SealAsync(db, CancellationToken.None), CancellationToken.None);
        var result = await AuditChain.VerifyAsync(db, CancellationToken.None);
        await output.WriteLineAsync(sealedNow is null
            ? "Another instance is sealing the audit log: entries it has not sealed yet are not checked."
            : $"Sealed {sealedNow} new entries.");
        await output.WriteLineAsync(result.FromSequence > 0
            ? $"Checked {result.Checked} entries from the checkpoint at {result.FromSequence}."
            : $"Checked {result.Checked} entries from the start.");
        foreach (var problem in result.Breaks)
        {
            await output.WriteLineAsync($"BREAK at {problem.Sequence}{(problem.EntryId is { } id ? $" (entry {id})" : "")}: {Describe(problem.Problem)}");
        }
        if (result.Intact)
        {
            await output.WriteLineAsync($"The chain holds. Head: {result.HeadSequence?.ToString(CultureInfo.InvariantCulture) ?? "none"} {result.HeadHash}");
            await output.WriteLineAsync("Keep the head somewhere else: a later run whose chain does not reach it shows entries removed at the end.");
        }
        return result.Intact ? 0 : 1;
    }

    private static string Describe(string problem) => problem switch
    {
        "changed" => "the entry does not match its hash (a field was changed)",
        "unlinked" => "the entry does not follow the one before it (an entry was replaced or slipped in)",
        "duplicate" => "a second entry holds this place",
        _ => $"{problem} (entries removed)",
    };
}
