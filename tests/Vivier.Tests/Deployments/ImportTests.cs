using System.Net;
using System.Text;
using AngleSharp.Dom;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Database;
using Vivier.Core.Deployments;
using Vivier.Core.Deployments.Import;
using Vivier.Core.Identity;
using Vivier.Testing;

namespace Vivier.Tests.Deployments;

public sealed class ImportTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Csv(string tag, params string[] rows) =>
        "Courriel;Prénom;Nom;Type;Pays;Institution d'accueil;Code poste;Intitulé du poste;Date de début;Fin prévue;Fin réelle;Tutelle\n"
        + string.Join("\n", rows.Select(r => r.Replace("{tag}", tag, StringComparison.Ordinal)));

    private async Task<(ImportPlan Plan, ImportResult? Result)> ImportAsync(byte[] content, string name, bool commit = true)
    {
        await EnsureSponsorsAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<RosterImport>();
        var sheet = SheetReader.Read(content, name);
        var plan = await import.PlanAsync(sheet, RosterImport.GuessMapping(sheet.Headers), Cancel);
        return (plan, commit && plan.CanCommit ? await import.CommitAsync(plan, Guid.Empty, App.Clock.GetUtcNow().UtcDateTime, Cancel) : null);
    }

    [Fact]
    public async Task A_semicolon_csv_with_french_headers_imports_people_posts_and_hand_overs_and_a_second_import_duplicates_no_one()
    {
        var csv = Csv("a",
            "alice.{tag}@exemple.org;Alice;Martin;ETI;Sénégal;Ministère des Finances;SN-FIN-{tag};Conseil budgétaire;2022-01-10;2024-01-09;;MEAE",
            "bruno.{tag}@exemple.org;Bruno;Diallo;ETI;SN;Ministère des Finances;SN-FIN-{tag};Conseil budgétaire;10/01/2024;09/01/2026;2025-06-30;MEAE, DG Trésor",
            "\"chloe.{tag}@exemple.org\";Chloé;\"Roux; dite \"\"Clo\"\"\";AT;Polynésie française;Collectivité de Polynésie;PF-{tag};Appui;2023-03-01;2025-02-28;;MEAE");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        var (plan, first) = await ImportAsync(bytes, "roster.csv");
        var (_, second) = await ImportAsync(bytes, "roster.csv");

        Assert.Empty(plan.Problems);
        Assert.Equal(new ImportResult(3, 0, 3, 2), first);
        Assert.Equal(new ImportResult(0, 3, 0, 0), second);
        await using var db = App.NewDb();
        var chloe = await db.Users.SingleAsync(p => p.Email == "chloe.a@exemple.org", Cancel);
        Assert.Equal("Roux; dite \"Clo\"", chloe.FamilyName);
        var bruno = await db.Deployments.Include(d => d.Sponsors).SingleAsync(d => d.HostInstitution == "Ministère des Finances" && d.PlannedStart == new DateOnly(2024, 1, 10), Cancel);
        Assert.Equal((DeploymentStatus.Ended, new DateOnly(2025, 6, 30)), (bruno.Status, bruno.InPostUntil!.Value));
        Assert.Equal(["DG Trésor", "MEAE"], bruno.Sponsors.Select(s => s.ShortName).Order());
        Assert.Equal(2, await db.Deployments.CountAsync(d => d.PostId == bruno.PostId, Cancel));
    }

    [Fact]
    public async Task Every_wrong_row_is_named_in_plain_words_and_nothing_is_written()
    {
        var csv = Csv("b",
            "ok.{tag}@exemple.org;Oscar;Kane;ETI;SN;Ministère;P-{tag};Poste;2022-01-10;2024-01-09;;MEAE",
            "bad.{tag}@exemple.org;Bea;Lo;XYZ;Sénéagl;Ministère;P2-{tag};Poste;2022-13-45;2021-01-01;;Ministère inconnu",
            "ok.{tag}@exemple.org;Oscar;Kane;ETI;SN;Ministère;P-{tag};Poste;2022-01-10;2024-01-09;;MEAE");

        var (plan, result) = await ImportAsync(Encoding.UTF8.GetBytes(csv), "roster.csv");

        Assert.Null(result);
        Assert.Contains(plan.Problems, p => p is { Line: 3, Field: ImportField.Kind, MessageKey: "Import.Problem.Kind", Argument: "XYZ" });
        Assert.Contains(plan.Problems, p => p is { Line: 3, Field: ImportField.Country, Argument: "Sénéagl" });
        Assert.Contains(plan.Problems, p => p is { Line: 3, Field: ImportField.Start, MessageKey: "Import.Problem.Date" });
        Assert.Contains(plan.Problems, p => p is { Line: 3, Field: ImportField.Sponsors, Argument: "Ministère inconnu" });
        Assert.Contains(plan.Problems, p => p is { Line: 4, MessageKey: "Import.Problem.Repeated", Argument: "2" });
        await using var db = App.NewDb();
        Assert.False(await db.Users.AnyAsync(p => p.Email == "ok.b@exemple.org", Cancel));
    }

    [Fact]
    public async Task The_same_file_imported_twice_at_once_creates_each_deployment_once()
    {
        await EnsureSponsorsAsync();
        var csv = Csv("e",
            "same1.{tag}@exemple.org;Sam;Un;ETI;SN;Institution jumelle;E1-{tag};Poste;2022-01-10;2024-01-09;;MEAE",
            "same2.{tag}@exemple.org;Sam;Deux;ETI;SN;Institution jumelle;E2-{tag};Poste;2022-01-10;2024-01-09;;MEAE");
        var sheet = SheetReader.Read(Encoding.UTF8.GetBytes(csv), "roster.csv");

        async Task<ImportResult?> Once()
        {
            await using var scope = App.Services.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<RosterImport>();
            var plan = await import.PlanAsync(sheet, RosterImport.GuessMapping(sheet.Headers), Cancel);
            try
            {
                return await import.CommitAsync(plan, Guid.Empty, App.Clock.GetUtcNow().UtcDateTime, Cancel);
            }
            catch (DbUpdateException)
            {
                return null; // the other import committed these rows first: this one wrote nothing
            }
        }
        var results = await Task.WhenAll(Once(), Once());

        Assert.Equal(2, results.Where(r => r is not null).Sum(r => r!.Created));
        await using var db = App.NewDb();
        Assert.Equal(2, await db.Deployments.CountAsync(d => d.HostInstitution == "Institution jumelle", Cancel));
        Assert.Equal(1, await db.Users.CountAsync(p => p.Email == "same1.e@exemple.org", Cancel));
    }

    [Fact]
    public async Task An_xlsx_workbook_imports_like_a_csv()
    {
        var bytes = Workbook(
            ["E-mail", "Prénom", "Nom", "Type", "Pays", "Institution d'accueil", "Date de début", "Date de fin prévue"],
            ["xl@exemple.org", "Xavier", "Lenoir", "END", "Belgique", "Commission européenne", "44927", "2024-12-31"]);

        var (plan, result) = await ImportAsync(bytes, "roster.xlsx");

        Assert.Empty(plan.Problems);
        Assert.Equal(1, result!.Created);
        await using var db = App.NewDb();
        var deployment = await db.Deployments.SingleAsync(d => d.HostInstitution == "Commission européenne" && d.CountryCode == "BE" && d.PlannedStart == new DateOnly(2023, 1, 1), Cancel);
        Assert.Equal(Vivier.Core.Missions.ExpertKind.END, deployment.Kind);
    }

    [Fact]
    public async Task An_import_failing_midway_leaves_nothing_behind()
    {
        var csv = Csv("c",
            "first.{tag}@exemple.org;Fanny;Premier;ETI;SN;Institution sûre;C1-{tag};Poste;2022-01-10;2024-01-09;;MEAE",
            "second.{tag}@exemple.org;Serge;Second;ETI;SN;Institution en panne;C2-{tag};Poste;2022-02-10;2024-02-09;;MEAE");
        await RefuseDeploymentsAtAsync("Institution en panne");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => ImportAsync(Encoding.UTF8.GetBytes(csv), "roster.csv"));

        await using var db = App.NewDb();
        Assert.False(await db.Users.AnyAsync(p => p.Email == "first.c@exemple.org", Cancel));
        Assert.False(await db.Posts.AnyAsync(p => p.Code == "C1-c", Cancel));
        Assert.False(await db.Deployments.AnyAsync(d => d.HostInstitution == "Institution sûre", Cancel));
    }

    [Fact]
    public async Task Staff_upload_map_preview_and_import_through_the_page()
    {
        await EnsureSponsorsAsync();
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);
        var page = await manager.GetDocumentAsync("/gestion/deploiements/import");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        var csv = Csv("d", "page.{tag}@exemple.org;Paule;Page;ETI;Bénin;Ministère de la Santé;BJ-{tag};Poste;2021-05-01;2023-04-30;;MEAE");
        using var form = Vivier.Testing.Candidates.FileField(Encoding.UTF8.GetBytes(csv), "roster.csv", "text/csv");
        form.Add(new StringContent(token), "__RequestVerificationToken");

        using var uploaded = await manager.PostAsync("/gestion/deploiements/import?handler=Upload", form, Cancel);
        var mapping = await manager.GetDocumentAsync(uploaded.Headers.Location!.OriginalString);
        using var previewed = await manager.SubmitAsync(mapping, "main form[action*='handler=Preview']");
        var preview = await Html.ParseAsync(previewed);
        using var imported = await manager.SubmitAsync(preview, "main form[action*='handler=Commit']");

        Assert.Equal("Courriel", mapping.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#map-Email")!.SelectedOptions[0].TextContent);
        Assert.Contains("1 déploiement à importer", preview.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/gestion/deploiements/import?crees=1&deja=0", imported.Headers.Location!.OriginalString);
        await using var db = App.NewDb();
        Assert.True(await db.Deployments.AnyAsync(d => d.HostInstitution == "Ministère de la Santé" && d.CountryCode == "BJ", Cancel));
    }

    /// <summary>The two ministries the files name, as a programme's database has them.</summary>
    private async Task EnsureSponsorsAsync()
    {
        await using var db = App.NewDb();
        foreach (var name in new[] { "MEAE", "DG Trésor" })
        {
            if (!await db.Organisations.AnyAsync(o => o.ShortName == name, Cancel))
            {
                db.Organisations.Add(new Organisation { Name = name, ShortName = name, Kind = OrganisationKind.Sponsor, CountryCode = "FR" });
            }
        }
        try
        {
            await db.SaveChangesAsync(Cancel);
        }
        catch (DbUpdateException)
        {
            // Another test of this class added them at the same moment.
        }
    }

    private async Task RefuseDeploymentsAtAsync(string host)
    {
        await using var db = App.NewDb();
        if (App.Database.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("CREATE OR REPLACE FUNCTION test_refuse_import() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql;", Cancel);
            var trigger = $"CREATE TRIGGER test_refuse_import BEFORE INSERT ON deployments FOR EACH ROW WHEN (NEW.host_institution = '{host}') EXECUTE FUNCTION test_refuse_import();";
            await db.Database.ExecuteSqlRawAsync(trigger, Cancel);
        }
        else
        {
            var trigger = $"CREATE TRIGGER test_refuse_import BEFORE INSERT ON deployments WHEN NEW.host_institution = '{host}' BEGIN SELECT RAISE(ABORT, 'injected failure'); END;";
            await db.Database.ExecuteSqlRawAsync(trigger, Cancel);
        }
    }

    /// <summary>A one-sheet workbook with inline strings, as a spreadsheet program would save it.</summary>
    private static byte[] Workbook(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    var value = rows[r][c];
                    row.Append(double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)
                        ? new Cell { CellReference = reference, CellValue = new CellValue(value), DataType = CellValues.Number }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Roster" }));
        }
        return stream.ToArray();
    }
}
