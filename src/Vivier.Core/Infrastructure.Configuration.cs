using Vivier.Core.Api;
using Vivier.Core.Audit;
using Vivier.Core.Files;
using Vivier.Core.Jobs;
using Vivier.Core.Mail;

namespace Vivier.Core;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> mail)
    {
        mail.Property(m => m.To).HasMaxLength(320);
        mail.Property(m => m.Subject).HasMaxLength(300);
        mail.Property(m => m.LastError).HasMaxLength(1000);
        mail.Ignore(m => m.MessageId);
        // The sender's query: unsent mails that are due.
        mail.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> lease)
    {
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(100);
        lease.Property(l => l.Holder).HasMaxLength(200);
    }
}

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> request)
    {
        request.Property(r => r.Caller).HasMaxLength(200);
        request.Property(r => r.Key).HasMaxLength(200);
        request.Property(r => r.RequestHash).HasMaxLength(64);
        request.Property(r => r.ContentType).HasMaxLength(200);
        request.Property(r => r.Location).HasMaxLength(2000);
        // The guard against two requests with one key racing: the second insert fails.
        request.HasIndex(r => new { r.Caller, r.Key }).IsUnique();
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> file)
    {
        file.Property(f => f.FileName).HasMaxLength(255);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.Sha256).HasMaxLength(64);
        file.HasIndex(f => f.OwnerId);
        file.HasOne<StoredFileContent>().WithOne().HasForeignKey<StoredFileContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredFileContentConfiguration : IEntityTypeConfiguration<StoredFileContent>
{
    public void Configure(EntityTypeBuilder<StoredFileContent> content) => content.HasKey(c => c.FileId);
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.ActorEmail).HasMaxLength(320);
        entry.Property(e => e.Action).HasMaxLength(50);
        entry.Property(e => e.Subject).HasMaxLength(500);
        entry.Property(e => e.Detail).HasMaxLength(2000);
        entry.Property(e => e.IpAddress).HasMaxLength(45);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.ActorId, e.At });
        entry.HasIndex(e => new { e.Action, e.At });
        entry.HasIndex(e => new { e.PersonId, e.At });
        // One place per entry: a second sealer racing the first fails instead of forking the chain.
        entry.HasIndex(e => e.Sequence).IsUnique();
        entry.Property(e => e.PreviousHash).HasMaxLength(64);
        entry.Property(e => e.Hash).HasMaxLength(64);
    }
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> checkpoint)
    {
        checkpoint.ToTable("audit_checkpoints");
        checkpoint.Property(c => c.Hash).HasMaxLength(64);
        checkpoint.HasIndex(c => c.Sequence).IsUnique();
    }
}
