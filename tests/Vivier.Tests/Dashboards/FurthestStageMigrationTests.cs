using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vivier.Core.Recruitment;
using Vivier.Testing;

namespace Vivier.Tests.Dashboards;

/// <summary>Applications sent before the dashboards get their furthest stage from their history, their applicant's gender, and their funnel counts, when the database is upgraded.</summary>
public sealed class FurthestStageMigrationTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_upgrade_fills_the_furthest_stage_from_each_application_s_history()
    {
        var mission = await App.CreateMissionAsync("Mise à niveau de la base");
        var ids = await App.SeedApplicationsAsync(mission, 3);
        Guid declaringWoman;
        var (rejectedAfterInterview, withdrawnAtOnce, untouched) = (ids[0], ids[1], ids[2]);
        await using (var db = App.NewDb())
        {
            var now = App.Clock.GetUtcNow().UtcDateTime;
            foreach (var (id, stages) in new[] { (rejectedAfterInterview, new[] { "screening", "interview", "screening", PipelineStage.Rejected }), (withdrawnAtOnce, [PipelineStage.Withdrawn]) })
            {
                var application = await db.Applications.SingleAsync(a => a.Id == id, Cancel);
                foreach (var stage in stages)
                {
                    db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = id, At = now, FromStage = application.StageKey, ToStage = stage });
                    application.Enter(DefaultPipeline.ByKey[stage], DefaultPipeline.ByKey);
                }
            }
            declaringWoman = (await db.Applications.SingleAsync(a => a.Id == untouched, Cancel)).PersonId;
            db.CandidateProfiles.Add(new Vivier.Core.Candidates.CandidateProfile { PersonId = declaringWoman, Gender = Vivier.Core.Candidates.SelfDeclaredGender.Woman, UpdatedAt = now });
            await db.SaveChangesAsync(Cancel);
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            // Down to the migration before the column, then up again: the column comes back filled from the history alone.
            await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_Dashboards", StringComparison.Ordinal)) - 1], Cancel);
            await migrator.MigrateAsync(cancellationToken: Cancel);
        }
        await using var read = App.NewDb();
        var furthest = await read.Applications.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.FurthestStage, Cancel);

        Assert.Equal("interview", furthest[rejectedAfterInterview]);
        Assert.Equal(PipelineStage.Received, furthest[withdrawnAtOnce]);
        Assert.Equal(PipelineStage.Received, furthest[untouched]);
        Assert.Equal(Vivier.Core.Candidates.SelfDeclaredGender.Woman, await read.Applications.Where(a => a.Id == untouched).Select(a => a.ApplicantGender).SingleAsync(Cancel));
        Assert.Equal(3, await read.Missions.Where(m => m.Id == mission.Id).Select(m => m.SentApplications).SingleAsync(Cancel));
        var counts = await read.FunnelCounts.Where(c => c.MissionId == mission.Id).ToListAsync(Cancel);
        Assert.Equal([("interview", "", 1), ("received", "", 1), ("received", "Woman", 1)],
            counts.Where(c => c.Count != 0).OrderBy(c => c.Stage, StringComparer.Ordinal).ThenBy(c => c.Gender, StringComparer.Ordinal).Select(c => (c.Stage, c.Gender, c.Count)));
    }
}
