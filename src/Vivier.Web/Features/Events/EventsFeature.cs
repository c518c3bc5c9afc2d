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
        services.AddScoped<Enrolling>();
        services.AddScoped<Registering>();
        services.AddScoped<EventEditor>();
        services.AddScoped<EventReads>();
        services.AddScoped<AgendaFeeds>();
        services.AddScoped<Invitations>();
        services.AddSingleton<BadgeTokens>();
        services.AddScoped<CheckingIn>();
        services.AddScoped<OnSiteReads>();
        services.AddScoped<MeetingPlanning>();
        services.AddScoped<MeetingRequests>();
        services.AddScoped<NetworkingReads>();
        services.AddScoped<Surveys>();
        services.AddScoped<ParticipantLetters>();
        return builder;
    }

    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        api.MapEventsApi();
        api.MapOnSiteApi();
        return api;
    }
}
