using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Dashboards;

namespace Vivier.Tests.Dashboards;

/// <summary>The dashboards over the demo data, against a recount from the raw rows, for staff and for a sponsor.</summary>
public sealed class DashboardFigureTests(DemoVivierApp app) : VivierTest(app), IClassFixture<DemoVivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> StaffAsync() => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.ProgrammeManager)));

    private async Task<TestPerson> SponsorAsync(string shortName)
    {
        var person = await App.CreatePersonAsync(Roles.Sponsor);
        await using var db = App.NewDb();
        db.Users.Single(p => p.Id == person.Id).OrganisationId = db.Organisations.Single(o => o.ShortName == shortName).Id;
        await db.SaveChangesAsync(Cancel);
        return person;
    }

    private static async Task<Dashboard> ReadAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<Dashboard>($"/api/v1/dashboards?{query}", Cancel))!;

    /// <summary>A table's rows by the filter its link names (or a column's text), each with the number in the given column.</summary>
    private static Dictionary<string, double?> ByKey(FigureTable table, Func<IReadOnlyList<FigureCell>, string> key, int column) =>
        table.Rows.ToDictionary(key, row => row[column].Number);

    private static Func<IReadOnlyList<FigureCell>, string> Link(string parameter, int column = 1, string whenAbsent = "all") => row =>
        row[column].Link is { } link && QueryHelpers.ParseQuery(new Uri("http://vivier" + link).Query).TryGetValue(parameter, out var value) ? value.ToString() : whenAbsent;

    private static void Same(Dictionary<string, double> expected, Dictionary<string, double?> actual, string table)
    {
        var nonZero = expected.Where(x => x.Value != 0).ToDictionary();
        Assert.True(nonZero.Count > 0 || actual.Values.All(v => v is null or 0), $"{table}: nothing to compare");
        Assert.Equal(nonZero.OrderBy(x => x.Key, StringComparer.Ordinal), actual.Where(x => x.Value is not (null or 0)).ToDictionary(x => x.Key, x => x.Value!.Value).OrderBy(x => x.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2023-12-31", null)]
    [InlineData("2023-12-31", "MEAE")]
    [InlineData("2026-11-27", "DG Trésor")]
    public async Task Every_figure_matches_a_recount_from_the_raw_rows(string asOf, string? sponsor)
    {
        var day = DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var staff = await StaffAsync();
        var figures = await ReadAsync(staff, $"asOf={asOf}{(sponsor is null ? "" : "&sponsor=" + Uri.EscapeDataString(sponsor))}");
        await using var db = App.NewDb();
        var recount = await DashboardRecount.LoadAsync(db, Cancel);

        Same(recount.Kinds(day, sponsor), ByKey(figures["kinds"], Link("kind"), 1), "kinds");
        Same(recount.Continents(day, sponsor), ByKey(figures["continents"], Link("continent"), 1), "continents");
        Same(recount.Countries(day, sponsor), ByKey(figures["countries"], row => row[1].Text!, 3), "countries");
        Same(recount.Sectors(day, sponsor), ByKey(figures["sectors"], Link("theme"), 1), "sectors");
        // By its label: under one sponsor's filter the other sponsor's line has no roster to link to.
        Same(recount.Sponsors(day, sponsor), ByKey(figures["sponsors"], row => row[0].Text!, 1), "sponsors");
        Same(recount.Months(day, sponsor), ByKey(figures["months"], row => row[0].Text!, 1), "months");
        Same(recount.Funnel(sponsor), ByKey(figures["funnel"], Link("reached"), 1), "funnel");
        Same(recount.Hires(sponsor), ByKey(figures["hiring"], Link("kind"), 1), "hires");
        Assert.Equal(recount.MedianDaysToHire(sponsor).OrderBy(x => x.Key), ByKey(figures["hiring"], Link("kind"), 2).OrderBy(x => x.Key));
        var perMission = ByKey(figures["missions"], Link("kind", 2), 1);
        Assert.Equal(recount.PerMission(sponsor).OrderBy(x => x.Key).Select(x => (x.Key, x.Value.Missions, x.Value.Applications, x.Value.Mean, x.Value.Median)),
            figures["missions"].Rows.Select(r => (Link("kind", 2)(r), r[1].Number!.Value, r[2].Number!.Value, r[3].Number, r[4].Number)).OrderBy(x => x.Item1));
        Assert.Equal(perMission.Count, recount.PerMission(sponsor).Count);
        Assert.Equal(figures.InPost, recount.Kinds(day, sponsor).Values.Sum());
        if (sponsor is null && asOf == "2023-12-31")
        {
            Assert.Equal(280, figures.InPost);
        }
        AssertParity(figures["parity-stages"], recount.ParityStages(sponsor), cumulative: true);
        AssertParity(figures["parity-deployed"], [recount.ParityDeployed(day, sponsor)], cumulative: false);
    }

    /// <summary>Shown cells are the recounted figures; hidden cells are exactly those secrecy hides from the recount; no hidden cell carries a value.</summary>
    private static void AssertParity(FigureTable table, List<int[]> expected, bool cumulative)
    {
        var hidden = Suppression.Hide(expected.ConvertAll(r => (IReadOnlyList<int>)r), cumulative);
        Assert.Equal(expected.Count, table.Rows.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            for (var g = 0; g < 4; g++)
            {
                var (count, share) = (table.Rows[r][1 + 2 * g], table.Rows[r][2 + 2 * g]);
                Assert.Equal(hidden[r][g], count.Hidden);
                Assert.Equal(hidden[r][g], share.Hidden);
                Assert.Equal(hidden[r][g] ? null : Suppression.Rounded(expected[r][g]), count.Number);
                Assert.Null(count.Link);
            }
            Assert.Equal(expected[r].Sum(), table.Rows[r][9].Number);
        }
    }

    [Fact]
    public async Task A_sponsor_sees_its_own_figures_without_links_and_never_another_sponsor_s()
    {
        var meae = await SponsorAsync("MEAE");
        var api = App.NewClient().WithBearer(await App.ApiLoginAsync(meae));
        var staff = await StaffAsync();

        var own = await ReadAsync(api, "asOf=2023-12-31");
        var sameAsStaffFiltered = await ReadAsync(staff, "asOf=2023-12-31&sponsor=MEAE");
        var namingItself = await ReadAsync(api, "asOf=2023-12-31&sponsor=MEAE");

        foreach (var table in own.Tables.Where(t => t.Id != "sponsors"))
        {
            Assert.Equal(sameAsStaffFiltered[table.Id].Rows.Select(r => r.Select(c => c.Number)), table.Rows.Select(r => r.Select(c => c.Number)));
        }
        Assert.Equal("MEAE", Assert.Single(own["sponsors"].Rows)[0].Text);
        Assert.True(sameAsStaffFiltered["sponsors"].Rows.Count > 1, "co-supervised deployments name the other sponsor to staff");
        Assert.All(own.Tables.SelectMany(t => t.Rows).SelectMany(r => r), cell => Assert.Null(cell.Link));
        Assert.Equal(own.InPost, namingItself.InPost);

        var other = "sponsor=DG%20Tr%C3%A9sor";
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/dashboards?{other}", Cancel)).StatusCode);
        var browser = await App.SignInAsync(meae);
        foreach (var url in new[] { $"/dashboards?{other}", $"/dashboards/sponsors.csv?{other}", $"/dashboards/kinds.xlsx?{other}" })
        {
            var refused = await browser.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/erreur/403", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
        var page = (await browser.GetDocumentAsync("/dashboards?asOf=2023-12-31")).QuerySelector("main")!;
        Assert.NotEmpty(page.QuerySelectorAll("table"));
        Assert.Empty(page.QuerySelectorAll("a[href^='/roster'], a[href^='/gestion']"));
        Assert.DoesNotContain("DG Trésor", page.TextContent, StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(await browser.GetByteArrayAsync("/dashboards/sponsors.csv?asOf=2023-12-31", Cancel));
        Assert.DoesNotContain("Trésor", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_s_csv_and_xlsx_hold_its_cells_one_by_one_and_every_export_is_audited()
    {
        var person = await App.CreatePersonAsync(Roles.Recruiter);
        var browser = await App.SignInAsync(person);
        var figures = await ReadAsync(App.NewClient().WithBearer(await App.ApiLoginAsync(person)), "asOf=2023-12-31");

        foreach (var table in figures.Tables)
        {
            var comma = Csv(await browser.GetByteArrayAsync($"/dashboards/{table.Id}.csv?asOf=2023-12-31", Cancel), ',');
            var semicolon = Csv(await browser.GetByteArrayAsync($"/dashboards/{table.Id}.csv?asOf=2023-12-31&sep=semicolon", Cancel), ';');
            var sheet = Xlsx(await browser.GetByteArrayAsync($"/dashboards/{table.Id}.xlsx?asOf=2023-12-31", Cancel));

            Assert.Equal(table.Columns, comma[0]);
            Assert.Equal(table.Columns, sheet[0]);
            Assert.Equal(table.Rows.Count + 1, comma.Count);
            Assert.Equal(table.Rows.Count + 1, semicolon.Count);
            Assert.Equal(table.Rows.Count + 1, sheet.Count);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var cell = table.Rows[r][c];
                    var expected = cell.Hidden ? "secret" : cell.Number is { } n ? n.ToString(cell.Decimals == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) : cell.Text;
                    Assert.Equal(expected, comma[r + 1][c]);
                    Assert.Equal(expected?.Replace('.', ','), semicolon[r + 1][c]);
                    Assert.Equal(cell.IsNumber ? Math.Round(cell.Number!.Value, cell.Decimals, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : expected, sheet[r + 1][c]);
                }
            }
        }
        await using var db = App.NewDb();
        var audited = await db.AuditEntries.Where(e => e.Action == AuditActions.Exported && e.ActorId == person.Id).Select(e => e.Subject).ToListAsync(Cancel);
        Assert.Equal(figures.Tables.Count * 3, audited.Count);
        Assert.Contains("dashboards/parity-stages.xlsx", audited);
    }

    /// <summary>An RFC 4180 file read back: BOM, CRLF, quoted fields with doubled quotes.</summary>
    private static List<List<string>> Csv(byte[] bytes, char separator)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var rows = new List<List<string>>();
        var (row, field, quoted) = (new List<string>(), new StringBuilder(), false);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { field.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == separator) { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\r' && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else { field.Append(ch); }
        }
        return rows;
    }

    private static List<List<string>> Xlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        return document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text).ToList()).ToList();
    }

    [Fact]
    public async Task Each_figure_links_staff_to_the_roster_or_the_applications_behind_it()
    {
        var person = await App.CreatePersonAsync(Roles.Admin);
        var browser = await App.SignInAsync(person);
        var api = App.NewClient().WithBearer(await App.ApiLoginAsync(person));
        var figures = await ReadAsync(api, "asOf=2023-12-31&kind=ETI");

        foreach (var table in new[] { "kinds", "continents", "countries", "sectors", "sponsors", "months" })
        {
            foreach (var cell in figures[table].Rows.Select(r => r[^1]).Take(4))
            {
                Assert.StartsWith("/roster?", cell.Link, StringComparison.Ordinal);
                Assert.Equal(cell.Number, await RosterTotalAsync(api, cell.Link!));
            }
        }
        // Under a sponsor's filter, its own line leads to its roster; the other sponsor's line (the co-supervised
        // deployments) has no roster filter to show it, so no link rather than a wrong one.
        var meae = await ReadAsync(api, "asOf=2023-12-31&sponsor=MEAE");
        var own = meae["sponsors"].Rows.Single(r => r[0].Text == "MEAE")[1];
        Assert.Equal(own.Number, await RosterTotalAsync(api, own.Link!));
        Assert.Null(meae["sponsors"].Rows.Single(r => r[0].Text == "DG Trésor")[1].Link);
        foreach (var cell in meae["kinds"].Rows.Select(r => r[1]))
        {
            Assert.Equal(cell.Number, await RosterTotalAsync(api, cell.Link!));
        }
        foreach (var cell in figures["funnel"].Rows.Select(r => r[1]).Concat(figures["hiring"].Rows.Select(r => r[1])).Concat(figures["missions"].Rows.Select(r => r[2])))
        {
            Assert.StartsWith("/gestion/candidatures", cell.Link, StringComparison.Ordinal);
            var page = await browser.GetDocumentAsync(cell.Link!);
            Assert.Equal(cell.Number, double.Parse(page.QuerySelector("[data-total]")!.GetAttribute("data-total")!, CultureInfo.InvariantCulture));
        }
        Assert.All(figures["parity-stages"].Rows.Concat(figures["parity-deployed"].Rows).SelectMany(r => r), cell => Assert.Null(cell.Link));
    }

    private static async Task<int> RosterTotalAsync(HttpClient api, string link) =>
        (await api.GetFromJsonAsync<Vivier.Web.Features.Roster.RosterPage>(link.Replace("/roster?", "/api/v1/deployments?", StringComparison.Ordinal), Cancel))!.Total;

    [Fact]
    public async Task The_map_draws_every_country_of_the_demo_roster()
    {
        var browser = await App.SignInAsAsync(Roles.Admin);
        await using var db = App.NewDb();
        var everCountries = await db.Deployments.Where(d => d.InPostFrom != null).Select(d => d.CountryCode).Distinct().ToListAsync(Cancel);
        var map = (WorldMap)App.Services.GetService(typeof(WorldMap))!;
        var countries = await db.Countries.ToDictionaryAsync(c => c.Code, Cancel);
        Assert.All(everCountries, code => Assert.NotNull(map.Shape(code, countries[code].Numeric)));

        var page = await browser.GetDocumentAsync("/dashboards?asOf=2023-12-31");
        var drawn = page.QuerySelectorAll("svg [data-country]").Select(e => e.GetAttribute("data-country")!).ToHashSet();
        var inPost = await db.Deployments.Where(d => d.InPostFrom <= new DateOnly(2023, 12, 31) && d.InPostUntil >= new DateOnly(2023, 12, 31))
            .Select(d => d.CountryCode).Distinct().ToListAsync(Cancel);
        Assert.Equal(114, inPost.Count);
        Assert.Superset(inPost.ToHashSet(), drawn);
        Assert.Subset(inPost.ToHashSet(), drawn);
        // Kosovo has no ISO numeric code in the atlas: found by its name.
        Assert.NotNull(map.Shape("XK", countries["XK"].Numeric)?.Path);
    }
}
