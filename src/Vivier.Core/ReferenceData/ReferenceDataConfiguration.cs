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
        country.HasNames(maxLength: 100);
        country.Property(c => c.Continent).HasConversion<string>().HasMaxLength(20);
        country.HasIndex(c => c.Alpha3).IsUnique();
    }
}

internal sealed class LanguageConfiguration : IEntityTypeConfiguration<Language>
{
    public void Configure(EntityTypeBuilder<Language> language)
    {
        language.HasKey(l => l.Code);
        language.Property(l => l.Code).HasMaxLength(2).IsFixedLength();
        language.HasNames(maxLength: 100);
    }
}

internal sealed class SectorCategoryConfiguration : IEntityTypeConfiguration<SectorCategory>
{
    public void Configure(EntityTypeBuilder<SectorCategory> category)
    {
        category.HasKey(c => c.Code);
        category.Property(c => c.Code).HasMaxLength(3).IsFixedLength();
        category.HasNames(maxLength: 200);
    }
}

internal sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> sector)
    {
        sector.HasKey(s => s.Code);
        sector.Property(s => s.Code).HasMaxLength(5).IsFixedLength();
        sector.Property(s => s.CategoryCode).HasMaxLength(3).IsFixedLength();
        sector.HasNames(maxLength: 200);
        sector.HasOne(s => s.Category).WithMany().HasForeignKey(s => s.CategoryCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> theme)
    {
        theme.HasKey(t => t.Code);
        theme.Property(t => t.Code).HasMaxLength(40);
        theme.HasNames(maxLength: 100);
        theme.HasMany(t => t.Sectors).WithMany().UsingEntity(
            "theme_sectors",
            r => r.HasOne(typeof(Sector)).WithMany().HasForeignKey("SectorCode").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Theme)).WithMany().HasForeignKey("ThemeCode").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("ThemeCode", "SectorCode"));
    }
}

internal static class NamedReferenceConfiguration
{
    /// <summary>The French and English names of a reference row, both sorted the French way.</summary>
    public static void HasNames<T>(this EntityTypeBuilder<T> entity, int maxLength) where T : class, IHasLocalizedName
    {
        entity.Property<string>(nameof(IHasLocalizedName.NameFr)).HasMaxLength(maxLength).SortsInFrench();
        entity.Property<string>(nameof(IHasLocalizedName.NameEn)).HasMaxLength(maxLength).SortsInFrench();
    }
}
