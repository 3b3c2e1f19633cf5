/* A change with both levels, then "and" (or a comma) and what else moved with its own two levels:
 * the story left out the verb, and the second pair is a change of its own, the same way (src/claims.c
 * elided_change). Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_and_to_from(void **state)
{
    (void)state;
    const char *t = "Varno's imports rose to 220 from 160 and exports to 95 from 76 in May.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_span(t, c, "rose to 220 from 160");
    c = find_claim(doc, CD_CLAIM_CHANGE, "to 95");
    assert_span(t, c, "to 95 from 76");
    assert_true(c->change->from == 76 && c->change->to == 95 && isnan(c->change->by));
    assert_true(fabs(c->change->percent - 25) < 1e-9);
    assert_string_equal(c->change->direction, "increase");
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "95"));
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "76"));
    cd_doc_free(doc);
}

/* From-to order, a comma, a longer subject, and a third pair after the second. */
static void test_comma_from_to_chain(void **state)
{
    (void)state;
    const char *t = "The board cut the wheat line from 40 mln dlrs to 30 mln dlrs, the line for rice "
                    "from 12 mln dlrs to 9 mln dlrs and oats from 8 mln dlrs to 2 mln dlrs.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_claims(doc, CD_CLAIM_CHANGE), 3);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "from 12");
    assert_span(t, c, "from 12 mln dlrs to 9 mln dlrs");
    assert_true(fabs(c->change->from - 12e6) < 1e-3 && fabs(c->change->to - 9e6) < 1e-3);
    assert_true(fabs(c->change->percent - -25) < 1e-9);
    c = find_claim(doc, CD_CLAIM_CHANGE, "from 8");
    assert_span(t, c, "from 8 mln dlrs to 2 mln dlrs");
    assert_string_equal(c->change->direction, "decrease");
    cd_doc_free(doc);
}

/* The first change ends in a time phrase: "in 2020, and" still opens the elided one. */
static void test_after_time_phrase(void **state)
{
    (void)state;
    const char *t = "Varno's imports fell to 540 tonnes in 2020 from 610 in 2019, and exports to 95 from 120 tonnes.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "to 95");
    assert_span(t, c, "to 95 from 120 tonnes");
    assert_true(c->change->from == 120 && c->change->to == 95);
    assert_string_equal(c->change->direction, "decrease");
    assert_int_equal(count_claims(doc, CD_CLAIM_CHANGE), 2);
    cd_doc_free(doc);
}

/* Must not: levels against the verb's way, a change with one level only, levels of two measures,
 * or a subject too long to be an elided clause's. */
static void test_not_elided(void **state)
{
    (void)state;
    const char *t = "Imports rose to 220 from 160 and exports to 70 from 76. "
                    "Imports rose to 220 mln dlrs and exports to 95 from 76. "
                    "Imports rose to 220 from 160 and the plant went to 5 pct from 4 dlrs. "
                    "Imports rose to 220 from 160 and the grain shipped by the port to 95 from 76.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_claims(doc, CD_CLAIM_CHANGE), 5); /* "went" is a change of its own */
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "to 95"));
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "to 70"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_and_to_from),
        cmocka_unit_test(test_comma_from_to_chain),
        cmocka_unit_test(test_after_time_phrase),
        cmocka_unit_test(test_not_elided),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
