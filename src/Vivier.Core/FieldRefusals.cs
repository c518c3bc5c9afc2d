namespace Vivier.Core;

/// <summary>
/// The refusals of one form as its fields are read: at most one per field (a later rule on the
/// same field replaces the earlier one), in the order the fields were first refused. The field ""
/// stands for the whole request. The form's own messages for a missing and for a too long text are
/// given once, at the start.
/// </summary>
public sealed class FieldRefusals(string? requiredKey = null, string? tooLongKey = null) : IReadOnlyCollection<Refusal>
{
    private readonly Dictionary<string, Refusal> byField = [];

    public int Count => byField.Count;

    /// <summary>Refuses the field's value (Invalid); "" refuses the whole request.</summary>
    public void Add(string field, string messageKey, params object[] arguments) =>
        byField[field] = new Refusal(RefusalKind.Invalid, messageKey, field.Length == 0 ? null : field, arguments);

    /// <summary>Refuses with another kind (nothing to act on, a stale version): the whole request.</summary>
    public void Add(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        byField[refusal.Field ?? ""] = refusal;
    }

    /// <summary>Several refusals (an input's declared rules, <see cref="Inputs.DeclaredRules"/>): the first for each field stands, as the API reports it first.</summary>
    public void AddRange(IEnumerable<Refusal> refusals)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        foreach (var refusal in refusals)
        {
            byField.TryAdd(refusal.Field ?? "", refusal);
        }
    }

    public bool Has(string field) => byField.ContainsKey(field);

    /// <summary>A text the form must have, trimmed; refused when empty or longer than <paramref name="max"/>.</summary>
    public string Required(string? text, int max, string field)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            Add(field, requiredKey ?? throw NoMessage("a missing text"));
        }
        else if (value.Length > max)
        {
            Add(field, tooLongKey ?? throw NoMessage("a too long text"));
        }
        return value;
    }

    /// <summary>A text the form may leave blank (then null), trimmed; refused when longer than <paramref name="max"/>.</summary>
    public string? Optional(string? text, int max, string field)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (value?.Length > max)
        {
            Add(field, tooLongKey ?? throw NoMessage("a too long text"));
        }
        return value;
    }

    private static InvalidOperationException NoMessage(string what) => new($"This form was given no message for {what}.");

    public IEnumerator<Refusal> GetEnumerator() => byField.Values.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
