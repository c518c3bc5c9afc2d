using Vivier.Core.Files;

namespace Vivier.Core.Candidates;

internal sealed class CandidateProfileConfiguration : IEntityTypeConfiguration<CandidateProfile>
{
    public void Configure(EntityTypeBuilder<CandidateProfile> profile)
    {
        profile.HasKey(p => p.PersonId);
        profile.HasOne<Person>().WithOne().HasForeignKey<CandidateProfile>(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        profile.HasOne<StoredFile>().WithMany().HasForeignKey(p => p.CvFileId).OnDelete(DeleteBehavior.SetNull);
        profile.Property(p => p.Phone).HasMaxLength(40);
        profile.Property(p => p.ContactEmail).HasMaxLength(254);
        profile.Property(p => p.ResidenceCountryCode).HasMaxLength(2).IsFixedLength();
        profile.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        profile.Property(p => p.Pitch).HasMaxLength(ProfileRules.MaxPitch);
        profile.Property(p => p.CvTextStatus).HasConversion<string>().HasMaxLength(10);
        profile.Property(p => p.CvTextProblem).HasMaxLength(100);
        profile.Property(p => p.Version).IsConcurrencyToken();
        // The lists are one document with the profile: JSON columns, read and written whole.
        profile.OwnsMany(p => p.Languages, language =>
        {
            language.ToJson();
            language.Property(l => l.Listening).HasConversion<string>();
            language.Property(l => l.Reading).HasConversion<string>();
            language.Property(l => l.SpokenInteraction).HasConversion<string>();
            language.Property(l => l.SpokenProduction).HasConversion<string>();
            language.Property(l => l.Writing).HasConversion<string>();
        });
        profile.OwnsMany(p => p.CountriesWorked, country => country.ToJson());
        profile.OwnsMany(p => p.Education, education => education.ToJson());
        profile.OwnsMany(p => p.Employment, employment => employment.ToJson());
        // Each instance's matching pool reads the profiles changed since it last looked.
        profile.HasIndex(p => p.UpdatedAt);
        // Background extraction looks for pending CVs.
        profile.HasIndex(p => p.CvTextStatus);
        // Parity of the experts in post joins people to their declared gender alone: a covering index spares reading the profiles.
        profile.HasIndex(p => new { p.PersonId, p.Gender });
    }
}
