namespace Vivier.Core.Deployments;

/// <summary>
/// A position in a host institution that successive experts hold: the roster shows who handed over
/// to whom. A hire creates (or reuses) the post of its mission; an import names its posts by code.
/// </summary>
public sealed class Post
{
    public const int MaxCode = 60;

    public Guid Id { get; init; } = Guid.NewGuid();
    /// <summary>Stable and human-readable (a mission's reference, or the code a programme's spreadsheet uses).</summary>
    public required string Code { get; init; }
    public required string Title { get; set; }
    public required ExpertKind Kind { get; set; }
    public required string CountryCode { get; set; }
    public required string HostInstitution { get; set; }
}
