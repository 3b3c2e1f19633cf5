/* A change between a level in cents (or pence) and one in whole units is measured in one unit:
 * "to 2.40 dlrs from 60 cts" is a rise of 300 pct. Its stated levels stay as written. */
#include "helpers.h"

#include <math.h>

static void test_cents_to_dollars(void **state)
{
    (void)state;
    const char *t = "Quarel expects its payout to increase to 2.40 dlrs from 60 cts.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "increase");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "increase"));
    assert_int_equal(c->span.stop, offset_of(t, "60 cts") + strlen("60 cts"));
    assert_true(c->change->from == 60 && c->change->to == 2.40);
    assert_true(fabs(c->change->percent - 300) < 1e-9);
    cd_doc_free(doc);
}

static void test_pounds_to_pence(void **state)
{
    (void)state;
    const char *t = "The fee was cut to 80 pence from £2.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "cut");
    assert_non_null(c);
    assert_true(fabs(c->change->percent + 60) < 1e-9);
    cd_doc_free(doc);
}

static void test_both_in_cents(void **state)
{
    (void)state;
    const char *t = "Bus fares rose to 90 cts from 75 cts.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_true(fabs(c->change->percent - 20) < 1e-9);
    cd_doc_free(doc);
}

/* A bare level takes the other's unit: nothing to convert. */
static void test_bare_level_takes_the_unit(void **state)
{
    (void)state;
    const char *t = "Spot prices have risen to around nine from six cents per lb.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "risen");
    assert_non_null(c);
    assert_true(c->change->from == 6 && c->change->to == 9);
    assert_true(fabs(c->change->percent - 50) < 1e-9);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cents_to_dollars),
        cmocka_unit_test(test_pounds_to_pence),
        cmocka_unit_test(test_both_in_cents),
        cmocka_unit_test(test_bare_level_takes_the_unit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
