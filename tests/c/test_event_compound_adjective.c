/* An event word that ends a hyphenated compound before a noun is an adjective ("self-imposed
 * exile", "a court-imposed pay cut") and names no act; after an auxiliary the compound is a verb
 * with a prefix ("has re-imposed the levy") and stays an event. */
#include "helpers.h"

static void test_compound_adjective(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"levy", "imposed the levy", 98, NULL, "the levy"},
    };
    const char *t = "He lives in self-imposed exile in Tarvin. A court-imposed pay cut starts in May. "
                    "The board has re-imposed the levy.";
    expect_event_roles(t, "2004-03-08", want, N_OF(want));
    cd_doc *doc = analyze(t, "2004-03-08");
    assert_int_equal(count_claims(doc, CD_CLAIM_EVENT), 1);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compound_adjective),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
