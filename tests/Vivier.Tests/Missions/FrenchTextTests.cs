using Vivier.Core.Search;

namespace Vivier.Tests.Missions;

public sealed class FrenchTextTests
{
    [Theory]
    [InlineData("cybersécurité", "cybersecurite")]
    [InlineData("cybersecurite", "cybersecurite")]
    [InlineData("CYBERSECURITES", "cybersecurite")]
    [InlineData("Cybersécurités", "cybersecurite")]
    [InlineData("journaux", "journal")]
    [InlineData("Œuvres", "oeuvre")]
    [InlineData("prix", "prix")]
    [InlineData("bus", "bus")]
    [InlineData("classes", "classe")]
    [InlineData("stress", "stress")]
    public void Words_fold_case_accents_and_plurals(string word, string token) =>
        Assert.Equal([token], FrenchText.Tokens(word));

    [Fact]
    public void Text_splits_on_anything_but_letters_and_digits()
    {
        Assert.Equal(["marche", "carbone", "angola", "2025"], FrenchText.Tokens("Marché « carbone » — Angola, 2025 !"));
        Assert.Equal("marche carbone angola", FrenchText.ForIndex("Marché carbone", "marchés Angola"));
    }

    [Fact]
    public void A_query_keeps_at_most_twelve_distinct_words()
    {
        var words = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"mot{i}"));

        Assert.Equal(12, FrenchText.QueryTokens(words + " mot0").Count);
        Assert.Empty(FrenchText.QueryTokens("  ... !!! "));
    }
}
