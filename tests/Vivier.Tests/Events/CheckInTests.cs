using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Events;
using Vivier.Core.Identity;
using Vivier.Testing;
using Vivier.Web.Features.Events.OnSite;

namespace Vivier.Tests.Events;

/// <summary>Badges' signed codes and the check-in desk: one arrival per person and place, whatever the scans.</summary>
public sealed class CheckInTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string Code(Guid eventId, Guid person) => App.Services.GetRequiredService<BadgeTokens>().For(eventId, person);

    private static Task<ScanResult> ScanAsync(IServiceProvider services, Guid eventId, Guid place, string code) =>
        services.InScopeAsync<CheckingIn, ScanResult>(desk => desk.ScanAsync(eventId, place, code, Guid.Empty, Cancel));

    [Fact]
    public async Task A_badge_checks_its_holder_in_once_and_forged_changed_and_other_events_codes_are_refused()
    {
        var e = await App.CreateEventAsync("Journées");
        var other = await App.CreateEventAsync("Autre événement");
        var session = await App.AddSessionAsync(e, "Atelier", new TimeOnly(10, 0), new TimeOnly(11, 0), 20);
        var (ana, ben) = (await App.RegisterPeopleAsync(e, 2)) is var p ? (p[0], p[1]) : default;
        await App.RegisterPeopleAsync(other, 1);
        await using (var db = App.NewDb())
        {
            await db.Registrations.Where(r => r.PersonId == ben).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled), Cancel);
        }
        var code = Code(e.Id, ana);
        // A character changed in the signed part; the event's id swapped for another's; a code made for another event.
        var tampered = code[..^3] + (code[^3] == 'A' ? 'B' : 'A') + code[^2..];
        var swapped = code.Replace(e.Id.ToString("N"), other.Id.ToString("N"), StringComparison.Ordinal);

        var first = await ScanAsync(App.Services, e.Id, e.Id, code);
        var again = await ScanAsync(App.Services, e.Id, e.Id, code);
        var door = await ScanAsync(App.Services, e.Id, session.Id, code);
        var results = new[]
        {
            await ScanAsync(App.Services, e.Id, e.Id, tampered), await ScanAsync(App.Services, e.Id, e.Id, swapped),
            await ScanAsync(App.Services, e.Id, e.Id, Code(other.Id, ana)), await ScanAsync(App.Services, e.Id, e.Id, "VB1.nothing.here"),
            await ScanAsync(App.Services, e.Id, e.Id, Code(e.Id, ben)), await ScanAsync(App.Services, e.Id, other.Id, code),
        };

        Assert.Equal((CheckingIn.CheckedIn, CheckingIn.Already, CheckingIn.CheckedIn), (first.Outcome, again.Outcome, door.Outcome));
        Assert.Equal(first.At, again.At);
        Assert.False(door.OnSessionList);
        Assert.Equal([CheckingIn.Forged, CheckingIn.Forged, CheckingIn.OtherEvent, CheckingIn.Forged, CheckingIn.NotRegistered, CheckingIn.UnknownPlace],
            results.Select(r => r.Outcome));
        Assert.All(results, r => Assert.Null(r.Name));
        await using var check = App.NewDb();
        Assert.Equal(2, await check.CheckIns.CountAsync(c => c.EventId == e.Id, Cancel));
    }

    [Fact]
    public async Task Twenty_scans_of_one_badge_at_once_on_two_instances_count_one_arrival()
    {
        var e = await App.CreateEventAsync("Journées");
        var person = (await App.RegisterPeopleAsync(e, 1))[0];
        var code = Code(e.Id, person);
        await using var other = await App.AnotherInstanceAsync();

        var scans = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => ScanAsync(i % 2 == 0 ? App.Services : other.Services, e.Id, e.Id, code))));

        Assert.Single(scans, s => s.Outcome == CheckingIn.CheckedIn);
        Assert.Equal(19, scans.Count(s => s.Outcome == CheckingIn.Already));
        Assert.Single(scans.Select(s => s.At).Distinct());
        await using var db = App.NewDb();
        Assert.Equal(1, await db.CheckIns.CountAsync(c => c.EventId == e.Id, Cancel));
    }

    [Fact]
    public async Task One_desk_scans_ten_badges_a_second_through_the_api_without_a_double_count_and_only_staff_may()
    {
        var e = await App.CreateEventAsync("Journées");
        var people = await App.RegisterPeopleAsync(e, 60);
        var desk = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Recruiter)));
        var expert = App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(Roles.Expert)));
        // Each badge scanned twice, the second time a few badges later, as a queue at a desk does.
        var codes = people.Select(p => Code(e.Id, p)).ToList();
        var queue = codes.Select((c, i) => (c, i * 2)).Concat(codes.Select((c, i) => (c, i * 2 + 5))).OrderBy(x => x.Item2).Select(x => x.c).ToList();
        await desk.PostAsJsonAsync($"/api/v1/events/{e.Id}/check-ins", new { code = "warm-up" }, Cancel);

        var watch = Stopwatch.StartNew();
        var outcomes = new List<string>();
        foreach (var code in queue)
        {
            var response = await desk.PostAsJsonAsync($"/api/v1/events/{e.Id}/check-ins", new { code }, Cancel);
            outcomes.Add((await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("outcome").GetString()!);
        }
        watch.Stop();
        var refused = await expert.PostAsJsonAsync($"/api/v1/events/{e.Id}/check-ins", new { code = codes[0] }, Cancel);
        var forged = await desk.PostAsJsonAsync($"/api/v1/events/{e.Id}/check-ins", new { code = codes[0][..^2] + "xx" }, Cancel);
        var attendance = await (await desk.GetAsync($"/api/v1/events/{e.Id}/attendance", Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(120, queue.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(12), $"120 scans took {watch.Elapsed}: fewer than 10 a second");
        Assert.Equal((60, 60), (outcomes.Count(o => o == CheckingIn.CheckedIn), outcomes.Count(o => o == CheckingIn.Already)));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.UnprocessableEntity), (refused.StatusCode, forged.StatusCode));
        Assert.Equal((60, 60), (attendance.GetProperty("atDesk").GetInt32(), attendance.GetProperty("confirmed").GetInt32()));
    }

    [Fact]
    public async Task The_desk_page_checks_in_by_scan_and_by_name_and_says_already_on_a_second_scan()
    {
        var e = await App.CreateEventAsync("Journées");
        var person = (await App.RegisterPeopleAsync(e, 1, "Zanzibar"))[0];
        var staff = await App.SignInAsAsync(Roles.ProgrammeManager);
        var page = await staff.GetDocumentAsync($"/gestion/evenements/{e.Id}/accueil");

        async Task<AngleSharp.Dom.IDocument> SubmitAsync(string code)
        {
            using var response = await staff.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string> { ["Code"] = code });
            return await Html.ParseAsync(response);
        }
        var scanned = await SubmitAsync(Code(e.Id, person));
        var again = await SubmitAsync(Code(e.Id, person));
        var byName = await SubmitAsync("zanzib");

        Assert.Equal(CheckingIn.CheckedIn, scanned.QuerySelector("#scan-result")!.GetAttribute("data-outcome"));
        Assert.Equal(CheckingIn.Already, again.QuerySelector("#scan-result")!.GetAttribute("data-outcome"));
        Assert.Contains("P0 Zanzibar", byName.QuerySelector("#found-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", again.QuerySelector($"[data-count='{e.Id}']")!.TextContent);
    }

    [Fact]
    public async Task A_name_shared_by_more_people_than_the_desk_lists_says_so_and_the_full_name_finds_the_one()
    {
        var e = await App.CreateEventAsync("Journées");
        var people = await App.RegisterPeopleAsync(e, CheckingIn.Shown + 1, "Quetzal");
        var staff = await App.SignInAsAsync(Roles.ProgrammeManager);
        var page = await staff.GetDocumentAsync($"/gestion/evenements/{e.Id}/accueil");

        async Task<AngleSharp.Dom.IDocument> SearchAsync(string text)
        {
            using var response = await staff.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string> { ["Code"] = text });
            return await Html.ParseAsync(response);
        }
        var many = await SearchAsync("quetzal");
        var one = await SearchAsync("p7 QUETZAL");

        Assert.Equal(CheckingIn.Shown, many.QuerySelectorAll("section[aria-labelledby=found-title] li").Length);
        Assert.NotNull(many.QuerySelector("#found-more"));
        Assert.Equal([$"person={people[7]}"], one.QuerySelectorAll("section[aria-labelledby=found-title] form")
            .Select(f => f.GetAttribute("action")![f.GetAttribute("action")!.IndexOf("person=", StringComparison.Ordinal)..]));
        Assert.Null(one.QuerySelector("#found-more"));
    }
}
