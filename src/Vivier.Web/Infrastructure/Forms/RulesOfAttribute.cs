namespace Vivier.Web.Infrastructure.Forms;

/// <summary>
/// A page's form that carries the fields of a shared input (the API's) and is checked by that
/// input's declared rules: the form's fields read from it what they must say before sending
/// (a [Required] field is marked aria-required).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RulesOfAttribute(Type input) : Attribute
{
    public Type Input { get; } = input;
}
