/* A decimal figure reads as the double nearest what is written, as strtod reads it: "3.450" is
 * 3.45 to the last bit (a digit-by-digit sum ends a bit below). Checks that ask whether a figure
 * has a scale word compare its value with its digits, so a last-bit miss made "from 1.79" keep no
 * share of its partner's "billion". */
#include "helpers.h"

static void test_value_to_the_last_bit(void **state)
{
    (void)state;
    const char *t = "Kestrel Mills paid 3.450 dlrs, then 2.450 dlrs, then 0.3 dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const char *spans[] = {"3.450 dlrs", "2.450 dlrs", "0.3 dlrs"};
    const double want[] = {3.45, 2.45, 0.3};
    for (size_t i = 0; i < 3; i++) {
        const cd_number *n = find_number(doc, spans[i]);
        assert_non_null(n);
        assert_int_equal(n->span.start, offset_of(t, spans[i]));
        assert_true(n->value == want[i]);
    }
    cd_doc_free(doc);
}

static void test_bare_figure_takes_the_scale(void **state)
{
    (void)state;
    const char *t = "Kestrel borrowing rose to 5.62 billion from 3.450 in the spring.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_CHANGE, "rose");
    assert_non_null(c);
    assert_int_equal(c->span.stop, offset_of(t, "3.450") + strlen("3.450"));
    assert_true(c->change->from == 3.45e9 && c->change->to == 5.62e9);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_value_to_the_last_bit),
        cmocka_unit_test(test_bare_figure_takes_the_scale),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
