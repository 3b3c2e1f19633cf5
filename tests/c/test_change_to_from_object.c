/* "to N from M" after a longer object, a year or a date still belongs to the change word before
 * it (src/claims.c object_before_to_from): "trimmed its outlook for the whole year to 2.5 pct from
 * 3 pct" is one move from 3 to 2.5, not two loose quantities. Our own stories. */
#include "helpers.h"

#include <math.h>

static void test_long_object(void **state)
{
    (void)state;
    const char *t = "Pellow trimmed its sales outlook for the whole year to 2.5 pct from 3 pct on Monday.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "trimmed");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "trimmed"));
    assert_int_equal(c->span.stop, offset_of(t, "3 pct") + strlen("3 pct"));
    assert_true(c->change->from == 3 && c->change->to == 2.5 && fabs(c->change->percent - -50.0 / 3) < 1e-9);
    assert_string_equal(c->change->direction, "decrease");
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "2.5 pct"));
    cd_doc_free(doc);
}

static void test_year_and_comma(void **state)
{
    (void)state;
    const char *t = "Coastal freight at Dunmore climbed in 1998, to 640 tonnes from 520 tonnes.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "climbed");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "climbed"));
    assert_int_equal(c->span.stop, offset_of(t, "520 tonnes") + strlen("520 tonnes"));
    assert_true(c->change->from == 520 && c->change->to == 640);
    cd_doc_free(doc);
}

/* Must not: a lone "to N" far from the word, two figures that count different things, or levels
 * that move against the word. */
static void test_no_pair(void **state)
{
    (void)state;
    const char *t = "Pellow cut staff at its two mills last spring to 40 dlrs from 12 pct.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_claim(doc, CD_CLAIM_CHANGE, "cut"));
    const char *u = "Pellow cut staff at its two northern mills last spring to 40.";
    cd_doc *doc2 = analyze(u, NULL);
    assert_null(find_claim(doc2, CD_CLAIM_CHANGE, "cut"));
    cd_doc_free(doc);
    cd_doc_free(doc2);
    const char *v = "Pellow will raise the allowed cut in quotas for the coast to 9 pct from 6 pct.";
    cd_doc *doc3 = analyze(v, NULL);
    assert_null(find_claim(doc3, CD_CLAIM_CHANGE, "raise"));
    assert_null(find_claim(doc3, CD_CLAIM_CHANGE, "cut"));
    cd_doc_free(doc3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_long_object),
        cmocka_unit_test(test_year_and_comma),
        cmocka_unit_test(test_no_pair),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
