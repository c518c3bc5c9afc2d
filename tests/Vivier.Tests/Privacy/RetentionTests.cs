using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Audit;
using Vivier.Core.Candidates;
using Vivier.Core.Events;
using Vivier.Core.Events.Networking;
using Vivier.Core.Identity;
using Vivier.Core.Mail;
using Vivier.Core.Missions;
using Vivier.Core.Privacy;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web.Features.Privacy;

namespace Vivier.Tests.Privacy;

/// <summary>
/// Each row of the retention table at its boundary, with the fake clock: what its rule keeps one
/// second before the end of its period is gone one second after, and nothing else with it.
/// </summary>
public sealed class RetentionTests(RetentionApp app) : VivierTest(app), IClassFixture<RetentionApp>
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    /// <summary>One run of the job, as its timer would start it: a dry run, then the purge.</summary>
    private async Task RunAsync() => Assert.NotNull(await App.Services.GetRequiredService<RetentionJob>().RunAsync(Cancel));

    /// <summary>Moves the clock to one second before <paramref name="end"/>, runs the job, then to one second after and runs it again.</summary>
    private async Task AroundAsync(DateTime end, Func<Task> kept, Func<Task> gone)
    {
        App.Clock.SetUtcNow(end - Second);
        await RunAsync();
        await kept();
        App.Clock.SetUtcNow(end + Second);
        await RunAsync();
        await gone();
    }

    private async Task<bool> ApplicationExistsAsync(Guid id)
    {
        await using var db = App.NewDb();
        return await db.Applications.AnyAsync(a => a.Id == id, Cancel);
    }

    /// <summary>The mission's number of applications and its funnel counts, as one comparable text.</summary>
    private async Task<(int Sent, string Counts)> FunnelAsync(long missionId)
    {
        await using var db = App.NewDb();
        var sent = await db.Missions.Where(m => m.Id == missionId).Select(m => m.SentApplications).SingleAsync(Cancel);
        var counts = (await db.FunnelCounts.Where(c => c.MissionId == missionId).ToListAsync(Cancel))
            .Select(c => $"{c.Stage}/{c.Gender}={c.Count}").Order(StringComparer.Ordinal);
        return (sent, string.Join(", ", counts));
    }

    /// <summary>Declines applications now, as a recruiter's move would, with its entry in their history.</summary>
    private async Task DeclineAsync(params Guid[] ids)
    {
        await using var db = App.NewDb();
        foreach (var application in await db.Applications.Where(a => ids.Contains(a.Id)).ToListAsync(Cancel))
        {
            db.ApplicationEvents.Add(application.MoveTo(DefaultPipeline.ByKey[PipelineStage.Rejected], DefaultPipeline.ByKey, "Profil éloigné.", actorId: null, Now));
        }
        await db.SaveChangesAsync(Cancel);
    }

    private async Task ChangeMissionAsync(long id, Action<Mission> change)
    {
        await using var db = App.NewDb();
        change(await db.Missions.SingleAsync(m => m.Id == id, Cancel));
        await db.SaveChangesAsync(Cancel);
    }

    [Fact]
    public async Task A_declined_application_goes_three_months_after_the_decline_leaving_its_evidence_and_the_funnel_as_it_was()
    {
        var mission = await App.CreateMissionAsync("Appui à la réforme budgétaire");
        var seeded = await App.SeedApplicationsAsync(mission, 3);
        var (declined, received) = (seeded[0], seeded[2]);
        App.Clock.Advance(TimeSpan.FromDays(10));
        var declinedAt = Now;
        await DeclineAsync(seeded[0], seeded[1]);
        var funnel = await FunnelAsync(mission.Id);
        Assert.Equal(3, funnel.Sent);

        await AroundAsync(declinedAt.AddMonths(3), async () => Assert.True(await ApplicationExistsAsync(declined)), async () => Assert.False(await ApplicationExistsAsync(declined)));

        Assert.True(await ApplicationExistsAsync(received));
        Assert.Equal(funnel, await FunnelAsync(mission.Id));
        await using var db = App.NewDb();
        var evidence = await db.RecruitmentEvidence.SingleAsync(e => e.ApplicationId == declined, Cancel);
        Assert.Equal((mission.Id, PipelineStage.Rejected, declinedAt), (evidence.MissionId, evidence.FinalStage, evidence.EndedAt));
        Assert.Equal([PipelineStage.Received, PipelineStage.Rejected], evidence.Moves.Select(m => m.ToStage));
        Assert.Equal(PipelineStage.Received, evidence.FurthestStage);
        Assert.False(await db.ApplicationEvents.AnyAsync(e => e.ApplicationId == declined, Cancel));
    }

    [Fact]
    public async Task Applications_of_a_filled_mission_go_three_months_after_the_hire_but_the_hire_stays()
    {
        var mission = await App.CreateMissionAsync("Appui à l'administration fiscale");
        var shortlisted = (await App.SeedApplicationsAsync(mission, 1, "shortlisted"))[0];
        var hired = (await App.SeedApplicationsAsync(mission, 1, PipelineStage.Hired))[0];
        App.Clock.Advance(TimeSpan.FromDays(20));
        var filledAt = Now;
        await ChangeMissionAsync(mission.Id, m => m.MarkFilled(filledAt));

        await AroundAsync(filledAt.AddMonths(3), async () => Assert.True(await ApplicationExistsAsync(shortlisted)), async () => Assert.False(await ApplicationExistsAsync(shortlisted)));

        Assert.True(await ApplicationExistsAsync(hired));
        await using var db = App.NewDb();
        var evidence = await db.RecruitmentEvidence.SingleAsync(e => e.ApplicationId == shortlisted, Cancel);
        Assert.Equal(("shortlisted", filledAt), (evidence.FinalStage, evidence.EndedAt));
    }

    [Fact]
    public async Task On_a_closed_mission_a_draft_goes_three_months_after_the_closing_while_an_application_under_review_stays()
    {
        var mission = await App.CreateMissionAsync("Appui au cadastre");
        var underReview = (await App.SeedApplicationsAsync(mission, 1, "interview"))[0];
        var draft = await AddDraftAsync(mission.Id);
        var closedAt = Now;
        await ChangeMissionAsync(mission.Id, m => m.Close(closedAt));

        await AroundAsync(closedAt.AddMonths(3), async () => Assert.True(await ApplicationExistsAsync(draft)), async () => Assert.False(await ApplicationExistsAsync(draft)));

        Assert.True(await ApplicationExistsAsync(underReview));
    }

    [Fact]
    public async Task A_candidate_who_agreed_to_stay_in_the_talent_pool_keeps_a_declined_application()
    {
        var mission = await App.CreateMissionAsync("Appui aux douanes");
        var declined = (await App.SeedApplicationsAsync(mission, 1, PipelineStage.Rejected))[0];
        await using (var db = App.NewDb())
        {
            var personId = await db.Applications.Where(a => a.Id == declined).Select(a => a.PersonId).SingleAsync(Cancel);
            db.CandidateProfiles.Add(new CandidateProfile { PersonId = personId, TalentPoolConsentAt = Now, UpdatedAt = Now });
            await db.SaveChangesAsync(Cancel);
        }

        App.Clock.SetUtcNow(Now.AddMonths(3) + Second);
        await RunAsync();

        Assert.True(await ApplicationExistsAsync(declined));
    }

    [Fact]
    public async Task An_account_never_signed_in_to_goes_six_months_after_its_creation_and_one_in_use_stays()
    {
        var unused = await App.CreatePersonAsync(Roles.Expert);
        var used = await App.CreatePersonAsync(Roles.Expert);
        var demo = await App.CreatePersonAsync(Roles.Expert, isDemo: true);
        var createdAt = Now;
        using (await App.SignInAsync(used))
        {
        }

        await AroundAsync(createdAt.AddMonths(6), async () => Assert.True(await PersonExistsAsync(unused.Id)), async () => Assert.False(await PersonExistsAsync(unused.Id)));

        Assert.True(await PersonExistsAsync(used.Id));
        Assert.True(await PersonExistsAsync(demo.Id));
    }

    /// <summary>A draft of a new candidate (no password) to the mission.</summary>
    private async Task<Guid> AddDraftAsync(long missionId)
    {
        var person = await App.CreatePersonAsync(Roles.Expert);
        await using var db = App.NewDb();
        var draft = new JobApplication { MissionId = missionId, PersonId = person.Id, CreatedAt = Now, UpdatedAt = Now, CoverLetter = "Brouillon." };
        db.Applications.Add(draft);
        await db.SaveChangesAsync(Cancel);
        return draft.Id;
    }

    private async Task<bool> PersonExistsAsync(Guid id)
    {
        await using var db = App.NewDb();
        return await db.Users.AnyAsync(p => p.Id == id, Cancel);
    }

    [Fact]
    public async Task A_replaced_cv_goes_a_day_after_its_upload_and_the_one_in_use_stays()
    {
        var (person, client) = await App.CreateCandidateAsync();
        Guid first;
        await using (var db = App.NewDb())
        {
            first = (await db.CandidateProfiles.SingleAsync(p => p.PersonId == person.Id, Cancel)).CvFileId!.Value;
        }
        var uploadedAt = Now;
        await client.UploadCvAsync();
        Guid current;
        await using (var db = App.NewDb())
        {
            current = (await db.CandidateProfiles.SingleAsync(p => p.PersonId == person.Id, Cancel)).CvFileId!.Value;
        }
        Assert.NotEqual(first, current);

        await AroundAsync(uploadedAt.AddDays(1), async () => Assert.True(await FileExistsAsync(first)), async () => Assert.False(await FileExistsAsync(first)));

        Assert.True(await FileExistsAsync(current));
        client.Dispose();
    }

    private async Task<bool> FileExistsAsync(Guid id)
    {
        await using var db = App.NewDb();
        return await db.StoredFiles.AnyAsync(f => f.Id == id, Cancel) || await db.StoredFileContents.AnyAsync(c => c.FileId == id, Cancel);
    }

    [Fact]
    public async Task After_an_event_its_visa_letter_data_then_its_meeting_requests_then_its_check_ins_go_each_at_its_own_end()
    {
        var today = ParisTime.Today(Now);
        var e = await App.CreateEventAsync("Journées de l'expertise", start: today.AddDays(-1));
        var (one, other) = (await App.RegisterPeopleAsync(e, 2)) switch { var ids => (ids[0], ids[1]) };
        await using (var db = App.NewDb())
        {
            var registration = await db.Registrations.SingleAsync(r => r.EventId == e.Id && r.PersonId == one, Cancel);
            (registration.VisaLetterRequested, registration.Nationality, registration.PassportNumber, registration.BirthDate) = (true, "SN", "A1234567", new DateOnly(1980, 5, 4));
            db.CheckIns.Add(new CheckIn { EventId = e.Id, PersonId = one, Place = Guid.Empty, At = Now });
            db.Meetings.Add(new Meeting { EventId = e.Id, FromId = one, ToId = other, Message = "Parlons douanes.", RequestedAt = Now });
            await db.SaveChangesAsync(Cancel);
        }
        // A period counts from the end of the event's last day, Paris time.
        DateTime EndOf(DateOnly day) => ParisTime.At(day.AddDays(1), 0);

        await AroundAsync(EndOf(e.EndDate.AddMonths(1)), async () => Assert.Equal("A1234567", await PassportAsync()), async () => Assert.Null(await PassportAsync()));
        await using (var db = App.NewDb())
        {
            var registration = await db.Registrations.SingleAsync(r => r.EventId == e.Id && r.PersonId == one, Cancel);
            Assert.Equal((null, null, true, RegistrationStatus.Confirmed), (registration.Nationality, registration.BirthDate, registration.VisaLetterRequested, registration.Status));
        }
        await AroundAsync(EndOf(e.EndDate.AddMonths(3)), async () => Assert.Equal(1, await MeetingsAsync()), async () => Assert.Equal(0, await MeetingsAsync()));
        await AroundAsync(EndOf(e.EndDate.AddYears(1)), async () => Assert.Equal(1, await CheckInsAsync()), async () => Assert.Equal(0, await CheckInsAsync()));

        async Task<string?> PassportAsync()
        {
            await using var db = App.NewDb();
            return await db.Registrations.Where(r => r.EventId == e.Id && r.PersonId == one).Select(r => r.PassportNumber).SingleAsync(Cancel);
        }

        async Task<int> MeetingsAsync()
        {
            await using var db = App.NewDb();
            return await db.Meetings.CountAsync(m => m.EventId == e.Id, Cancel);
        }

        async Task<int> CheckInsAsync()
        {
            await using var db = App.NewDb();
            return await db.CheckIns.CountAsync(c => c.EventId == e.Id, Cancel);
        }
    }

    [Fact]
    public async Task Idempotency_records_then_mails_then_the_audit_log_then_the_evidence_go_each_at_its_own_end()
    {
        var at = Now;
        var marker = Guid.NewGuid().ToString("N");
        var stage = marker[..20];
        await using (var db = App.NewDb())
        {
            db.IdempotentRequests.Add(new Vivier.Core.Api.IdempotentRequest { Caller = marker, Key = marker, RequestHash = marker, CreatedAt = at });
            db.OutboxMails.Add(new OutboxMail { To = $"{marker}@vivier.test", Subject = marker, TextBody = "", HtmlBody = "", CreatedAt = at, NextAttemptAt = at });
            db.AuditEntries.Add(new AuditEntry { At = at, Action = AuditActions.SignedIn, Subject = marker });
            db.RecruitmentEvidence.Add(new RecruitmentEvidence { ApplicationId = Guid.NewGuid(), MissionId = 1, PersonId = Guid.NewGuid(), EndedAt = at, ArchivedAt = at, FinalStage = stage });
            await db.SaveChangesAsync(Cancel);
        }

        await AroundAsync(at.AddHours(24), async () => Assert.True(await StoredAsync(db => db.IdempotentRequests.AnyAsync(r => r.Key == marker, Cancel))),
            async () => Assert.False(await StoredAsync(db => db.IdempotentRequests.AnyAsync(r => r.Key == marker, Cancel))));
        await AroundAsync(at.AddMonths(3), async () => Assert.True(await StoredAsync(db => db.OutboxMails.AnyAsync(m => m.Subject == marker, Cancel))),
            async () => Assert.False(await StoredAsync(db => db.OutboxMails.AnyAsync(m => m.Subject == marker, Cancel))));
        await AroundAsync(at.AddYears(1), async () => Assert.True(await StoredAsync(db => db.AuditEntries.AnyAsync(e => e.Subject == marker, Cancel))),
            async () => Assert.False(await StoredAsync(db => db.AuditEntries.AnyAsync(e => e.Subject == marker, Cancel))));
        await AroundAsync(at.AddYears(5), async () => Assert.True(await StoredAsync(db => db.RecruitmentEvidence.AnyAsync(e => e.FinalStage == stage, Cancel))),
            async () => Assert.False(await StoredAsync(db => db.RecruitmentEvidence.AnyAsync(e => e.FinalStage == stage, Cancel))));
    }

    [Fact]
    public async Task An_erased_person_s_deployment_kept_for_the_figures_goes_ten_years_after_its_end_and_a_living_person_s_stays()
    {
        var today = ParisTime.Today(Now);
        var ended = today.AddMonths(-1);
        var erased = await App.AddDeploymentAsync("Ministère des Mines du Niger", today.AddYears(-2), ended, country: "NE");
        var living = await App.AddDeploymentAsync("Ministère de l'Eau du Niger", today.AddYears(-2), ended, country: "NE");
        await using (var db = App.NewDb())
        {
            Assert.True(await new Erasure(db, Now).EraseAsync(erased.PersonId, Cancel));
        }
        Task<bool> ExistsAsync(Guid id) => StoredAsync(db => db.Deployments.AnyAsync(d => d.Id == id, Cancel));

        // Counted from the end of its last day, Paris time.
        await AroundAsync(ParisTime.At(ended.AddYears(10).AddDays(1), 0), async () => Assert.True(await ExistsAsync(erased.Id)),
            async () => Assert.False(await ExistsAsync(erased.Id)));

        Assert.True(await ExistsAsync(living.Id));
    }

    private async Task<bool> StoredAsync(Func<Vivier.Core.VivierDb, Task<bool>> query)
    {
        await using var db = App.NewDb();
        return await query(db);
    }

    [Fact]
    public async Task Each_run_counts_first_in_a_dry_run_that_deletes_nothing_and_then_deletes_exactly_what_it_counted()
    {
        var mission = await App.CreateMissionAsync("Appui à la statistique publique");
        var declined = await App.SeedApplicationsAsync(mission, 3, PipelineStage.Rejected);
        App.Clock.SetUtcNow(Now.AddMonths(3) + Second);
        var runs = App.Services.GetRequiredService<IServiceScopeFactory>();

        await using (var scope = runs.CreateAsyncScope())
        {
            var preview = await scope.ServiceProvider.GetRequiredService<RetentionRuns>().RunAsync(dryRun: true, requestedBy: null, Cancel);
            Assert.True(preview.Counts.Single(c => c.RuleKey == RetentionRules.UnsuccessfulApplications).Count >= 3);
        }
        foreach (var id in declined)
        {
            Assert.True(await ApplicationExistsAsync(id));
        }

        await RunAsync();

        await using var db = App.NewDb();
        var (dryRun, purge) = (await db.RetentionRuns.OrderByDescending(r => r.Id).Take(2).ToListAsync(Cancel)) switch { var last => (last[1], last[0]) };
        Assert.True(dryRun.DryRun);
        Assert.False(purge.DryRun);
        Assert.Equal(RetentionRules.All.Select(r => r.Key), purge.Counts.Select(c => c.RuleKey));
        Assert.Equal(dryRun.Counts.Select(c => (c.RuleKey, c.Count)), purge.Counts.Select(c => (c.RuleKey, c.Count)));
        Assert.True(purge.Counts.Single(c => c.RuleKey == RetentionRules.UnsuccessfulApplications).Count >= 3);
        Assert.False(await db.Applications.AnyAsync(a => declined.Contains(a.Id), Cancel));
        // Counts only: the run's row names no one.
        Assert.Equal(3, await db.RecruitmentEvidence.CountAsync(e => declined.Contains(e.ApplicationId), Cancel));
    }
}
