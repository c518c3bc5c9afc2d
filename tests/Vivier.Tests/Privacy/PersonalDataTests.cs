using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Vivier.Core.Audit;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Privacy;

namespace Vivier.Tests.Privacy;

/// <summary>"Mes données": the whole of what Vivier holds about a person, to them alone, readable, with their files; no table that names a person is forgotten.</summary>
public sealed class PersonalDataTests(RetentionApp app) : VivierTest(app), IClassFixture<RetentionApp>
{
    /// <summary>Property names that hold a person's id without a foreign key saying so.</summary>
    private static readonly string[] PersonColumns = ["PersonId", "OwnerId", "ActorId", "FromId", "ToId", "DoneBy", "DecidedBy", "InvitedBy", "ChangedBy", "RequestedBy", "AuthorId", "ReviewerId", "CheckedInBy", "UserId"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_column_of_the_model_that_names_a_person_is_exported_or_left_out_with_a_reason()
    {
        using var db = App.NewDb();
        var references = db.Model.GetEntityTypes().Where(e => !e.IsOwned())
            .SelectMany(e => e.GetForeignKeys().Where(fk => fk.PrincipalEntityType.ClrType == typeof(Person)).SelectMany(fk => fk.Properties)
                .Concat(e.GetProperties().Where(p => PersonColumns.Contains(p.Name) && (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?))))
                .Select(p => new PersonReference(e.ClrType, p.Name)))
            .Append(new PersonReference(typeof(Person), "Id"))
            .Distinct().ToList();

        var missing = references.Where(r => !PersonalData.Sections.ContainsKey(r) && !PersonalData.LeftOut.ContainsKey(r)).Select(r => $"{r.Entity.Name}.{r.Property}").ToList();
        var stale = PersonalData.Sections.Keys.Concat(PersonalData.LeftOut.Keys).Where(r => !references.Contains(r)).Select(r => $"{r.Entity.Name}.{r.Property}").ToList();

        Assert.True(missing.Count == 0, $"Not in the personal data export, nor left out with a reason: {string.Join(", ", missing)}");
        Assert.True(stale.Count == 0, $"Named by the export but not a person's column in the model: {string.Join(", ", stale)}");
        Assert.Empty(PersonalData.Sections.Keys.Intersect(PersonalData.LeftOut.Keys));
    }

    [Fact]
    public async Task A_candidate_downloads_their_own_data_as_one_readable_document_and_their_files_as_a_zip()
    {
        var (person, client) = await App.CreateCandidateAsync();
        var mission = await App.CreateMissionAsync("Appui à la planification");
        using (var sent = await client.PostAsJsonAsync($"/api/v1/missions/{mission.Reference}/applications", new { coverLetter = "Ma lettre pour la planification.", submit = true }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }
        var other = await App.CreateCandidateAsync();

        using var json = await client.GetAsync(new Uri("/api/v1/me/data", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        var text = await json.Content.ReadAsStringAsync(Cancel);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.Equal(person.Email, root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("Ma lettre pour la planification.", root.GetProperty("applications")[0].GetProperty("coverLetter").GetString());
        Assert.Equal(1, root.GetProperty("files").GetArrayLength());
        Assert.Equal(1, root.GetProperty("applicationHistory").GetArrayLength());
        Assert.True(root.GetProperty("sessions").GetArrayLength() >= 1);
        Assert.Contains("\n  ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Person.Email, text, StringComparison.Ordinal);
        Assert.DoesNotContain("securityStamp", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tokenHash", text, StringComparison.OrdinalIgnoreCase);

        using var zip = await client.GetAsync(new Uri("/api/v1/me/data/archive", UriKind.Relative), Cancel);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType!.MediaType);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync(Cancel));
        Assert.Contains(archive.Entries, e => e.FullName == "vivier-donnees.json");
        var cv = Assert.Single(archive.Entries, e => e.FullName.StartsWith("fichiers/", StringComparison.Ordinal));
        await using (var bytes = await cv.OpenAsync(Cancel))
        {
            var head = new byte[5];
            await bytes.ReadExactlyAsync(head, Cancel);
            Assert.Equal("%PDF-"u8.ToArray(), head);
        }
        await using var db = App.NewDb();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.PersonalDataExported && e.ActorId == person.Id, Cancel));
        client.Dispose();
        other.Client.Dispose();
    }

    [Fact]
    public async Task The_page_lists_every_section_with_its_count_for_a_staff_member_too()
    {
        var admin = await App.SignInAsync(await App.CreatePersonAsync(Roles.Admin));

        var page = await admin.GetDocumentAsync("/compte/donnees");

        var rows = page.QuerySelectorAll("#held tbody tr");
        // The account, each table naming the person, and the seven sections about them that name them only through another row.
        Assert.Equal(PersonalData.Sections.Count + 8, rows.Length);
        Assert.All(rows, r => Assert.DoesNotContain("MyData.Section", r.TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("a#download-json[href='/api/v1/me/data']"));
    }
}
