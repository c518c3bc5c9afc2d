using System.IO.Compression;
using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Identity;
using Vivier.Core.Files;

namespace Vivier.Web.Features.Privacy;

/// <summary>A column of a table that names a person by their id.</summary>
public sealed record PersonReference(Type Entity, string Property);

/// <summary>
/// Everything Vivier holds about a person, as one JSON document (GDPR article 15), and with their
/// files as a zip. Each section is a table's rows that name the person, as stored (secrets that
/// would let someone act as them — token hashes, keys, passkey credentials — left out); then what
/// is about them without naming them: their applications' history, reviews and notes, their
/// deployments' steps and checklists, the mails sent to their address, and who read their data.
/// <see cref="Sections"/> and <see cref="LeftOut"/> together cover every reference to a person in
/// the model, which a test checks.
/// </summary>
public sealed class PersonalData(VivierDb db, TimeProvider clock)
{
    /// <summary>The rows a section exports: the table's rows whose column names the person.</summary>
    public static readonly IReadOnlyDictionary<PersonReference, string> Sections = new Dictionary<PersonReference, string>
    {
        [new(typeof(Vivier.Core.Candidates.CandidateProfile), "PersonId")] = "profile",
        [new(typeof(StoredFile), "OwnerId")] = "files",
        [new(typeof(JobApplication), "PersonId")] = "applications",
        [new(typeof(Vivier.Core.Privacy.RecruitmentEvidence), "PersonId")] = "recruitmentEvidence",
        [new(typeof(Deployment), "PersonId")] = "deployments",
        [new(typeof(DirectoryListing), "PersonId")] = "directoryListing",
        [new(typeof(Registration), "PersonId")] = "eventRegistrations",
        [new(typeof(Invitation), "PersonId")] = "eventInvitations",
        [new(typeof(Enrolment), "PersonId")] = "sessionEnrolments",
        [new(typeof(AgendaFeed), "PersonId")] = "agendaFeed",
        [new(typeof(CheckIn), "PersonId")] = "eventCheckIns",
        [new(typeof(Vivier.Core.Events.Networking.Meeting), "FromId")] = "meetingRequestsSent",
        [new(typeof(Vivier.Core.Events.Networking.Meeting), "ToId")] = "meetingRequestsReceived",
        [new(typeof(FeedbackReceipt), "PersonId")] = "surveysAnswered",
        [new(typeof(SessionSpeaker), "PersonId")] = "sessionsSpokenAt",
        [new(typeof(Vivier.Core.Alerts.SavedSearch), "PersonId")] = "savedSearches",
        [new(typeof(AccountSession), "PersonId")] = "sessions",
        [new(typeof(IdentityUserPasskey<Guid>), "UserId")] = "passkeys",
        [new(typeof(IdentityUserLogin<Guid>), "UserId")] = "externalSignIns",
        [new(typeof(AuditEntry), "ActorId")] = "actionsLogged",
        [new(typeof(Vivier.Core.Privacy.ErasureNotice), "PersonId")] = "erasureNotices",
        [new(typeof(ChecklistItem), "DoneBy")] = "checklistStepsDone",
        [new(typeof(Vivier.Core.Privacy.DataRequest), "PersonId")] = "dataRequests",
        [new(typeof(ConsentRecord), "PersonId")] = "consents",
        [new(typeof(Vivier.Core.Matching.MatchInvitation), "PersonId")] = "invitationsToApply",
        [new(typeof(Vivier.Core.Matching.MatchDismissal), "PersonId")] = "suggestionsSetAside",
    };

    /// <summary>References to a person that are not exported, each with why.</summary>
    public static readonly IReadOnlyDictionary<PersonReference, string> LeftOut = new Dictionary<PersonReference, string>
    {
        [new(typeof(Person), "Id")] = "the account itself: the section \"account\"",
        [new(typeof(AuditEntry), "PersonId")] = "what others did with or saw of the person's data: the section \"actionsAboutYou\"",
        [new(typeof(IdentityUserRole<Guid>), "UserId")] = "the roles: in the section \"account\"",
        [new(typeof(IdentityUserClaim<Guid>), "UserId")] = "none are stored",
        [new(typeof(IdentityUserToken<Guid>), "UserId")] = "the authenticator key and recovery codes: secrets, shown once when set up",
        [new(typeof(ApplicationReview), "ReviewerId")] = "reviews the person wrote as staff, about other people",
        [new(typeof(ApplicationNote), "AuthorId")] = "notes the person wrote as staff, about other people",
        [new(typeof(ApplicationEvent), "ActorId")] = "moves the person made as staff; their own applications' history is exported with them",
        [new(typeof(DeploymentEvent), "ActorId")] = "steps the person recorded as staff; their own deployments' steps are exported with them",
        [new(typeof(MissionChange), "ActorId")] = "changes to missions the person made as staff",
        [new(typeof(Registration), "DecidedBy")] = "registrations the person decided on as staff",
        [new(typeof(Invitation), "InvitedBy")] = "invitations the person sent as staff",
        [new(typeof(CheckIn), "CheckedInBy")] = "arrivals the person checked as staff",
        [new(typeof(Vivier.Core.Privacy.RetentionSetting), "ChangedBy")] = "retention periods the person set as admin",
        [new(typeof(Vivier.Core.Privacy.RetentionRun), "RequestedBy")] = "dry runs the person started as admin",
        [new(typeof(Vivier.Core.Privacy.DataRequest), "DoneBy")] = "requests the person answered as the data protection officer, about other people",
        [new(typeof(Vivier.Core.Matching.MatchInvitation), "ByPersonId")] = "invitations to apply the person sent as staff, to other people",
        [new(typeof(Vivier.Core.Matching.MatchDismissal), "ByPersonId")] = "suggestions the person set aside as staff, about other people",
        [new(typeof(Vivier.Core.Matching.MatchingSettings), "ChangedBy")] = "the programme's matching weights the person set as admin",
        [new(typeof(Vivier.Core.Privacy.LegalHold), "PersonId")] = "a hold for legal claims: told by the data protection officer, who may restrict it while the procedure runs (GDPR article 23)",
    };

    private static readonly JsonSerializerOptions Readable = new(JsonSerializerOptions.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutSecrets } },
    };

    /// <summary>Token hashes, device keys, versions and raw bytes (keys, file contents) are not the person's data to read, and some would let someone act as them.</summary>
    private static void LeaveOutSecrets(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => p.PropertyType == typeof(byte[]) || p.Name.EndsWith("Token", StringComparison.OrdinalIgnoreCase)
            || p.Name.EndsWith("Hash", StringComparison.OrdinalIgnoreCase) || p.Name is "deviceKey" or "version" or "securityStamp" or "concurrencyStamp").ToList())
        {
            type.Properties.Remove(property);
        }
    }

    public async Task<byte[]> DocumentAsync(Guid personId, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeToUtf8Bytes(await ReadAsync(personId, cancellationToken), Readable);

    /// <summary>The document and every file the person uploaded, in one zip.</summary>
    public async Task<byte[]> ArchiveAsync(Guid personId, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var document = zip.CreateEntry("vivier-donnees.json", CompressionLevel.Optimal);
            await using (var stream = await document.OpenAsync(cancellationToken))
            {
                await stream.WriteAsync(await DocumentAsync(personId, cancellationToken), cancellationToken);
            }
            var files = await db.StoredFiles.AsNoTracking().Where(f => f.OwnerId == personId).Join(db.StoredFileContents, f => f.Id, c => c.FileId, (f, c) => new { f.Id, f.FileName, c.Content })
                .ToListAsync(cancellationToken);
            foreach (var file in files)
            {
                var entry = zip.CreateEntry($"fichiers/{file.Id:N}-{SafeName(file.FileName)}", CompressionLevel.NoCompression);
                await using var stream = await entry.OpenAsync(cancellationToken);
                await stream.WriteAsync(file.Content, cancellationToken);
            }
        }
        return buffer.ToArray();
    }

    private static string SafeName(string name) => new([.. Path.GetFileName(name).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);

    /// <summary>The document: the account, then each section (empty ones included, so the reader sees what was looked for).</summary>
    public async Task<Dictionary<string, object?>> ReadAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().Include(p => p.Organisation).SingleAsync(p => p.Id == personId, cancellationToken);
        var roles = await db.UserRoles.Where(r => r.UserId == personId).Join(db.Roles, r => r.RoleId, role => role.Id, (r, role) => role.Name).ToListAsync(cancellationToken);
        var document = new Dictionary<string, object?>
        {
            ["exportedAt"] = clock.GetUtcNow().UtcDateTime,
            ["account"] = new
            {
                person.Id, person.GivenName, person.FamilyName, person.Email, person.EmailConfirmed, person.PhoneNumber, Language = person.PreferredLanguage.ToString(),
                Organisation = person.Organisation?.Name, Roles = roles, person.CreatedAt, person.LastSignInAt, person.TwoFactorEnabled,
                PrivacyNotice = new { Version = person.PrivacyConsentVersion, At = person.PrivacyConsentAt },
            },
        };
        foreach (var (reference, section) in Sections)
        {
            document[section] = await RowsAsync(reference, personId, cancellationToken);
        }
        var applications = db.Applications.Where(a => a.PersonId == personId).Select(a => a.Id);
        document["applicationHistory"] = await db.ApplicationEvents.AsNoTracking().Where(e => applications.Contains(e.ApplicationId)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        document["applicationReviews"] = await db.ApplicationReviews.AsNoTracking().Where(r => applications.Contains(r.ApplicationId)).ToListAsync(cancellationToken);
        document["applicationNotes"] = await db.ApplicationNotes.AsNoTracking().Where(n => applications.Contains(n.ApplicationId)).ToListAsync(cancellationToken);
        var deployments = db.Deployments.Where(d => d.PersonId == personId).Select(d => d.Id);
        document["deploymentHistory"] = await db.DeploymentEvents.AsNoTracking().Where(e => deployments.Contains(e.DeploymentId)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        document["deploymentChecklists"] = await db.ChecklistItems.AsNoTracking().Where(i => deployments.Contains(i.DeploymentId)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        document["mailsSent"] = person.Email is null ? [] : await db.OutboxMails.AsNoTracking().Where(m => m.To == person.Email).OrderBy(m => m.CreatedAt)
            .Select(m => new { m.Subject, m.TextBody, m.CreatedAt, m.SentAt }).ToListAsync(cancellationToken);
        // What others did with or saw of the person's data (their own actions are in "actionsLogged").
        document["actionsAboutYou"] = await db.AuditEntries.AsNoTracking().Where(e => e.PersonId == personId && e.ActorId != personId)
            .OrderBy(e => e.Id).Select(e => new { e.At, e.Action, e.ActorEmail, e.Subject, e.Detail }).ToListAsync(cancellationToken);
        return document;
    }

    /// <summary>The rows of a table whose column holds the person's id, read without tracking.</summary>
    private async Task<List<object>> RowsAsync(PersonReference reference, Guid personId, CancellationToken cancellationToken)
    {
        var set = (IQueryable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(reference.Entity).Invoke(db, null)!;
        var row = Expression.Parameter(reference.Entity, "row");
        var column = Expression.Property(row, reference.Property);
        var matches = Expression.Lambda(Expression.Equal(column, Expression.Constant(personId, column.Type)), row);
        var query = set.Provider.CreateQuery(Expression.Call(typeof(Queryable), nameof(Queryable.Where), [reference.Entity], set.Expression, matches));
        var untracked = typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.AsNoTracking))!.MakeGenericMethod(reference.Entity);
        var rows = new List<object>();
        await foreach (var item in ((IAsyncEnumerable<object>)untracked.Invoke(null, [query])!).WithCancellation(cancellationToken))
        {
            rows.Add(item);
        }
        return rows;
    }
}
