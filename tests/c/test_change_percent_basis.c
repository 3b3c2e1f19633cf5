/* A change's percent comes from its amount only when the amount can be a share: a fraction in
 * words ("by a quarter") is one; a price move in digits ("up 5-3/8") is points, measured against
 * the new level when one is given in the same unit, and never against a level in another unit
 * ("15 cents" against "19.40 dlrs"). */
#include "helpers.h"

#include <math.h>

static const cd_claim *change_in(cd_doc *doc, const char *word)
{
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, word);
    assert_non_null(c);
    return c;
}

static void test_points_alone_have_no_percent(void **state)
{
    (void)state;
    const char *t = "Dellwyn Foods was up 5-3/8 in active trading.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = change_in(doc, "up");
    assert_int_equal(c->span.start, offset_of(t, "up 5"));
    assert_int_equal(c->span.stop, offset_of(t, "5-3/8") + strlen("5-3/8"));
    assert_true(c->change->by == 5.375);
    assert_true(isnan(c->change->percent));
    cd_doc_free(doc);
}

static void test_points_against_new_level(void **state)
{
    (void)state;
    const char *t = "Marlow Tool fell 1/4 to 24-3/4.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = change_in(doc, "fell");
    assert_true(c->change->by == -0.25 && c->change->to == 24.75);
    assert_true(fabs(c->change->percent + 1.0) < 1e-9); /* -0.25 of 25 */
    cd_doc_free(doc);
}

static void test_cents_against_dollars(void **state)
{
    (void)state;
    const char *t = "Heating oil rose 15 cents to 19.40 dlrs a barrel.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = change_in(doc, "rose");
    assert_true(c->change->by == 15 && c->change->to == 19.40);
    assert_true(isnan(c->change->percent));
    cd_doc_free(doc);
}

static void test_fraction_in_words_is_a_share(void **state)
{
    (void)state;
    const char *t = "Bookings fell by a quarter last winter.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = change_in(doc, "fell");
    assert_true(c->change->by == -0.25);
    assert_true(fabs(c->change->percent + 25) < 1e-9);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_points_alone_have_no_percent),
        cmocka_unit_test(test_points_against_new_level),
        cmocka_unit_test(test_cents_against_dollars),
        cmocka_unit_test(test_fraction_in_words_is_a_share),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
