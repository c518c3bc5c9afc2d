using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.ReferenceData;
using Vivier.Testing;
using Vivier.Web.Features.ReferenceData;

namespace Vivier.Tests.Platform;

public sealed class ReferenceDataTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task French_overseas_territories_keep_their_own_codes_and_continents()
    {
        await using var db = App.NewDb();

        var overseas = await db.Countries.Where(c => c.IsFrenchOverseas).ToDictionaryAsync(c => c.Code, Cancel);

        foreach (var code in new[] { "PF", "NC", "YT", "RE", "GP", "MQ", "GF", "PM", "WF", "BL", "MF" })
        {
            Assert.Contains(code, overseas.Keys);
        }
        Assert.Equal(Continent.Africa, overseas["RE"].Continent);
        Assert.Equal(Continent.Oceania, overseas["NC"].Continent);
        Assert.Equal(Continent.SouthAmerica, overseas["GF"].Continent);
        Assert.False((await db.Countries.SingleAsync(c => c.Code == "FR", Cancel)).IsFrenchOverseas);
    }

    [Fact]
    public async Task Countries_carry_the_three_ISO_codes_and_both_names()
    {
        await using var db = App.NewDb();

        var egypt = await db.Countries.SingleAsync(c => c.Code == "EG", Cancel);
        var kosovo = await db.Countries.SingleAsync(c => c.Code == "XK", Cancel);

        Assert.Equal(("EGY", "818", "Égypte", "Egypt", Continent.Africa), (egypt.Alpha3, egypt.Numeric, egypt.NameFr, egypt.NameEn, egypt.Continent));
        Assert.Equal(("Kosovo", Continent.Europe), (kosovo.NameFr, kosovo.Continent));
        Assert.True(await db.Countries.AllAsync(c => c.Numeric.Length == 3 && c.Alpha3.Length == 3, Cancel));
    }

    [Fact]
    public async Task Every_theme_maps_onto_DAC_purpose_codes_in_force()
    {
        await using var db = App.NewDb();

        var themes = await db.Themes.Include(t => t.Sectors).ToListAsync(Cancel);

        Assert.All(themes, theme =>
        {
            Assert.NotEmpty(theme.Sectors);
            Assert.All(theme.Sectors, sector => Assert.True(sector.IsActive, $"{theme.Code} maps to withdrawn code {sector.Code}"));
        });
        var space = themes.Single(t => t.Code == "space");
        Assert.Contains("32182", space.Sectors.Select(s => s.Code));
    }

    [Fact]
    public async Task Sectors_have_French_and_English_names_and_a_category()
    {
        await using var db = App.NewDb();

        var decentralisation = await db.Sectors.Include(s => s.Category).SingleAsync(s => s.Code == "15112", Cancel);

        Assert.Equal("Decentralisation and support to subnational government", decentralisation.NameEn);
        Assert.StartsWith("Décentralisation", decentralisation.NameFr, StringComparison.Ordinal);
        Assert.Equal("151", decentralisation.Category!.Code);
    }

    [Fact]
    public async Task The_API_lists_reference_data_to_anyone()
    {
        using var client = App.NewClient();

        var countries = await client.GetFromJsonAsync<List<CountryDto>>("/api/v1/countries", Cancel);
        var themes = await client.GetFromJsonAsync<List<ThemeDto>>("/api/v1/themes", Cancel);
        var sectors = await client.GetFromJsonAsync<List<SectorDto>>("/api/v1/sectors", Cancel);
        var languages = await client.GetFromJsonAsync<List<LanguageDto>>("/api/v1/languages", Cancel);

        Assert.Contains(countries!, c => c is { Code: "TW", NameEn: "Taiwan", Continent: "Asia" });
        Assert.Contains(themes!, t => t.Code == "cybersecurity" && t.SectorCodes.Contains("22040"));
        Assert.Contains(sectors!, s => s is { Code: "15120", IsActive: false });
        Assert.Contains(languages!, l => l is { Code: "fr", NameFr: "Français" });
    }
}

public sealed class ReferenceDataSyncTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task The_sync_restores_names_rows_and_theme_mappings_from_the_files_and_removes_nothing()
    {
        await using (var db = App.NewDb())
        {
            var egypt = await db.Countries.SingleAsync(c => c.Code == "EG");
            egypt.NameFr = "Égypte (ancien nom)";
            db.Languages.Remove(await db.Languages.SingleAsync(l => l.Code == "wo"));
            var space = await db.Themes.Include(t => t.Sectors).SingleAsync(t => t.Code == "space");
            space.Sectors.RemoveAll(s => s.Code == "32182");
            space.Sectors.Add(await db.Sectors.SingleAsync(s => s.Code == "12110"));
            await db.SaveChangesAsync();
        }

        await using (var db = App.NewDb())
        {
            await ReferenceDataSync.SyncAsync(db);
        }

        await using var check = App.NewDb();
        Assert.Equal("Égypte", (await check.Countries.SingleAsync(c => c.Code == "EG")).NameFr);
        Assert.True(await check.Languages.AnyAsync(l => l.Code == "wo"));
        var codes = (await check.Themes.Include(t => t.Sectors).SingleAsync(t => t.Code == "space")).Sectors.Select(s => s.Code).Order().ToList();
        Assert.Equal(["22040", "32182", "43082"], codes);
        Assert.Equal(250, await check.Countries.CountAsync());
    }
}
