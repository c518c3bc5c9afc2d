using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Vivier.Core.Api;
using Vivier.Core.Audit;
using Vivier.Core.Database;
using Vivier.Core.Files;
using Vivier.Core.Jobs;
using Vivier.Core.Mail;

namespace Vivier.Core;

/// <summary>The one DbContext. Handlers use it directly; rules live on the entities.</summary>
public sealed class VivierDb(DbContextOptions<VivierDb> options)
    : IdentityDbContext<Person, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Language> Languages => Set<Language>();
    public DbSet<SectorCategory> SectorCategories => Set<SectorCategory>();
    public DbSet<Sector> Sectors => Set<Sector>();
    public DbSet<Theme> Themes => Set<Theme>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<StoredFileContent> StoredFileContents => Set<StoredFileContent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();
    public DbSet<Privacy.RetentionSetting> RetentionSettings => Set<Privacy.RetentionSetting>();
    public DbSet<Privacy.RetentionRun> RetentionRuns => Set<Privacy.RetentionRun>();
    public DbSet<Privacy.RecruitmentEvidence> RecruitmentEvidence => Set<Privacy.RecruitmentEvidence>();
    public DbSet<Privacy.ErasureNotice> ErasureNotices => Set<Privacy.ErasureNotice>();
    public DbSet<Privacy.DataRequest> DataRequests => Set<Privacy.DataRequest>();
    public DbSet<Privacy.LegalHold> LegalHolds => Set<Privacy.LegalHold>();
    public DbSet<Privacy.ConsentRecord> ConsentRecords => Set<Privacy.ConsentRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Mission> Missions => Set<Mission>();
    public DbSet<MissionChange> MissionChanges => Set<MissionChange>();
    public DbSet<Matching.EligibilityRule> EligibilityRules => Set<Matching.EligibilityRule>();
    public DbSet<Matching.SkillSynonym> SkillSynonyms => Set<Matching.SkillSynonym>();
    public DbSet<Matching.MatchInvitation> MatchInvitations => Set<Matching.MatchInvitation>();
    public DbSet<Matching.MatchDismissal> MatchDismissals => Set<Matching.MatchDismissal>();
    public DbSet<Matching.MatchingSettings> MatchingSettings => Set<Matching.MatchingSettings>();
    public DbSet<Alerts.SavedSearch> SavedSearches => Set<Alerts.SavedSearch>();
    public DbSet<Search.BoardVersion> BoardVersions => Set<Search.BoardVersion>();
    public DbSet<Candidates.CandidateProfile> CandidateProfiles => Set<Candidates.CandidateProfile>();
    public DbSet<Recruitment.PipelineStage> PipelineStages => Set<Recruitment.PipelineStage>();
    public DbSet<Recruitment.JobApplication> Applications => Set<Recruitment.JobApplication>();
    public DbSet<Recruitment.ApplicationEvent> ApplicationEvents => Set<Recruitment.ApplicationEvent>();
    public DbSet<Recruitment.FunnelCount> FunnelCounts => Set<Recruitment.FunnelCount>();
    public DbSet<Recruitment.StageMailTemplate> StageMailTemplates => Set<Recruitment.StageMailTemplate>();
    public DbSet<Recruitment.ApplicationReview> ApplicationReviews => Set<Recruitment.ApplicationReview>();
    public DbSet<Recruitment.ApplicationNote> ApplicationNotes => Set<Recruitment.ApplicationNote>();
    public DbSet<Deployments.Deployment> Deployments => Set<Deployments.Deployment>();
    public DbSet<Deployments.Post> Posts => Set<Deployments.Post>();
    public DbSet<Deployments.DeploymentEvent> DeploymentEvents => Set<Deployments.DeploymentEvent>();
    public DbSet<Deployments.ChecklistTemplateItem> ChecklistTemplate => Set<Deployments.ChecklistTemplateItem>();
    public DbSet<Deployments.ChecklistItem> ChecklistItems => Set<Deployments.ChecklistItem>();
    public DbSet<Deployments.DirectoryListing> DirectoryListings => Set<Deployments.DirectoryListing>();
    public DbSet<Events.Event> Events => Set<Events.Event>();
    public DbSet<Events.Session> Sessions => Set<Events.Session>();
    public DbSet<Events.SessionSpeaker> SessionSpeakers => Set<Events.SessionSpeaker>();
    public DbSet<Events.Registration> Registrations => Set<Events.Registration>();
    public DbSet<Events.Invitation> Invitations => Set<Events.Invitation>();
    public DbSet<Events.Enrolment> Enrolments => Set<Events.Enrolment>();
    public DbSet<Events.AgendaFeed> AgendaFeeds => Set<Events.AgendaFeed>();
    public DbSet<Identity.AccountSession> AccountSessions => Set<Identity.AccountSession>();
    public DbSet<Identity.RefreshGrant> RefreshGrants => Set<Identity.RefreshGrant>();
    public DbSet<Identity.SpentPasskeyCeremony> SpentPasskeyCeremonies => Set<Identity.SpentPasskeyCeremony>();
    public DbSet<Events.CheckIn> CheckIns => Set<Events.CheckIn>();
    public DbSet<Events.Networking.Meeting> Meetings => Set<Events.Networking.Meeting>();
    public DbSet<Events.Networking.NetworkingWindow> NetworkingWindows => Set<Events.Networking.NetworkingWindow>();
    public DbSet<Events.FeedbackAnswer> FeedbackAnswers => Set<Events.FeedbackAnswer>();
    public DbSet<Events.FeedbackReceipt> FeedbackReceipts => Set<Events.FeedbackReceipt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VivierDb).Assembly);
        FrenchCollation.Apply(modelBuilder, Database);
        WindowCount.Register(modelBuilder);
        if (Database.IsNpgsql())
        {
            Search.MissionSearch.MapPostgresVectors(modelBuilder);
        }
    }

    /// <summary>Saves, and moves the funnel counts with the applications in the same transaction (<see cref="Recruitment.FunnelCounting"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }
        var deltas = Recruitment.FunnelCounting.Deltas(ChangeTracker);
        if (deltas.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Counts first: if saving the applications fails, the rollback takes them back and the tracked changes are kept.
            await Recruitment.FunnelCounting.ApplyAsync(this, deltas, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Vivier saves asynchronously; a synchronous save could skip the funnel counts, so it is refused.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        Recruitment.FunnelCounting.Deltas(ChangeTracker).Count == 0 ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new InvalidOperationException("Applications are saved with SaveChangesAsync, which keeps the funnel counts.");

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Dates are stored in UTC; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.DefaultTypeMapping<DateTime>().HasConversion<UtcDateTimeConverter>();
    }
}
