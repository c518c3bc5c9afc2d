namespace Vivier.Core.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> e)
    {
        e.Property(x => x.Title).HasMaxLength(Event.MaxTitle);
        e.Property(x => x.TitleEn).HasMaxLength(Event.MaxTitle);
        e.Property(x => x.Description).HasMaxLength(Event.MaxDescription);
        e.Property(x => x.DescriptionEn).HasMaxLength(Event.MaxDescription);
        e.Property(x => x.Venue).HasMaxLength(Event.MaxVenue);
        e.Property(x => x.SignatoryName).HasMaxLength(Event.MaxSignatory);
        e.Property(x => x.SignatoryTitle).HasMaxLength(Event.MaxSignatory);
        e.Property(x => x.Audience).HasConversion<string>().HasMaxLength(12);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => x.StartDate);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> s)
    {
        s.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        s.Property(x => x.Title).HasMaxLength(Session.MaxTitle);
        s.Property(x => x.TitleEn).HasMaxLength(Session.MaxTitle);
        s.Property(x => x.Description).HasMaxLength(Session.MaxDescription);
        s.Property(x => x.Room).HasMaxLength(Session.MaxRoom);
        s.Property(x => x.Type).HasConversion<string>().HasMaxLength(14);
        s.HasIndex(x => new { x.EventId, x.Start });
        s.HasMany(x => x.Speakers).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        s.HasMany(x => x.Themes).WithMany().UsingEntity(
            "session_themes",
            r => r.HasOne(typeof(Theme)).WithMany().HasForeignKey("ThemeCode").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Session)).WithMany().HasForeignKey("SessionId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("SessionId", "ThemeCode"));
    }
}

internal sealed class SessionSpeakerConfiguration : IEntityTypeConfiguration<SessionSpeaker>
{
    public void Configure(EntityTypeBuilder<SessionSpeaker> s)
    {
        s.Property(x => x.Name).HasMaxLength(SessionSpeaker.MaxName);
        s.Property(x => x.Role).HasMaxLength(SessionSpeaker.MaxName);
        s.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> r)
    {
        r.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        r.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        r.Property(x => x.ParticipantType).HasConversion<string>().HasMaxLength(20);
        r.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        r.Property(x => x.DietaryNeeds).HasMaxLength(Registration.MaxNeeds);
        r.Property(x => x.AccessibilityNeeds).HasMaxLength(Registration.MaxNeeds);
        r.Property(x => x.Organisation).HasMaxLength(Registration.MaxOrganisation);
        r.Property(x => x.CountryCode).HasMaxLength(2).IsFixedLength();
        r.Property(x => x.Nationality).HasMaxLength(2).IsFixedLength();
        r.Property(x => x.SectorCode).HasMaxLength(40);
        r.Property(x => x.PassportNumber).HasMaxLength(Registration.MaxPassport);
        r.HasIndex(x => new { x.EventId, x.PersonId }).IsUnique();
        r.HasIndex(x => x.PersonId);
        r.OwnsMany(x => x.Answers, answer => answer.ToJson());
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> i)
    {
        i.HasKey(x => new { x.EventId, x.PersonId });
        i.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        i.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        i.Property(x => x.ParticipantType).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> e)
    {
        e.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(x => new { x.SessionId, x.PersonId }).IsUnique();
        // The waitlist in order, and one person's agenda for the clash test.
        e.HasIndex(x => new { x.SessionId, x.Status, x.Ticket });
        e.HasIndex(x => new { x.PersonId, x.EventId });
    }
}

internal sealed class AgendaFeedConfiguration : IEntityTypeConfiguration<AgendaFeed>
{
    public void Configure(EntityTypeBuilder<AgendaFeed> f)
    {
        f.HasKey(x => x.PersonId);
        f.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        f.Property(x => x.TokenHash).HasMaxLength(64);
        f.HasIndex(x => x.TokenHash).IsUnique();
    }
}
