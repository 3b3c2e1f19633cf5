/* An event word that ends a hyphenated compound before a noun is an adjective ("state-imposed
 * exile", "a board-backed pay freeze") and names no act; after an auxiliary, or after a verb prefix
 * ("re-", "co-"), the compound is a verb ("has re-imposed the levy", "police re-arrested him") and
 * stays an event with its subject for actor. */
#include "helpers.h"

static void test_compound_adjective(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"levy", "imposed the levy", 101, "The board", "the levy"},
        {"activist", "arrested the activist", 129, "Police", "the activist"},
        {"duties", "imposed duties", 179, "The regulator", "duties"},
    };
    const char *t = "He lives in state-imposed exile in Tarvin. A board-backed pay freeze starts in May. "
                    "The board has re-imposed the levy. Police re-arrested the activist on Monday. "
                    "The regulator re-imposed duties on steel.";
    expect_event_roles(t, "2004-03-08", want, N_OF(want));
    cd_doc *doc = analyze(t, "2004-03-08");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 3);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compound_adjective),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
