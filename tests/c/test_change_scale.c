/* A change whose one figure is written without the scale word its partner has ("from 2.118 to
 * 3.046 bln dlrs") reads both in that scale, so its from, to and percent are the story's: the
 * claim carried from 2.118 and a percent of 144 billion before. */
#include <math.h>

#include "helpers.h"

static const cd_claim *change_at(cd_doc *doc, const char *t, const char *needle, const char *span)
{
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, needle);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_int_equal(c->span.stop, offset_of(t, span) + strlen(span));
    return c;
}

static void test_bare_from_takes_the_scale_of_to(void **state)
{
    (void)state;
    const char *t = "Output rose by around half from 2.118 to 3.046 bln dlrs last year.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = change_at(doc, t, "rose", "rose by around half from 2.118 to 3.046 bln dlrs");
    assert_true(fabs(c->change->from - 2.118e9) < 1);
    assert_true(fabs(c->change->to - 3.046e9) < 1);
    assert_true(fabs(c->change->percent - (3.046 / 2.118 - 1) * 100) < 1e-9);
    assert_string_equal(c->change->direction, "increase");
    cd_doc_free(doc);
}

static void test_bare_to_takes_the_scale_of_from(void **state)
{
    (void)state;
    const char *t = "Traffic rose to 4.80 from 3.50 billion passenger miles.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = change_at(doc, t, "rose", "rose to 4.80 from 3.50 billion");
    assert_true(fabs(c->change->from - 3.5e9) < 1);
    assert_true(fabs(c->change->to - 4.8e9) < 1);
    assert_true(fabs(c->change->percent - (4.8 / 3.5 - 1) * 100) < 1e-9);
    assert_string_equal(c->change->direction, "increase");
    cd_doc_free(doc);
}

/* Figures of different sizes in their own digits, or one with a unit of its own, share nothing. */
static void test_no_scale_shared(void **state)
{
    (void)state;
    const char *t = "Attendance rose from 2 to 600 people. Its value rose from 65 cts to 59 mln dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *a = change_at(doc, t, "rose from 2", "rose from 2 to 600 people");
    assert_true(a->change->from == 2);
    assert_true(a->change->to == 600);
    assert_true(fabs(a->change->percent - 29900) < 1e-9);
    const cd_claim *v = change_at(doc, t, "rose from 65", "rose from 65 cts to 59 mln dlrs");
    assert_true(v->change->from == 65); /* in cents, as the number reads it */
    assert_true(fabs(v->change->to - 59e6) < 1e-3);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bare_from_takes_the_scale_of_to),
        cmocka_unit_test(test_bare_to_takes_the_scale_of_from),
        cmocka_unit_test(test_no_scale_shared),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
