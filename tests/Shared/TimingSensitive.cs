namespace Vivier.Testing;

/// <summary>
/// Tests that compare times or hold a budget under two seconds: xUnit runs this collection alone,
/// after the parallel ones, so that a busy neighbour on a two-core machine does not decide them.
/// (Budgets of two seconds or more, for work of milliseconds, stay with the others.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive";
}
