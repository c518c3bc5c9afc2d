namespace Vivier.Web.Features.Admin;

/// <summary>What the roles partial shows: the choice so far and the organisations to pick from.</summary>
public sealed record RolesFields(IReadOnlyCollection<string> Roles, Guid? OrganisationId, IReadOnlyList<Organisation> Organisations);
