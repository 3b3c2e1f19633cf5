/* "CLAUSE, oil industry sources said": lower-case words before a group's role or a title
 * (title_modifier) belong to the speaker, and the clause before the comma is the report; so does a
 * group an "and" joins to it ("traders and bank analysts"). A stop word ("some") or a time word
 * ("last week") before the head is no part of the description. */
#include "helpers.h"

static void test_modified_group_after_clause(void **state)
{
    (void)state;
    expect_reported_clause("The bans will hit container traffic, oil industry sources said.",
                           "The bans will hit container traffic", "oil industry sources");
    expect_reported_clause("The wheat tender drew few bids, Canadian embassy officials said.",
                           "The wheat tender drew few bids", "Canadian embassy officials");
    expect_reported_clause("Copper prices fell on the news, traders and bank analysts said.",
                           "Copper prices fell on the news", "traders and bank analysts");
}

/* "here" between the speaker and the verb is stepped over as "also" is (data/quote_fillers.tsv) */
static void test_here_before_verb(void **state)
{
    (void)state;
    expect_reported_clause("The tender drew few bids, grain traders here said.", "The tender drew few bids",
                           "grain traders");
}

static void test_stop_and_time_words_stay_out(void **state)
{
    (void)state;
    static const char SOME[] = "The port was quiet.\n\nSome dealers said the rate may fall in May.";
    expect_reported_clause(SOME, "the rate may fall in May", "dealers");
    assert_int_equal(offset_of(SOME, "the rate may fall in May"), 39);
    /* "week" is no modifier of "traders": no speaker "week grain traders" is made */
    cd_doc *doc = analyze("Last week grain traders said the crop was poor.", NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "the crop was poor");
    assert_true(!c || !c->quote.speaker || strcmp(c->quote.speaker, "week grain traders") != 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_modified_group_after_clause),
        cmocka_unit_test(test_stop_and_time_words_stay_out),
        cmocka_unit_test(test_here_before_verb),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
