using Vivier.Core.Events.Networking;

namespace Vivier.Core.Events;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> c)
    {
        // The key is the rule: one arrival per person and place, whatever the number of scans.
        c.HasKey(x => new { x.EventId, x.Place, x.PersonId });
        c.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        c.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        c.HasIndex(x => new { x.PersonId, x.EventId });
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> m)
    {
        m.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        m.HasOne<Person>().WithMany().HasForeignKey(x => x.FromId).OnDelete(DeleteBehavior.Cascade);
        m.HasOne<Person>().WithMany().HasForeignKey(x => x.ToId).OnDelete(DeleteBehavior.Cascade);
        m.Property(x => x.Message).HasMaxLength(Meeting.MaxMessage);
        m.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        m.Property(x => x.Version).IsConcurrencyToken();
        m.HasIndex(x => new { x.EventId, x.Status });
        m.HasIndex(x => new { x.FromId, x.EventId });
        m.HasIndex(x => new { x.ToId, x.EventId });
    }
}

internal sealed class NetworkingWindowConfiguration : IEntityTypeConfiguration<NetworkingWindow>
{
    public void Configure(EntityTypeBuilder<NetworkingWindow> w)
    {
        w.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        w.HasIndex(x => new { x.EventId, x.Start });
    }
}

internal sealed class FeedbackAnswerConfiguration : IEntityTypeConfiguration<FeedbackAnswer>
{
    public void Configure(EntityTypeBuilder<FeedbackAnswer> a)
    {
        a.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        a.Property(x => x.Comment).HasMaxLength(FeedbackAnswer.MaxComment);
        a.HasIndex(x => new { x.EventId, x.Subject });
    }
}

internal sealed class FeedbackReceiptConfiguration : IEntityTypeConfiguration<FeedbackReceipt>
{
    public void Configure(EntityTypeBuilder<FeedbackReceipt> r)
    {
        r.HasKey(x => new { x.EventId, x.Subject, x.PersonId });
        r.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        r.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        r.HasIndex(x => x.PersonId);
    }
}
