using Vivier.Core.Missions;

namespace Vivier.Tests.Missions;

/// <summary>Every status move the programme allows, and every other one refused with its message.</summary>
public sealed class MissionRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);

    private static Mission In(MissionStatus status)
    {
        var mission = new Mission
        {
            Reference = "ETI-2026-0001", Title = "t", Kind = ExpertKind.ETI, CountryCode = "SN", City = "Dakar", HostInstitution = "h",
            Description = "d", Profile = "p", StartDate = new DateOnly(2027, 3, 1), DurationMonths = 24, Deadline = new DateOnly(2026, 12, 31), CreatedAt = Now,
        };
        switch (status)
        {
            case MissionStatus.Published: mission.Publish(Now); break;
            case MissionStatus.Closed: mission.Publish(Now); mission.Close(Now); break;
            case MissionStatus.Filled: mission.Publish(Now); mission.MarkFilled(Now); break;
            case MissionStatus.Cancelled: mission.Cancel("budget", Now); break;
        }
        return mission;
    }

    public static TheoryData<MissionStatus, string, MissionStatus?> Moves()
    {
        var data = new TheoryData<MissionStatus, string, MissionStatus?>();
        var allowed = new Dictionary<(MissionStatus, string), MissionStatus>
        {
            [(MissionStatus.Draft, "publish")] = MissionStatus.Published,
            [(MissionStatus.Published, "close")] = MissionStatus.Closed,
            [(MissionStatus.Closed, "reopen")] = MissionStatus.Published,
            [(MissionStatus.Published, "fill")] = MissionStatus.Filled,
            [(MissionStatus.Closed, "fill")] = MissionStatus.Filled,
            [(MissionStatus.Draft, "cancel")] = MissionStatus.Cancelled,
            [(MissionStatus.Published, "cancel")] = MissionStatus.Cancelled,
            [(MissionStatus.Closed, "cancel")] = MissionStatus.Cancelled,
        };
        foreach (var status in Enum.GetValues<MissionStatus>())
        {
            foreach (var action in new[] { "publish", "close", "reopen", "fill", "cancel" })
            {
                data.Add(status, action, allowed.TryGetValue((status, action), out var to) ? to : null);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void Only_the_programmes_moves_are_allowed(MissionStatus from, string action, MissionStatus? to)
    {
        var mission = In(from);
        void Act()
        {
            switch (action)
            {
                case "publish": mission.Publish(Now); break;
                case "close": mission.Close(Now); break;
                case "reopen": mission.Reopen(new DateOnly(2027, 1, 31), Now); break;
                case "fill": mission.MarkFilled(Now); break;
                case "cancel": mission.Cancel("raison", Now); break;
            }
        }

        if (to is { } expected)
        {
            Act();
            Assert.Equal(expected, mission.Status);
        }
        else
        {
            var refused = Assert.Throws<MissionRuleException>(Act);
            Assert.StartsWith("Mission.Rule.", refused.MessageKey, StringComparison.Ordinal);
            Assert.Equal(from, mission.Status);
        }
    }

    [Fact]
    public void Reopening_needs_a_deadline_in_the_future_and_cancelling_a_reason()
    {
        var closed = In(MissionStatus.Closed);
        Assert.Equal("Mission.Rule.ReopenNeedsFutureDeadline",
            Assert.Throws<MissionRuleException>(() => closed.Reopen(new DateOnly(2026, 11, 26), Now)).MessageKey);
        Assert.Equal("Mission.Rule.CancelNeedsReason", Assert.Throws<MissionRuleException>(() => In(MissionStatus.Draft).Cancel(" ", Now)).MessageKey);
        Assert.Equal("Mission.Rule.DeadlinePassed",
            Assert.Throws<MissionRuleException>(() => In(MissionStatus.Draft).Publish(new DateTime(2027, 1, 2, 0, 0, 0, DateTimeKind.Utc))).MessageKey);
    }

    [Theory]
    [InlineData(2026, 12, 31, "2026-12-31T22:59:59Z")]
    [InlineData(2027, 7, 14, "2027-07-14T21:59:59Z")]
    public void A_deadline_ends_at_23_59_59_in_Paris_in_winter_and_in_summer(int year, int month, int day, string utc) =>
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
            ParisTime.EndOfDay(new DateOnly(year, month, day)));
}
