using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core;
using Vivier.Core.Audit;
using Vivier.Core.Candidates;
using Vivier.Core.Deployments;
using Vivier.Core.Events;
using Vivier.Core.Events.Networking;
using Vivier.Core.Identity;
using Vivier.Core.Mail;
using Vivier.Core.Privacy;
using Vivier.Core.Recruitment;
using Vivier.Testing;

namespace Vivier.Tests.Privacy;

/// <summary>Erasing a person leaves nothing that names or reaches them, and keeps what the figures count under their id alone.</summary>
public sealed class ErasureTests(RetentionApp app) : VivierTest(app), IClassFixture<RetentionApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    /// <summary>Every text column of every table (JSON documents included), with how many of its values hold <paramref name="text"/>.</summary>
    private async Task<List<string>> WhereFoundAsync(string text)
    {
        await using var db = App.NewDb();
        var found = new List<string>();
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
            foreach (var column in table.Columns.Where(c => c.StoreType.Contains("text", StringComparison.OrdinalIgnoreCase)
                || c.StoreType.Contains("char", StringComparison.OrdinalIgnoreCase) || c.StoreType.Contains("json", StringComparison.OrdinalIgnoreCase)))
            {
                var sql = $"SELECT COUNT(*) AS \"Value\" FROM {name} WHERE CAST(\"{column.Name}\" AS TEXT) LIKE {{0}}";
                if (await db.Database.SqlQueryRaw<int>(sql, $"%{text}%").SingleAsync(Cancel) > 0)
                {
                    found.Add($"{table.Name}.{column.Name}");
                }
            }
        }
        return found;
    }

    /// <summary>A candidate who left a trace in every part of Vivier: profile, CV, applications (one hired), a deployment, an event, mails, the log.</summary>
    private async Task<(TestPerson Person, string Marker, Deployment Deployment, Guid Hire)> TracedCandidateAsync()
    {
        var (person, client) = await App.CreateCandidateAsync();
        var marker = $"Zq{Guid.NewGuid():N}"[..18];
        var applied = await App.CreateMissionAsync("Appui à la gestion de la dette");
        using (var sent = await client.PostAsJsonAsync($"/api/v1/missions/{applied.Reference}/applications", new { coverLetter = $"Lettre {marker}", submit = true }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }
        client.Dispose();
        var hiredOn = await App.CreateMissionAsync("Appui à la douane");
        var e = await App.CreateEventAsync("Journées de l'expertise");
        var other = (await App.RegisterPeopleAsync(e, 1))[0];
        await using var db = App.NewDb();
        var account = await db.Users.SingleAsync(p => p.Id == person.Id, Cancel);
        account.FamilyName = marker;
        account.PhoneNumber = "+33 6 00 00 00 00";
        var profile = await db.CandidateProfiles.SingleAsync(p => p.PersonId == person.Id, Cancel);
        (profile.Phone, profile.Pitch, profile.Gender, profile.ContactEmail) = ($"+221 {marker}", $"Présentation {marker}", SelfDeclaredGender.Woman, $"{marker}@ailleurs.test");
        profile.Changed(Now);
        var hire = new JobApplication
        {
            MissionId = hiredOn.Id, PersonId = person.Id, CreatedAt = Now, UpdatedAt = Now, SubmittedAt = Now, CoverLetter = $"Lettre {marker}", ProfileSnapshot = $"{{\"pitch\":\"{marker}\"}}",
            Answers = [new ScreeningAnswer { Question = "Pourquoi ?", Answer = $"Parce que {marker}" }],
        };
        hire.Enter(DefaultPipeline.ByKey[PipelineStage.Hired], DefaultPipeline.ByKey);
        db.Applications.Add(hire);
        db.ApplicationNotes.Add(new ApplicationNote { ApplicationId = hire.Id, AuthorId = other, At = Now, Text = $"Note {marker}" });
        var mission = await db.Missions.Include(m => m.Sponsors).Include(m => m.Themes).SingleAsync(m => m.Id == hiredOn.Id, Cancel);
        var deployment = Deployment.FromHire(mission, person.Id, hire.Id, isFirst: true, Now);
        deployment.Depart();
        db.Deployments.Add(deployment);
        db.Registrations.Add(new Registration
        {
            EventId = e.Id, PersonId = person.Id, ParticipantType = ParticipantType.Expert, Status = RegistrationStatus.Confirmed, RegisteredAt = Now,
            VisaLetterRequested = true, PassportNumber = marker[..12], DietaryNeeds = $"Sans {marker}",
        });
        db.Meetings.Add(new Meeting { EventId = e.Id, FromId = other, ToId = person.Id, Message = $"Rencontrons-nous {marker}", RequestedAt = Now });
        db.CheckIns.Add(new CheckIn { EventId = e.Id, PersonId = person.Id, Place = Guid.Empty, At = Now });
        db.OutboxMails.Add(new OutboxMail { To = person.Email, Subject = $"Bonjour {marker}", TextBody = marker, HtmlBody = marker, CreatedAt = Now, NextAttemptAt = Now });
        db.AuditEntries.Add(new AuditEntry { At = Now, ActorId = person.Id, ActorEmail = person.Email, Action = AuditActions.SignedIn, IpAddress = "192.0.2.7" });
        await db.SaveChangesAsync(Cancel);
        return (person, marker, deployment, hire.Id);
    }

    [Fact]
    public async Task After_erasure_no_table_holds_the_person_s_name_address_or_anything_they_wrote()
    {
        var (person, marker, _, _) = await TracedCandidateAsync();
        Assert.NotEmpty(await WhereFoundAsync(marker));
        Assert.NotEmpty(await WhereFoundAsync(person.Email));

        await using (var db = App.NewDb())
        {
            Assert.True(await new Erasure(db, Now).EraseAsync(person.Id, Cancel));
        }

        Assert.Empty(await WhereFoundAsync(marker));
        Assert.Empty(await WhereFoundAsync(person.Email));
        await using var check = App.NewDb();
        Assert.False(await check.StoredFiles.AnyAsync(f => f.OwnerId == person.Id, Cancel));
        Assert.False(await check.CandidateProfiles.AnyAsync(p => p.PersonId == person.Id, Cancel));
        Assert.Null(await check.AuditEntries.Where(e => e.ActorId == person.Id).Select(e => e.IpAddress).FirstOrDefaultAsync(Cancel));
    }

    [Fact]
    public async Task An_erased_person_keeps_their_deployment_and_hire_for_the_figures_and_can_no_longer_sign_in()
    {
        var (person, _, deployment, hire) = await TracedCandidateAsync();
        await using (var db = App.NewDb())
        {
            Assert.True(await new Erasure(db, Now).EraseAsync(person.Id, Cancel));
            Assert.False(await new Erasure(db, Now).EraseAsync(person.Id, Cancel));
        }

        await using var check = App.NewDb();
        var kept = await check.Deployments.SingleAsync(d => d.Id == deployment.Id, Cancel);
        Assert.Equal((person.Id, SelfDeclaredGender.Woman, DeploymentStatus.Deployed, deployment.CountryCode), (kept.PersonId, kept.ExpertGender, kept.Status, kept.CountryCode));
        var application = await check.Applications.SingleAsync(a => a.Id == hire, Cancel);
        Assert.Equal((PipelineStage.Hired, "", 0, (string?)null), (application.StageKey, application.CoverLetter, application.Answers.Count, application.ProfileSnapshot));
        Assert.False(await check.ApplicationNotes.AnyAsync(n => n.ApplicationId == hire, Cancel));
        Assert.Equal(1, await check.Applications.CountAsync(a => a.PersonId == person.Id, Cancel));
        Assert.Equal(1, await check.RecruitmentEvidence.CountAsync(e => e.PersonId == person.Id, Cancel));
        var row = await check.Users.SingleAsync(p => p.Id == person.Id, Cancel);
        Assert.Equal(("", "", (string?)null, (string?)null), (row.GivenName, row.FamilyName, row.Email, row.PasswordHash));
        Assert.NotNull(row.ErasedAt);
        Assert.False(await check.UserRoles.AnyAsync(r => r.UserId == person.Id, Cancel));
        using var signIn = await App.PostLoginAsync(person.Email, person.Password);
        Assert.Contains("/connexion", signIn.Headers.Location?.OriginalString ?? "/connexion", StringComparison.Ordinal);
        using var api = await App.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email = person.Email, password = person.Password }, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_person_nothing_counts_on_leaves_no_row_at_all()
    {
        var (person, client) = await App.CreateCandidateAsync();
        client.Dispose();

        await using (var db = App.NewDb())
        {
            Assert.True(await new Erasure(db, Now).EraseAsync(person.Id, Cancel));
        }

        await using var check = App.NewDb();
        Assert.False(await check.Users.AnyAsync(p => p.Id == person.Id, Cancel));
    }
}
