/* "up" or "down" after a verb and before a share of something is the verb's particle: "make up a
 * third of", "pay down 40 mln dlrs of its loans" name a part of a whole, not a rise or a fall. After
 * "be" or a comma the same words still state a change. */
#include "helpers.h"

static void test_make_up_a_share(void **state)
{
    (void)state;
    const char *t = "Seasonal pickers make up about 30 pct of the valley's workforce.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "up"));
    cd_doc_free(doc);
}

static void test_pay_down_part_of_debt(void **state)
{
    (void)state;
    const char *t = "Halvard Mills will pay down 40 mln dlrs of its bank loans.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "down"));
    cd_doc_free(doc);
}

static void test_after_be_stays_a_change(void **state)
{
    (void)state;
    const char *t = "Orders were up 12 pct of late, the maker said.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "up 12"));
    assert_int_equal(c->span.stop, offset_of(t, "12 pct") + strlen("12 pct"));
    assert_true(c->change->by == 12);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_make_up_a_share),
        cmocka_unit_test(test_pay_down_part_of_debt),
        cmocka_unit_test(test_after_be_stays_a_change),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
