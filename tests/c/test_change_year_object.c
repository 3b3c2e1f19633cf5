/* A year that time.c read may stand in the object or the time between a change word and its
 * marker ("doubled in 2019 to 80,000 tonnes", "cut the 2022 deficit to ..."): src/claims.c
 * in_change_object. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_doubled_in_year_to(void **state)
{
    (void)state;
    const char *t = "Kellam's output doubled in 2019 to 80,000 tonnes.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "doubled");
    assert_span(t, c, "doubled in 2019 to 80,000 tonnes");
    assert_true(c->change->to == 80000 && isnan(c->change->from) && isnan(c->change->by));
    assert_true(fabs(c->change->percent - 100) < 1e-9);
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "80,000"));
    cd_doc_free(doc);
}

static void test_fell_in_year_from_to(void **state)
{
    (void)state;
    const char *t = "Brask's sales fell in 2018 from 30 mln dlrs to 21 mln dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "fell");
    assert_span(t, c, "fell in 2018 from 30 mln dlrs to 21 mln dlrs");
    assert_true(fabs(c->change->from - 3e7) < 1e-3 && fabs(c->change->to - 2.1e7) < 1e-3);
    assert_true(fabs(c->change->percent - -30) < 1e-9);
    cd_doc_free(doc);
}

/* Must not: the year is no amount, and a year with no figure after it makes no change. */
static void test_year_alone(void **state)
{
    (void)state;
    const char *t = "Fees rose in 2019, and Varno closed two plants.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "rose"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doubled_in_year_to),
        cmocka_unit_test(test_fell_in_year_from_to),
        cmocka_unit_test(test_year_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
