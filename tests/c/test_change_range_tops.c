/* A change's level given as a range ("to 5-6 pct", "from between 8 and 9 mln") keeps both ends:
 * from or to is its low end, from_hi or to_hi its top, scaled as the level is; a level of one
 * figure has no top (NaN), and a range level gives no percent. The record writes the tops as
 * "from_hi" and "to_hi". */
#include "helpers.h"

#include <math.h>

typedef struct {
    const char *text, *word, *span;       /* the story, its change word, the claim's exact text */
    double from, from_hi, to, to_hi;      /* NaN: not stated */
} range_levels;

/* a equals b, or both are NaN */
static int same_or_nan(double a, double b)
{
    return (isnan(a) && isnan(b)) || a == b;
}

static void expect_levels(const range_levels *r)
{
    cd_doc *doc = analyze(r->text, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, r->word);
    assert_span(r->text, c, r->span);
    assert_true(same_or_nan(c->change->from, r->from) && same_or_nan(c->change->from_hi, r->from_hi));
    assert_true(same_or_nan(c->change->to, r->to) && same_or_nan(c->change->to_hi, r->to_hi));
    /* a range level gives no percent; 8 mln to 7 mln is -12.5 */
    assert_true(same_or_nan(c->change->percent, isnan(r->from_hi) && isnan(r->to_hi) ? -12.5 : NAN));
    cd_doc_free(doc);
}

static void test_range_levels(void **state)
{
    (void)state;
    const range_levels cases[] = {
        {"Inflation in Orland rose to 5-6 pct last year.", "rose", "rose to 5-6 pct", NAN, NAN, 5, 6},
        {"Marlow sales will climb to between 40 and 42 mln dlrs from 30 to 31 mln dlrs.", "climb",
         "climb to between 40 and 42 mln dlrs from 30 to 31 mln dlrs", 30e6, 31e6, 40e6, 42e6},
        /* must not: levels of one figure have no tops */
        {"Orland exports fell to 7 mln tonnes from 8 mln.", "fell", "fell to 7 mln tonnes from 8 mln", 8e6, NAN, 7e6,
         NAN},
    };
    assert_int_equal(offset_of(cases[0].text, "rose"), 20);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) expect_levels(&cases[i]);
}

/* The record (JSON) writes the top after its low end, and nothing for a level of one figure. */
static void test_record_keys(void **state)
{
    (void)state;
    const char *t = "Inflation in Orland rose to 5-6 pct from 4 pct.";
    cd_doc *doc = analyze(t, NULL);
    char *json = NULL;
    size_t len = 0;
    assert_int_equal(cd_doc_to_json(doc, t, &json, &len), CD_OK);
    assert_non_null(strstr(json, "\"from\":4,\"to\":5,\"to_hi\":6,"));
    assert_null(strstr(json, "\"from_hi\""));
    free(json);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_range_levels),
        cmocka_unit_test(test_record_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
