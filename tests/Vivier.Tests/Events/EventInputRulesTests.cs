using Vivier.Core;
using Vivier.Core.Events;
using Vivier.Core.Inputs;

namespace Vivier.Tests.Events;

/// <summary>
/// What <see cref="EventInput"/> and <see cref="SessionInput"/> declare, checked as pages and
/// the entity check it: one refusal per broken rule, named by field, with its resource key.
/// </summary>
public sealed class EventInputRulesTests
{
    private static Dictionary<string, string> Refused(object input) =>
        DeclaredRules.Check(input).ToDictionary(r => r.Field!, r => r.MessageKey);

    [Fact]
    public void An_event_names_each_broken_rule_and_its_key()
    {
        var broken = new EventInput(" ", null, null, null, new DateOnly(2027, 8, 27), new DateOnly(2027, 9, 30), "INSP", "everyone",
            "demain", null, [.. Enumerable.Range(1, 11).Select(i => $"Question {i}")]);
        var noEnd = new EventInput("Journées", null, null, null, new DateOnly(2027, 8, 26), null, "INSP", null, null, null);
        var fine = new EventInput("Journées", null, null, null, new DateOnly(2027, 8, 26), new DateOnly(2027, 8, 27), "INSP", null,
            "2027-06-01T09:00", "2027-08-20T18:00+02:00", ["", "  Viendrez-vous ?  ", "Viendrez-vous ?"]);

        Assert.Equal(new Dictionary<string, string>
        {
            ["Title"] = "Events.Field.Required", ["EndDate"] = "Events.EndDate.Range", ["Audience"] = "Events.Audience.Unknown",
            ["RegistrationOpensAt"] = "Events.Instant.Invalid", ["Questions"] = "Events.Questions.Invalid",
        }, Refused(broken));
        Assert.Equal(new Dictionary<string, string> { ["EndDate"] = "Events.EndDate.Required" }, Refused(noEnd));
        Assert.Empty(Refused(fine));
    }

    [Fact]
    public void A_session_s_end_is_judged_once_its_start_reads_and_its_capacity_is_required()
    {
        var backwards = new SessionInput("Hors dates", null, null, "banquet", "Salle 2", "2027-09-01T14:00", "2027-09-01T13:00", 0);
        var unreadableStart = new SessionInput("Atelier", null, null, "workshop", "Salle 2", "14 h", "midi", null);
        var tooLong = new SessionInput(new string('a', Session.MaxTitle + 1), null, null, "workshop", $" {new string('b', Session.MaxRoom)} ",
            "2027-09-01T14:00", "2027-09-01T15:00", Session.MaxCapacity);

        Assert.Equal(new Dictionary<string, string>
        {
            ["Type"] = "Events.SessionType.Unknown", ["End"] = "Events.Session.EndBeforeStart", ["Capacity"] = "Events.Session.Capacity",
        }, Refused(backwards));
        Assert.Equal(new Dictionary<string, string> { ["Start"] = "Events.Instant.Invalid", ["Capacity"] = "Events.Session.Capacity" }, Refused(unreadableStart));
        Assert.Equal(new Dictionary<string, string> { ["Title"] = Event.TooLongKey }, Refused(tooLong));
        Assert.Equal(RefusalKind.Invalid, Assert.Single(DeclaredRules.Check(tooLong)).Kind);
    }
}
