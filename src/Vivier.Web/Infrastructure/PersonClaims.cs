namespace Vivier.Web.Infrastructure;

/// <summary>Who is signed in, read from the principal's claims in one place.</summary>
public static class PersonClaims
{
    /// <summary>The signed-in person's id, where authorization has already required someone to be signed in.</summary>
    public static Guid PersonId(this ClaimsPrincipal user) =>
        user.FindPersonId() ?? throw new InvalidOperationException("No one is signed in: the endpoint should have required it.");

    /// <summary>The signed-in person's id, or null for a visitor.</summary>
    public static Guid? FindPersonId(this ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
