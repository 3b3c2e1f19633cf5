/* The noun after a superlative or "record" reads on through an initialism's dots: "the largest
 * U.S. maker", "a record 12.4 billion U.S. Dlrs". Cut at the first dot, the claim ended on a
 * lone "U". An amount that the initialism is part of is read whole. */
#include "helpers.h"

static void assert_comparison(const char *t, const char *needle, const char *span)
{
    cd_doc *doc = analyze(t, "1987-03-01");
    const cd_claim *c = find_claim(doc, CD_CLAIM_COMPARISON, needle);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_int_equal(c->span.stop, offset_of(t, span) + strlen(span));
    cd_doc_free(doc);
}

static void test_superlative_head(void **state)
{
    (void)state;
    assert_comparison("Tarvin is the largest U.S. maker of kelp wraps.", "largest",
                      "the largest U.S. maker of kelp wraps");
    assert_comparison("Velo became one of the biggest U.S. bike firms last year.", "biggest",
                      "one of the biggest U.S. bike firms");
}

static void test_record_amount(void **state)
{
    (void)state;
    assert_comparison("Its surplus grew to a record 12.4 billion U.S. Dlrs in 1986 from 9.1 billion.", "record",
                      "a record 12.4 billion U.S. Dlrs in 1986 from 9.1 billion");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_superlative_head),
        cmocka_unit_test(test_record_amount),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
