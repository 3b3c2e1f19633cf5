/* "grow by 15 to 20 pct" gives a range of the change, not an amount of 15 and a new level of 20
 * pct; the claim covers the whole range. Ends far apart ("by 3 to 14 pct") stay an amount in points
 * and a new level. */
#include "helpers.h"

#include <math.h>

static void test_range_of_the_change(void **state)
{
    (void)state;
    const char *t = "Exports of Ruvel pumps should grow by 15 to 20 pct next year.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "grow");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "grow"));
    assert_int_equal(c->span.stop, offset_of(t, "20 pct") + strlen("20 pct"));
    assert_true(c->change->by == 15);
    assert_true(isnan(c->change->to));
    cd_doc_free(doc);
}

static void test_points_to_a_level(void **state)
{
    (void)state;
    const char *t = "The jobless rate rose by 3 to 14 pct.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_true(c->change->by == 3 && c->change->to == 14);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_range_of_the_change),
        cmocka_unit_test(test_points_to_a_level),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
