/* Market copy says a price "firmed" when it edged up: "firmed"/"firming" are change words of a rise
 * (data/change_verbs.tsv), so the figure after them is a change claim with an upward direction. */
#include "helpers.h"

static void test_firmed_is_a_rise(void **state)
{
    (void)state;
    const char *t = "Copper firmed 3 cents to $4.10 a pound on Tuesday.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "firmed");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "firmed"));
    assert_string_equal(c->change->direction, "increase");
    assert_true(c->change->to == 4.10);
    cd_doc_free(doc);
}

static void test_firming_is_a_rise(void **state)
{
    (void)state;
    const char *t = "Oat futures were firming 1.5 percent by midday.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "firming");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "firming"));
    assert_int_equal(c->span.stop, offset_of(t, "1.5 percent") + strlen("1.5 percent"));
    assert_string_equal(c->change->direction, "increase");
    assert_true(c->change->by == 1.5);
    cd_doc_free(doc);
}

/* "firm" as a noun or adjective is no change word: "the firm's 12 stores" makes no change claim. */
static void test_firm_noun_is_no_change(void **state)
{
    (void)state;
    const char *t = "The firm kept 12 stores open.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "firm"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_firmed_is_a_rise),
        cmocka_unit_test(test_firming_is_a_rise),
        cmocka_unit_test(test_firm_noun_is_no_change),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
