namespace Vivier.Core;

/// <summary>
/// The refusals of one form as its fields are read: at most one per field (a later rule on the
/// same field replaces the earlier one), in the order the fields were first refused. The field ""
/// stands for the whole request. Per-field rules an input declares come in through
/// <see cref="AddRange"/> (<see cref="Inputs.DeclaredRules"/>); rules that need state are added one by one.
/// </summary>
public sealed class FieldRefusals : IReadOnlyCollection<Refusal>
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

    public IEnumerator<Refusal> GetEnumerator() => byField.Values.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
