using System.Net;
using AngleSharp.Dom;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vivier.Core.Deployments.Import;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.HostileInput;

/// <summary>
/// Roster files built to exhaust the import: a workbook of a hundred kilobytes that inflates to
/// hundreds of megabytes, thousands of archive entries, a cell at column ZZZZZZ, CSV lines without
/// end. Each is refused with its message while it is read, in linear time and bounded memory.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class SheetFilesTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static byte[] Bomb() => HostileFiles.Xlsx(rows: 5_000, columns: 20, cellText: new string('x', 900));

    private static string Refusal(byte[] content, string name) =>
        Assert.Throws<SheetException>(() => SheetReader.Read(content, name)).MessageKey;

    [Fact]
    public void A_workbook_that_inflates_past_the_limit_is_refused_before_it_is_held()
    {
        // 5,000 rows of 20 cells of 900 characters: 90 MB of XML in a file of a few hundred kilobytes.
        var bomb = Bomb();

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Refusal(bomb, "roster.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.True(bomb.Length < 512 * 1024, $"The file weighs {bomb.Length} bytes.");
        Assert.Equal("Import.Problem.Inflated", refusal);
        // What was read before the budget ran out is held as text (twice the bytes, in UTF-16) and the rows kept: a few times the budget, never the file's 90 MB.
        Assert.True(allocated < 5 * new Vivier.Core.Inputs.XlsxLimits().MaxInflatedBytes, $"Reading it allocated {allocated / 1024 / 1024} MB.");
    }

    [Fact]
    public void A_workbook_of_too_many_rows_is_refused_at_the_first_row_past_the_limit()
    {
        var rows = HostileFiles.Xlsx(rows: 200_000);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Refusal(rows, "roster.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal("Import.Problem.TooManyRows", refusal);
        Assert.True(allocated < 96L * 1024 * 1024, $"Reading it allocated {allocated / 1024 / 1024} MB.");
    }

    [Fact]
    public void A_workbook_of_thousands_of_entries_or_a_cell_far_to_the_right_is_refused()
    {
        Assert.Equal("Import.Problem.Entries", Refusal(HostileFiles.Xlsx(rows: 2, extraEntries: 5_000), "roster.xlsx"));
        Assert.Equal("Import.Problem.TooManyColumns", Refusal(HostileFiles.Xlsx(rows: 2, firstCellReference: "ZZZZZZ1"), "roster.xlsx"));
    }

    [Fact]
    public void A_csv_too_wide_or_with_a_cell_without_end_is_refused()
    {
        var wide = string.Join(';', Enumerable.Range(0, 5_000).Select(i => $"c{i}")) + "\n" + string.Join(';', Enumerable.Range(0, 5_000).Select(i => "x"));
        var endless = "Courriel;Nom\n\"" + new string('x', 3 * 1024 * 1024);
        var longCell = "Courriel;Nom\n" + new string('x', 2 * 1024 * 1024) + ";Nom";

        Assert.Equal("Import.Problem.TooManyColumns", Refusal(Encoding.UTF8.GetBytes(wide), "roster.csv"));
        Assert.Equal("Import.Problem.Quotes", Refusal(Encoding.UTF8.GetBytes(endless), "roster.csv"));
        Assert.Equal("Import.Problem.CellTooLong", Refusal(Encoding.UTF8.GetBytes(longCell), "roster.csv"));
    }

    [Fact]
    public async Task Reading_a_sheet_takes_linear_time()
    {
        await LinearTime.AssertLinearAsync("xlsx rows", rows =>
        {
            var content = HostileFiles.Xlsx(rows: rows);
            return () => SheetReader.Read(content, "roster.xlsx");
        }, 800);
        await LinearTime.AssertLinearAsync("csv rows", rows =>
        {
            var content = Encoding.UTF8.GetBytes("Courriel;Nom\n" + string.Concat(Enumerable.Repeat("\"a;b\";\"c\"\"d\"\n", rows)));
            return () => SheetReader.Read(content, "roster.csv");
        }, 900);
        await LinearTime.AssertLinearAsync("xlsx bomb", megabytes =>
        {
            var content = HostileFiles.Xlsx(rows: 1, columns: 1, cellText: new string('x', megabytes * 1024 * 1024));
            return () => Assert.Equal("Import.Problem.CellTooLong", Refusal(content, "roster.xlsx"));
        }, 4);
    }

    [Fact]
    public async Task The_import_page_says_why_a_bomb_is_refused_and_keeps_nothing()
    {
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var page = await manager.GetDocumentAsync("/gestion/deploiements/import");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        await using var before = App.NewDb();
        var filesBefore = await before.StoredFiles.CountAsync(Cancel);
        using var form = Vivier.Testing.Candidates.FileField(Bomb(), "roster.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(new StringContent(token), "__RequestVerificationToken");

        using var response = await manager.PostAsync(new Uri("/gestion/deploiements/import?handler=Upload", UriKind.Relative), form, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        var main = (await Html.ParseAsync(response)).QuerySelector(".error-summary")?.TextContent ?? html[..Math.Min(html.Length, 3000)];
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(main.Contains("se décompresse", StringComparison.Ordinal), main);
        await using var after = App.NewDb();
        Assert.Equal(filesBefore, await after.StoredFiles.CountAsync(Cancel));
    }
}
