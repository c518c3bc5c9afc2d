namespace Vivier.Testing;

/// <summary>
/// Tests that compare times or hold a time budget: xUnit runs this collection alone, after the
/// parallel ones, so that a busy neighbour on a two-core machine does not decide them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive";
}
