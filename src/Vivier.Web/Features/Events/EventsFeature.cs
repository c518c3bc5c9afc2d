using Vivier.Web.Features.Events.Feedback;
using Vivier.Web.Features.Events.Letters;
using Vivier.Web.Features.Events.Networking;
using Vivier.Web.Features.Events.OnSite;

namespace Vivier.Web.Features.Events;

/// <summary>Events: registration and seats, the programme and enrolment, networking meetings, check-in, feedback, letters.</summary>
public static class EventsFeature
{
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<SeatGate>();
        services.AddScoped<EventTransactions>();
        services.AddScoped<EnrolmentDesk>();
        services.AddScoped<RegistrationDesk>();
        services.AddScoped<EventEditor>();
        services.AddScoped<EventReads>();
        services.AddScoped<AgendaFeeds>();
        services.AddScoped<Invitations>();
        services.AddSingleton<BadgeTokens>();
        services.AddScoped<CheckInDesk>();
        services.AddScoped<OnSiteReads>();
        services.AddScoped<MeetingPlanning>();
        services.AddScoped<MeetingDesk>();
        services.AddScoped<NetworkingReads>();
        services.AddScoped<FeedbackDesk>();
        services.AddScoped<LetterDesk>();
        return builder;
    }

    public static void MapEvents(this RouteGroupBuilder api)
    {
        api.MapEventsApi();
        api.MapOnSiteApi();
    }
}
