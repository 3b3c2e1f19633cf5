/* A firm or body whose name opens with a place's ("the Tokyo Timber Exchange", "Harbor Ohio Corp",
 * "Audio of Ohio Inc") or is written with a hyphen ("Ohio-Pacific Corp", "Harbor Bank-Boston") is
 * the speaker by its whole name, though the entity pass read it in parts: not "Timber Exchange",
 * "Corp" or "Boston". An organization the gazetteer knows by
 * itself keeps its own name after a country ("the U.S. Federal Reserve" is the Federal Reserve),
 * and a possessive's place is no part of the name ("Japan's Timber Exchange"). */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static void test_place_opens_the_name(void **state)
{
    (void)state;
    expect_only_quote_at("The Tokyo Timber Exchange said trading would resume on Monday morning.", 31, 69,
                       "Tokyo Timber Exchange");
    expect_only_quote_at("Harbor Ohio Corp said it will shut two old mills next spring.", 22, 60, "Harbor Ohio Corp");
    expect_only_quote_at("Audio of Ohio Inc said it will shut two old mills next spring.", 23, 61, "Audio of Ohio Inc");
}

static void test_hyphenated_names(void **state)
{
    (void)state;
    /* place "Ohio" and organization "Pacific Corp"; organization "Harbor Bank" and place "Boston";
     * "To", a stop word, left out of the run of names but joined by the hyphen */
    expect_only_quote_at("Ohio-Pacific Corp said it will shut two old mills next spring.", 23, 61, "Ohio-Pacific Corp");
    expect_only_quote_at("The loan was repaid in May, Ohio-Pacific Corp said.", 0, 26, "Ohio-Pacific Corp");
    expect_only_quote_at("Harbor Bank-Boston said it will shut two old mills next spring.", 24, 62, "Harbor Bank-Boston");
    expect_only_quote_at("To-Fit Inc said it will shut two old mills next spring.", 16, 54, "To-Fit Inc");
}

static void test_known_or_owned_names_stay(void **state)
{
    (void)state;
    expect_only_quote_at("The U.S. Federal Reserve said it would add reserves to the banking system.", 30, 73,
                       "Federal Reserve");
    expect_only_quote_at("Japan's Timber Exchange said trading would resume on Monday morning.", 29, 67, "Timber Exchange");
}

/* A firm's name that ends in a place's, the subject of the speech verb ("Kestrel Canada said"), is
 * the speaker by its whole name, not the place's; a sentence opener before the place is no part of
 * a name ("Meanwhile Canada said"). */
static void test_place_ends_the_name(void **state)
{
    (void)state;
    expect_only_quote_at("Kestrel Canada said it will shut two old mills next spring.", 20, 58, "Kestrel Canada");
    expect_only_quote_at("The mills were sold in May, Kestrel Canada said.", 0, 26, "Kestrel Canada");
    expect_only_quote_at("Meanwhile Canada said it will shut two old mills next spring.", 22, 60, "Canada");
}

/* The firm's name after an inverted direct quote starts the speaker phrase, though the name's walk
 * went back past where the subject's run began ("of"); a run of Title-Case words before a name
 * goes back NP_MAX tokens at most (the walk stops at "Harbor", eight tokens before "Inc"). */
static void test_whole_name_after_quote_and_cap(void **state)
{
    (void)state;
    expect_only_quote_at("\"We will shut two old mills next spring,\" Audio of Ohio Inc said.", 0, 41, "Audio of Ohio Inc");
    expect_only_quote_at("Grain Mills Ledger Harbor Lift Bank Gains Audio Tide Kettle of Ohio Inc said it will shut two "
                         "old mills next spring.",
                         77, 115, "Harbor Lift Bank Gains Audio Tide Kettle of Ohio Inc");
}

/* The speaker of the quote in t whose text holds needle (a copy; NULL: none), the quote's byte
 * offsets checked against start and stop. */
static const char *speaker_at(const char *t, const char *needle, size_t start, size_t stop)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, needle);
    assert_non_null(q);
    assert_int_equal(q->span.start, start);
    assert_int_equal(q->span.stop, stop);
    const char *who = q->quote.speaker ? strdup(q->quote.speaker) : NULL;
    cd_doc_free(doc);
    return who;
}

/* The quote in t whose text holds needle spans bytes [start, stop) and is who's. */
static void expect_speaker_at(const char *t, const char *needle, size_t start, size_t stop, const char *who)
{
    const char *got = speaker_at(t, needle, start, stop);
    assert_non_null(got);
    assert_string_equal(got, who);
    free((void *)got);
}

/* The speaker of "It said" in the sentence after a whole name's. */
static const char *it_speaker(const char *t)
{
    return speaker_at(t, "the work would end", strstr(t, "the work") - t, strstr(t, " by May") - t + 7);
}

/* The whole name is an organization only when the entity pass read one in it ("Harbor Bank" of
 * "Harbor Bank-Boston"): "It" then stands for it; a hyphenated word before a place is a name of no
 * known kind, which "It" does not stand for. */
static void test_organization_only_with_one_inside(void **state)
{
    (void)state;
    const char *who = it_speaker("Harbor Bank-Boston said it will shut two old mills next spring. It said the work would end by May.");
    assert_non_null(who);
    assert_string_equal(who, "Harbor Bank-Boston");
    free((void *)who);
    assert_null(it_speaker("Lark-Boston said it will shut two old mills next spring. It said the work would end by May."));
}

/* "The company said" after a firm "of <Place>" that the entity pass read in parts (organization
 * "Airbus", place "Canada", organization "Ltd") is the firm that spoke, by its whole name: the part
 * the story names at its first word is no other company that was a subject since. */
static void test_company_after_firm_of_place(void **state)
{
    (void)state;
    const char *t = "Airbus of Canada Ltd said it will shut two old mills next spring. \"Sales there have been "
                    "too thin for years,\" the company said.";
    expect_speaker_at(t, "too thin for years", 66, 109, "Airbus of Canada Ltd");
}

/* A hyphenated name with no organization entity in it ("Lark-Boston": place "Boston") is the
 * company that spoke by that name and a legal form ("Lark-Boston Inc"): "It" then stands for it,
 * not for the legal form's entity ("Inc"). */
static void test_short_name_of_a_firm_that_spoke(void **state)
{
    (void)state;
    const char *t = "Lark-Boston Inc said it will shut two old mills next spring. Lark-Boston said the yard was "
                    "sold. It said the work would end by May.";
    expect_speaker_at(t, "the work would end", 105, 130, "Lark-Boston");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_place_opens_the_name),
        cmocka_unit_test(test_hyphenated_names),
        cmocka_unit_test(test_known_or_owned_names_stay),
        cmocka_unit_test(test_place_ends_the_name),
        cmocka_unit_test(test_whole_name_after_quote_and_cap),
        cmocka_unit_test(test_organization_only_with_one_inside),
        cmocka_unit_test(test_company_after_firm_of_place),
        cmocka_unit_test(test_short_name_of_a_firm_that_spoke),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
