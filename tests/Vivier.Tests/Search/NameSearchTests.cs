using Microsoft.EntityFrameworkCore;
using Vivier.Core.Identity;
using Vivier.Core.Search;
using Vivier.Testing;
using Vivier.Web.Features.Events.OnSite;

namespace Vivier.Tests.Search;

/// <summary>Names are found as people type them, accents and case aside, at the desk and in the staff lists, on both databases.</summary>
public sealed class NameSearchTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A confirmed participant renamed "Émilie Lefèvre" (a later edit, so the stored search name must follow it).</summary>
    private async Task<(Core.Events.Event Event, Person Person)> EmilieAsync()
    {
        var e = await App.CreateEventAsync("Journées " + Guid.NewGuid().ToString("N")[..6]);
        var id = (await App.RegisterPeopleAsync(e, 1, "Lefèvre"))[0];
        await using var db = App.NewDb();
        var person = await db.Users.SingleAsync(p => p.Id == id, Cancel);
        person.GivenName = "Émilie";
        await db.SaveChangesAsync(Cancel);
        return (e, person);
    }

    private async Task<IReadOnlyList<Arrival>> DeskAsync(Guid eventId, string text) =>
        (await App.Services.InScopeAsync<CheckingIn, Matches>(desk => desk.FindAsync(eventId, eventId, text, Cancel))).People;

    [Fact]
    public async Task The_desk_finds_a_name_typed_without_its_accents_in_any_case_and_not_a_different_name()
    {
        var (e, emilie) = await EmilieAsync();

        var found = new List<(string Text, List<Guid> Ids)>();
        foreach (var text in new[] { "emilie lefevre", "LEFÈVRE", "Lefev", "ÉMILIE", "lefèvre émilie" })
        {
            found.Add((text, (await DeskAsync(e.Id, text)).Select(a => a.PersonId).ToList()));
        }
        // The address's unique part, as typed from a printed list.
        var byEmail = await DeskAsync(e.Id, emilie.Email!["Lefèvre0-".Length..][..12]);
        var other = await DeskAsync(e.Id, "Lefebvre");
        var half = await DeskAsync(e.Id, "emilie dupont");

        Assert.All(found, f => Assert.True(f.Ids.SequenceEqual([emilie.Id]), $"« {f.Text} » found {f.Ids.Count}"));
        Assert.Equal(new[] { emilie.Id }, byEmail.Select(a => a.PersonId));
        Assert.Empty(other);
        Assert.Empty(half);
    }

    [Fact]
    public async Task Staff_lists_of_people_and_of_registrations_find_emilie_lefevre_typed_plainly()
    {
        var (e, emilie) = await EmilieAsync();
        using var admin = await App.SignInAsAsync(Roles.Admin);
        using var organiser = await App.SignInAsAsync(Roles.ProgrammeManager);

        var people = await admin.GetDocumentAsync("/admin/personnes?q=" + Uri.EscapeDataString("emilie lefevre"));
        var registrations = await organiser.GetDocumentAsync($"/gestion/evenements/{e.Id}/inscriptions?q=" + Uri.EscapeDataString("EMILIE"));
        var none = await organiser.GetDocumentAsync($"/gestion/evenements/{e.Id}/inscriptions?q=" + Uri.EscapeDataString("Lefebvre"));

        Assert.Contains(emilie.Email!, people.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(emilie.Email!, registrations.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(emilie.Email!, none.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_saved_before_the_search_name_existed_are_given_one_at_start()
    {
        var (e, emilie) = await EmilieAsync();
        await using (var db = App.NewDb())
        {
            await db.Users.Where(p => p.Id == emilie.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.SearchName, ""), Cancel);
        }
        var before = await DeskAsync(e.Id, "emilie");

        await using (var db = App.NewDb())
        {
            await NameSearch.BackfillAsync(db, Cancel);
        }
        var after = await DeskAsync(e.Id, "emilie");

        Assert.Empty(before);
        Assert.Equal(new[] { emilie.Id }, after.Select(a => a.PersonId));
    }
}
