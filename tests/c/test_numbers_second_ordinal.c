/* "a second" is one second of time ("paused for a second", "a second or two") but the ordinal
 * before a dash glued to it ("a second-round win"), before "or" or "and" and another ordinal ("a
 * second or third try"), and a rate's "per" after a figure and its noun ("60 pages a second"):
 * no measure then (src/numbers.c second_of_time). Every story here is our own. */
#include <math.h>
#include <string.h>

#include "helpers.h"

/* The measure of one second (up to `hi` seconds) spanning `text` at the first place of `at` in t. */
static void assert_one_second(const cd_doc *doc, const char *t, const char *at, const char *text, double hi)
{
    size_t from = offset_of(t, at);
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (x[i].span.start == from) {
            assert_int_equal(x[i].kind, CD_NUM_MEASURE);
            assert_string_equal(x[i].unit, "seconds");
            assert_true(fabs(x[i].value - 1) < 1e-9);
            assert_true(fabs(x[i].value_hi - hi) < 1e-9);
            assert_int_equal(x[i].span.stop, from + strlen(text));
            return;
        }
    fail_msg("no number at %zu in \"%s\"", from, t);
}

/* No measure of time starts at byte `from`. */
static void assert_no_seconds_at(const cd_doc *doc, size_t from)
{
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (x[i].span.start == from) assert_int_not_equal(x[i].kind, CD_NUM_MEASURE);
}

/* Must fire: a pause, "a second or two", "a second later". */
static void test_second_of_time(void **state)
{
    (void)state;
    static const char t[] = "She paused for a second. Wait a second or two. A bell rang a second later.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(offset_of(t, "a second."), 15);
    assert_one_second(doc, t, "a second.", "a second", 1);
    assert_one_second(doc, t, "a second or two", "a second or two", 2);
    assert_one_second(doc, t, "a second later", "a second", 1);
    cd_doc_free(doc);
}

/* Must not: a compound with a glued dash (closed or spaced after), an ordinal pair, a rate. */
static void test_second_ordinal(void **state)
{
    (void)state;
    static const char t[] = "They scored a second-round win. He was a second- half pick. Ask a second or third clerk. "
                            "The press does 60 pages a second.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(offset_of(t, "a second-round"), 12);
    assert_no_seconds_at(doc, 12);
    assert_no_seconds_at(doc, offset_of(t, "a second- half"));
    assert_no_seconds_at(doc, offset_of(t, "a second or third"));
    assert_no_seconds_at(doc, offset_of(t, "a second."));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_second_of_time),
        cmocka_unit_test(test_second_ordinal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
