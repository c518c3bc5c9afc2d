using Vivier.Core.Database;

namespace Vivier.Core.Missions;

internal sealed class MissionConfiguration : IEntityTypeConfiguration<Mission>
{
    public void Configure(EntityTypeBuilder<Mission> mission)
    {
        mission.Property(m => m.Reference).HasMaxLength(20);
        mission.HasIndex(m => m.Reference).IsUnique();
        mission.Property(m => m.Title).HasMaxLength(200).SortsInFrench();
        mission.Property(m => m.TitleEn).HasMaxLength(200);
        mission.Property(m => m.Kind).HasConversion<string>().HasMaxLength(3);
        mission.Property(m => m.Status).HasConversion<string>().HasMaxLength(12);
        mission.Property(m => m.CountryCode).HasMaxLength(2).IsFixedLength();
        mission.HasOne(m => m.Country).WithMany().HasForeignKey(m => m.CountryCode).OnDelete(DeleteBehavior.Restrict);
        mission.Property(m => m.City).HasMaxLength(100);
        mission.Property(m => m.HostInstitution).HasMaxLength(200);
        mission.Property(m => m.Description).HasMaxLength(20_000);
        mission.Property(m => m.DescriptionEn).HasMaxLength(20_000);
        mission.Property(m => m.Profile).HasMaxLength(20_000);
        mission.Property(m => m.ProfileEn).HasMaxLength(20_000);
        mission.Property(m => m.CancellationReason).HasMaxLength(1000);
        mission.Property(m => m.Version).IsConcurrencyToken();
        mission.Ignore(m => m.DeadlineUtc);
        mission.Ignore(m => m.CriteriaForReview);
        mission.OwnsMany(m => m.Languages, language =>
        {
            language.ToTable("mission_languages");
            language.WithOwner().HasForeignKey("MissionId");
            language.Property<int>("Id");
            language.HasKey("Id");
            language.Property(l => l.LanguageCode).HasMaxLength(2).IsFixedLength();
            language.Property(l => l.Level).HasConversion<string>().HasMaxLength(2);
            language.HasOne<Language>().WithMany().HasForeignKey(l => l.LanguageCode).OnDelete(DeleteBehavior.Restrict);
        });
        // Matching's requirements are read whole with the mission: JSON columns.
        mission.OwnsMany(m => m.Skills, skill =>
        {
            skill.ToJson();
            skill.Property(s => s.Name).HasMaxLength(Matching.SoughtSkill.MaxLength);
        });
        mission.OwnsOne(m => m.Weights, weights => weights.ToJson());
        mission.Property(m => m.ValuedRegions).HasConversion(
            regions => string.Join(' ', regions),
            text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Continent>).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<Continent>>(
                (a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, c) => HashCode.Combine(hash, c)), list => list.ToList()))
            .HasMaxLength(100);
        mission.HasMany(m => m.Sponsors).WithMany().UsingEntity(
            "mission_sponsors",
            r => r.HasOne(typeof(Organisation)).WithMany().HasForeignKey("SponsorId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Mission)).WithMany().HasForeignKey("MissionId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("MissionId", "SponsorId"));
        mission.HasMany(m => m.Themes).WithMany().UsingEntity(
            "mission_themes",
            r => r.HasOne(typeof(Theme)).WithMany().HasForeignKey("ThemeCode").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Mission)).WithMany().HasForeignKey("MissionId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("MissionId", "ThemeCode"));
        // The board's usual query: published missions by deadline or publication.
        mission.HasIndex(m => new { m.Status, m.Deadline });
        mission.HasIndex(m => new { m.Status, m.PublishedAt });
        mission.HasIndex(m => new { m.Status, m.CountryCode });
    }
}

internal sealed class MissionChangeConfiguration : IEntityTypeConfiguration<MissionChange>
{
    public void Configure(EntityTypeBuilder<MissionChange> change)
    {
        change.Property(c => c.ActorName).HasMaxLength(200);
        change.Property(c => c.Action).HasMaxLength(20);
        change.Property(c => c.Detail).HasMaxLength(2000);
        change.HasOne<Mission>().WithMany().HasForeignKey(c => c.MissionId).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => new { c.MissionId, c.At });
    }
}
