/* A change that stated its new level and no amount takes an old level set against it with
 * "compared with", "against" or "versus" (data/claim_old_levels.tsv, src/claims.c old_level_after),
 * and the "to" of "compared to" is no new level (read_marker). Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_rose_to_compared_with(void **state)
{
    (void)state;
    const char *t = "Brask's exports rose to 4.8 mln tonnes in 2020, compared with 3.2 mln tonnes in 2019.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_span(t, c, "rose to 4.8 mln tonnes in 2020, compared with 3.2 mln tonnes");
    assert_true(fabs(c->change->from - 3.2e6) < 1e-3 && fabs(c->change->to - 4.8e6) < 1e-3 && isnan(c->change->by));
    assert_true(fabs(c->change->percent - 50) < 1e-9);
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "3.2 mln"));
    cd_doc_free(doc);
}

static void test_fell_to_against(void **state)
{
    (void)state;
    const char *t = "Orvane's debt fell to 300 mln dlrs against 400 mln a year before.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_span(t, c, "fell to 300 mln dlrs against 400 mln");
    assert_true(fabs(c->change->from - 4e8) < 1e-3 && fabs(c->change->to - 3e8) < 1e-3);
    assert_true(fabs(c->change->percent - -25) < 1e-9);
    assert_string_equal(c->change->direction, "decrease");
    cd_doc_free(doc);
}

/* "compared to" a rate: no new level, the move keeps its amount alone. */
static void test_compared_to_no_level(void **state)
{
    (void)state;
    const char *t = "Kellam's output will grow 3 pct this year compared to 7 pct last year.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "grow");
    assert_span(t, c, "grow 3 pct");
    assert_true(c->change->by == 3 && isnan(c->change->to) && isnan(c->change->from));
    cd_doc_free(doc);
}

/* Must not: a change with its own amount ("by 12 to 430, against 610 a year ago": the year-ago
 * level is no start of the week's move), a level against the verb's way, or another measure. */
static void test_not_old_level(void **state)
{
    (void)state;
    const char *t = "The Dalby count fell by 12 to 430, against 610 a year ago. "
                    "Fees rose to 40 dlrs against 55 dlrs in May. "
                    "Rents rose to 40 dlrs against 5 pct in May.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    size_t changes = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i].kind != CD_CLAIM_CHANGE) continue;
        changes++;
        assert_true(isnan(c[i].change->from));
    }
    assert_int_equal(changes, 3);
    assert_int_equal(count_findings(doc, "arithmetic"), 0);
    cd_doc_free(doc);
}

/* "against" a count of another noun sets two counts side by side: "grew to 900 against 300 rebels"
 * has no old level. The same noun after both figures, or a percent with its noun after it, does. */
static void test_against_other_noun(void **state)
{
    (void)state;
    const char *t = "Border guards grew to 900 against 300 rebels in the hills. "
                    "Patrols grew to 40 boats against 25 boats a year before. "
                    "Growth will rise to 6 pct, against 2.5 pct growth in May.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "grew to 900");
    assert_span(t, c, "grew to 900");
    assert_true(c->change->to == 900 && isnan(c->change->from));
    c = find_claim(doc, CD_CLAIM_CHANGE, "grew to 40");
    assert_span(t, c, "grew to 40 boats against 25 boats");
    assert_true(c->change->to == 40 && c->change->from == 25);
    c = find_claim(doc, CD_CLAIM_CHANGE, "rise");
    assert_span(t, c, "rise to 6 pct, against 2.5 pct");
    assert_true(c->change->to == 6 && c->change->from == 2.5);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rose_to_compared_with),
        cmocka_unit_test(test_fell_to_against),
        cmocka_unit_test(test_compared_to_no_level),
        cmocka_unit_test(test_not_old_level),
        cmocka_unit_test(test_against_other_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
