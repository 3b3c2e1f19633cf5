/* A scale word spelled wrong after a figure ("4.2 bilion") keeps the figure's size and is raised
 * as number-spelling on the word; alone ("billon coins", an alloy) it is no number. */
#include "helpers.h"

static void test_slip_read_and_raised(void **state)
{
    (void)state;
    const char *t = "The port handled 4.2 bilion tonnes and paid 7 milion dlrs.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = find_number(doc, "4.2 bilion tonnes");
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, "4.2"));
    assert_true(fabs(n->value - 4.2e9) < 1);
    const cd_number *m = find_number(doc, "7 milion dlrs");
    assert_non_null(m);
    assert_true(fabs(m->value - 7e6) < 1e-6);
    assert_string_equal(m->unit, "USD");
    assert_int_equal(count_findings(doc, "number-spelling"), 2);
    const cd_finding *f = find_finding(doc, "number-spelling");
    assert_int_equal(f->span.start, offset_of(t, "bilion"));
    assert_int_equal(f->span.stop, offset_of(t, "bilion") + strlen("bilion"));
    assert_int_equal(f->severity, CD_SEV_WARNING);
    assert_string_equal(f->message, "'bilion' in a figure reads as 'billion': a spelling slip?");
    cd_doc_free(doc);
}

static void test_lone_word_no_number(void **state)
{
    (void)state;
    const char *t = "The mint struck billon coins.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    cd_doc_numbers(doc, &n);
    assert_int_equal(n, 0);
    assert_int_equal(count_findings(doc, "number-spelling"), 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slip_read_and_raised),
        cmocka_unit_test(test_lone_word_no_number),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
