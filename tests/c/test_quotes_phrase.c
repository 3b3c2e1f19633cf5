/* A quote attributed by a speaker phrase of description and apposition between it and the speech
 * verb ('"...," Anna Berg, a senior analyst with Nordic Bank, told Reuters', '"...," producer Gil
 * Cates told reporters', '"...," one trader said', 'One dealer for a major bank said, "..."') has
 * the person the phrase names as its speaker (or the person noun heading it: "trader"), or is
 * attributed to nobody named; a person owned by
 * the speaker or after a preposition is not the speaker, and a quote with no speaker still warns. */
#include "helpers.h"

static void test_apposition_after_the_quote(void **state)
{
    (void)state;
    expect_quote_speaker(
        "\"Vodafone will need to spend a lot of money in Japan,\" Anna Berg, a senior analyst with Nordic "
        "Bank, told Reuters.",
        "\"Vodafone", "Anna Berg");
    expect_quote_speaker(
        "\"This commitment will make the exchange stronger for everyone,\" the chairman of the formation "
        "committee, Anna Berg, said.",
        "\"This", "Anna Berg");
    expect_quote_speaker(
        "\"It is obviously very encouraging for the firm,\" John Houlihan, editor of Gamesnews.com told BBC "
        "News.",
        "\"It is", "John Houlihan");
    /* the second quote goes on with the first one's speaker */
    expect_quote_speaker(
        "Shares fell. \"We expect prices to fall sharply next year,\" Anna Berg, a senior analyst with "
        "Nordic Bank, told Reuters. \"I doubt the outlay will pay off.\"",
        "\"I doubt", "Anna Berg");
}

static void test_description_before_the_name(void **state)
{
    (void)state;
    expect_quote_speaker("\"We have the bleep machine ready for the night,\" producer Gil Cates told reporters.",
                         "\"We", "Gil Cates");
    expect_quote_speaker(
        "\"This is a historic day for the families,\" said silicosis sufferer Peter Dunlop, who heads a "
        "patients' group.",
        "\"This", "Peter Dunlop");
    expect_quote_speaker(
        "\"The market will work with the artists,\" according to media and PR strategist John Houlihan.", "\"The",
        "John Houlihan");
}

static void test_nobody_named(void **state)
{
    (void)state;
    expect_quote_speaker("\"Speculation about the stake was kicking around months ago,\" one trader said.",
                         "\"Speculation", "trader"); /* a person noun heads it: data/person_nouns.tsv */
    expect_quote_speaker("\"Cheating in sport should be a crime,\" the 28-year-old told the Daily Courier.",
                         "\"Cheating", NULL);
    expect_quote_speaker("\"No one was more concerned about it than myself,\" said eighth seed Agassi.", "\"No one",
                         NULL);
    expect_quote_speaker(
        "Rates fell. One currency dealer at a large overseas bank said, \"I doubt the central "
        "bank wants higher rates.\"",
        "\"I doubt", NULL);
    /* a person who owns the speaker, or after a preposition, is not the speaker: the description
     * naming him is (described_for) */
    expect_quote_speaker("\"We will appeal the ruling next week,\" Tom Hale's lawyer said.", "\"We",
                         "Tom Hale's lawyer");
    expect_quote_speaker("\"We will appeal the ruling next week,\" a lawyer for Tom Hale said.", "\"We",
                         "lawyer for Tom Hale");
}

static void test_no_speaker_still_warns(void **state)
{
    (void)state;
    expect_findings_at("Shares fell. \"We expect prices to fall sharply next year.\"", "unattributed-quote", 1, "\"We");
    /* no speaker phrase: a clause ("but", "has had") or a new sentence after the quote */
    expect_findings_at("\"We expect prices to fall sharply next year,\" but officials in Washington said nothing.",
                       "unattributed-quote", 1, "\"We");
    expect_findings_at("\"We expect prices to fall sharply next year,\" has had 900 replies, Anna Berg said.",
                       "unattributed-quote", 1, "\"We");
    expect_findings_at("\"We expect prices to fall sharply next year.\" Anna Berg, an analyst, said so.",
                       "unattributed-quote", 1, "\"We");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_apposition_after_the_quote),
        cmocka_unit_test(test_description_before_the_name),
        cmocka_unit_test(test_nobody_named),
        cmocka_unit_test(test_no_speaker_still_warns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
