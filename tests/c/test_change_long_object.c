/* A change word may govern a long object before "from X to Y" ("an increase in the authorized
 * common stock of a firm from"): the change is read when both ends are stated; a lone "from" after
 * such an object stays a quantity (a place or a source may follow a verb of change). */
#include "helpers.h"

static void test_long_object_both_ends(void **state)
{
    (void)state;
    const char *t = "Holders will vote on an increase in the authorized common stock of Lerma from 40 mln to 90 mln shares.";
    const char *span = "increase in the authorized common stock of Lerma from 40 mln to 90 mln shares";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, span);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_int_equal(c->span.stop, offset_of(t, span) + strlen(span));
    assert_true(fabs(c->change->from - 40e6) < 1e-3 && fabs(c->change->to - 90e6) < 1e-3);
    assert_true(fabs(c->change->percent - 125) < 1e-9);
    cd_doc_free(doc);
}

static void test_joined_words_in_object(void **state)
{
    (void)state;
    const char *t = "Pemco lowered the company's debt-to-equity ratio from 45 pct to 35 pct.";
    const char *span = "lowered the company's debt-to-equity ratio from 45 pct to 35 pct";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, span);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_true(c->change->from == 45 && c->change->to == 35);
    assert_string_equal(c->change->direction, "decrease");
    cd_doc_free(doc);
}

static void test_long_object_from_alone(void **state)
{
    (void)state;
    const char *t = "Output rose at the two old mills in the province from 5,000 tonnes.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "rose"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_long_object_both_ends),
        cmocka_unit_test(test_joined_words_in_object),
        cmocka_unit_test(test_long_object_from_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
