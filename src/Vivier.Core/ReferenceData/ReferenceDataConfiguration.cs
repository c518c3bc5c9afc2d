using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vivier.Core.Database;

namespace Vivier.Core.ReferenceData;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> country)
    {
        country.HasKey(c => c.Code);
        country.Property(c => c.Code).HasMaxLength(2).IsFixedLength();
        country.Property(c => c.Alpha3).HasMaxLength(3).IsFixedLength();
        country.Property(c => c.Numeric).HasMaxLength(3).IsFixedLength();
        country.Property(c => c.NameFr).HasMaxLength(100).SortsInFrench();
        country.Property(c => c.NameEn).HasMaxLength(100).SortsInFrench();
        country.Property(c => c.Continent).HasConversion<string>().HasMaxLength(20);
        country.HasIndex(c => c.Alpha3).IsUnique();
        country.HasData(ReferenceDataFiles.Countries());
    }
}

internal sealed class LanguageConfiguration : IEntityTypeConfiguration<Language>
{
    public void Configure(EntityTypeBuilder<Language> language)
    {
        language.HasKey(l => l.Code);
        language.Property(l => l.Code).HasMaxLength(2).IsFixedLength();
        language.Property(l => l.NameFr).HasMaxLength(100).SortsInFrench();
        language.Property(l => l.NameEn).HasMaxLength(100).SortsInFrench();
        language.HasData(ReferenceDataFiles.Languages());
    }
}

internal sealed class SectorCategoryConfiguration : IEntityTypeConfiguration<SectorCategory>
{
    public void Configure(EntityTypeBuilder<SectorCategory> category)
    {
        category.HasKey(c => c.Code);
        category.Property(c => c.Code).HasMaxLength(3).IsFixedLength();
        category.Property(c => c.NameFr).HasMaxLength(200).SortsInFrench();
        category.Property(c => c.NameEn).HasMaxLength(200).SortsInFrench();
        category.HasData(ReferenceDataFiles.SectorCategories());
    }
}

internal sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> sector)
    {
        sector.HasKey(s => s.Code);
        sector.Property(s => s.Code).HasMaxLength(5).IsFixedLength();
        sector.Property(s => s.CategoryCode).HasMaxLength(3).IsFixedLength();
        sector.Property(s => s.NameFr).HasMaxLength(200).SortsInFrench();
        sector.Property(s => s.NameEn).HasMaxLength(200).SortsInFrench();
        sector.HasOne(s => s.Category).WithMany().HasForeignKey(s => s.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        sector.HasData(ReferenceDataFiles.Sectors());
    }
}

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> theme)
    {
        theme.HasKey(t => t.Code);
        theme.Property(t => t.Code).HasMaxLength(40);
        theme.Property(t => t.NameFr).HasMaxLength(100).SortsInFrench();
        theme.Property(t => t.NameEn).HasMaxLength(100).SortsInFrench();
        theme.HasMany(t => t.Sectors).WithMany().UsingEntity(
            "theme_sectors",
            r => r.HasOne(typeof(Sector)).WithMany().HasForeignKey("SectorCode").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Theme)).WithMany().HasForeignKey("ThemeCode").OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.HasKey("ThemeCode", "SectorCode");
                join.HasData(ReferenceDataFiles.ThemeSectors().Select(p => new { ThemeCode = p.Theme, SectorCode = p.Sector }));
            });
        theme.HasData(ReferenceDataFiles.Themes());
    }
}
