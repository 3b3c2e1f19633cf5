/* A time phrase between a change's new level and the comma of "up from"/"down from" (src/claims.c
 * before_time_phrase): the figure is still the level the move reached, and a change that stated
 * only its new level takes the adverb's old one (adverb_gives_from). Our own stories. */
#include "helpers.h"

#include <math.h>

/* "was 31 pct last year, down from 40 pct": one change from 40 to 31 pct, no loose quantity. */
static void test_level_time_down_from(void **state)
{
    (void)state;
    const char *t = "The Brask jobless rate was 31 pct last year, down from 40 pct in 2019.";
    cd_doc *doc = analyze(t, "2021-05-04");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "down");
    assert_span(t, c, "31 pct last year, down from 40 pct");
    assert_true(c->change->from == 40 && c->change->to == 31 && isnan(c->change->by));
    assert_true(fabs(c->change->percent - -22.5) < 1e-9);
    assert_string_equal(c->change->direction, "decrease");
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "31 pct"));
    cd_doc_free(doc);
}

/* A preposition and a determiner open the time phrase: "in the second quarter". */
static void test_level_in_the_quarter(void **state)
{
    (void)state;
    const char *t = "Orvane's sales were 6.4 mln dlrs in the second quarter, up from 5 mln a year earlier.";
    cd_doc *doc = analyze(t, "2021-05-04");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up from");
    assert_span(t, c, "6.4 mln dlrs in the second quarter, up from 5 mln");
    assert_true(fabs(c->change->from - 5e6) < 1e-3 && fabs(c->change->to - 6.4e6) < 1e-3);
    assert_true(fabs(c->change->percent - 28) < 1e-9);
    cd_doc_free(doc);
}

/* Words that open the time phrase: "by the end of its third quarter" (time_lead_word). */
static void test_level_at_end_of(void **state)
{
    (void)state;
    const char *t = "Varno's equity stood at 8.2 bln crowns by the end of its third quarter, up from 7.9 bln.";
    cd_doc *doc = analyze(t, "2021-11-04");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "up from");
    assert_span(t, c, "8.2 bln crowns by the end of its third quarter, up from 7.9 bln");
    assert_true(fabs(c->change->from - 7.9e9) < 1 && fabs(c->change->to - 8.2e9) < 1);
    cd_doc_free(doc);
}

/* "rose to 24 pct in 2020, up from 16 pct": the verb's change takes the old level; one claim. */
static void test_rose_to_then_up_from(void **state)
{
    (void)state;
    const char *t = "Kellam's share rose to 24 pct in 2020, up from 16 pct, the board said.";
    cd_doc *doc = analyze(t, "2021-05-04");
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_span(t, c, "rose to 24 pct in 2020, up from 16 pct");
    assert_true(c->change->from == 16 && c->change->to == 24);
    assert_true(fabs(c->change->percent - 50) < 1e-9);
    assert_int_equal(count_claims(doc, CD_CLAIM_CHANGE), 1);
    cd_doc_free(doc);
}

/* Must not: an adverb against the verb's way, levels against the adverb's, or words other than a
 * time between the level and the comma leave the "up from" a change of its own. */
static void test_not_joined(void **state)
{
    (void)state;
    const char *t = "Fees fell to 24 pct last year, up from 16 pct. "
                    "Costs rose to 24 pct last year, up from 30 pct. "
                    "Rents rose to 24 pct at the Dalby site, up from 16 pct.";
    cd_doc *doc = analyze(t, "2021-05-04");
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    size_t ups = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i].kind != CD_CLAIM_CHANGE) continue;
        const char *s = span_text(doc, c[i].span);
        if (strncmp(s, "up from", 7) == 0) {
            ups++;
            assert_true(isnan(c[i].change->to));
        } else {
            assert_true(isnan(c[i].change->from) && c[i].change->to == 24);
        }
    }
    assert_int_equal(ups, 3);
    assert_int_equal(count_claims(doc, CD_CLAIM_CHANGE), 6);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_level_time_down_from),
        cmocka_unit_test(test_level_in_the_quarter),
        cmocka_unit_test(test_level_at_end_of),
        cmocka_unit_test(test_rose_to_then_up_from),
        cmocka_unit_test(test_not_joined),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
