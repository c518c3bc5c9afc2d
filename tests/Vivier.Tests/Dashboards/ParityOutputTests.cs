using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Vivier.Core.Candidates;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Dashboards;

namespace Vivier.Tests.Dashboards;

/// <summary>Secrecy and formula neutralisation as every output shows them: page, CSV, xlsx, API.</summary>
public sealed class ParityOutputTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly DateOnly Start = new(2024, 1, 1);

    /// <summary>Deployments in post in 2024 under a sponsor of their own, one person each, with the genders given (null: not declared, no profile).</summary>
    private async Task AddInPostAsync(string sponsor, params (SelfDeclaredGender? Gender, int Count)[] people)
    {
        foreach (var (gender, count) in people)
        {
            for (var i = 0; i < count; i++)
            {
                var deployment = await App.AddDeploymentAsync($"Parité {sponsor}", Start, new DateOnly(2025, 12, 31), sponsors: [sponsor]);
                if (gender is { } declared)
                {
                    await using var db = App.NewDb();
                    db.CandidateProfiles.Add(new CandidateProfile { PersonId = deployment.PersonId, Gender = declared, UpdatedAt = App.Clock.GetUtcNow().UtcDateTime });
                    await db.SaveChangesAsync(Cancel);
                }
            }
        }
    }

    [Fact]
    public async Task A_group_under_five_and_the_cell_that_would_give_it_away_are_hidden_in_the_page_the_csv_the_xlsx_and_the_api()
    {
        const string sponsor = "Secret-5";
        await AddInPostAsync(sponsor, (SelfDeclaredGender.Woman, 3), (SelfDeclaredGender.Man, 12), (null, 6));
        var person = await App.CreatePersonAsync(Roles.ProgrammeManager);
        var query = $"asOf=2024-06-30&sponsor={sponsor}";

        var api = (await App.NewClient().WithBearer(await App.ApiLoginAsync(person)).GetFromJsonAsync<Dashboard>($"/api/v1/dashboards?{query}", Cancel))!;
        var row = Assert.Single(api["parity-deployed"].Rows);
        // Women 3 (primary), then "not declared" 6, the smallest other, so that 21 − 12 − 0 gives only 9.
        Assert.Equal([true, true, false, false, false, false, true, true], row.Skip(1).Take(8).Select(c => c.Hidden));
        // The 12 men shown as 10: every shown count is rounded to a multiple of five (secrecy across tables), its share with it.
        Assert.Equal([null, 10, 0, null], new[] { 1, 3, 5, 7 }.Select(c => row[c].Number));
        Assert.Equal(21, row[9].Number);

        var browser = await App.SignInAsync(person);
        var page = await browser.GetDocumentAsync($"/dashboards?{query}");
        var cells = page.QuerySelectorAll("#t-parity-deployed ~ div table tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["secret", "secret", "10", "47,6", "0", "0,0", "secret", "secret", "21"], cells);

        var csv = Encoding.UTF8.GetString(await browser.GetByteArrayAsync($"/dashboards/parity-deployed.csv?{query}", Cancel));
        Assert.EndsWith(",secret,secret,10,47.6,0,0.0,secret,secret,21\r\n", csv, StringComparison.Ordinal);
        using var stream = new MemoryStream(await browser.GetByteArrayAsync($"/dashboards/parity-deployed.xlsx?{query}", Cancel));
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheetRow = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().Skip(1)
            .Select(c => c.InlineString?.InnerText ?? c.CellValue!.Text).ToList();
        Assert.Equal(["secret", "secret", "10", "47.6", "0", "0", "secret", "secret", "21"], sheetRow);
        Assert.DoesNotContain("\"3\"", string.Join(",", sheetRow), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_a_spreadsheet_would_run_as_a_formula_is_neutralised_in_the_exports()
    {
        const string sponsor = "=1+2";
        await AddInPostAsync(sponsor, (null, 1));
        var browser = await App.SignInAsAsync(Roles.Admin);
        var query = $"asOf=2024-06-30&sponsor={Uri.EscapeDataString(sponsor)}";

        var csv = Encoding.UTF8.GetString(await browser.GetByteArrayAsync($"/dashboards/sponsors.csv?{query}", Cancel));
        using var stream = new MemoryStream(await browser.GetByteArrayAsync($"/dashboards/sponsors.xlsx?{query}", Cancel));
        using var document = SpreadsheetDocument.Open(stream, false);
        var first = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().First();

        Assert.Contains("\r\n'=1+2,1\r\n", csv, StringComparison.Ordinal);
        Assert.Equal("'=1+2", first.InlineString!.InnerText);
        Assert.Null(first.CellFormula);
    }
}
