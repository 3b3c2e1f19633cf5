/* A month and day, "and" and the next day written alone ("on June 24 and 25") is one claim of the
 * two days in a row, as "on 24 and 25 June" is (next_day_after_and in time.c's range_expr); the
 * number after "and" is then no count of its own. Not two days apart, not a count with its unit or
 * noun, not before a year. Every sentence here is our own. */
#include "helpers.h"

static void test_days_in_a_row(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The council will sit on June 24 and 25 in Ely.", .want = {{"June 24 and 25", "2019-06-24/2019-06-25"}},
         COUNT(1)},
        {"The council sat on March 2 and 3, its clerk said.", .want = {{"March 2 and 3", "2019-03-02/2019-03-03"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2019-04-20");
}

/* The exact bytes and value, and no quantity left at the second day. */
static void test_span_and_no_count(void **state)
{
    (void)state;
    const char *t = "The council will sit on June 24 and 25 in Ely.";
    cd_doc *doc = analyze(t, "2019-04-20");
    const cd_claim *c = time_claim(doc, "June 24 and 25");
    assert_int_equal(c->span.start, 24);
    assert_int_equal(c->span.stop, 38);
    assert_string_equal(c->time.value, "2019-06-24/2019-06-25");
    assert_int_equal(count_claims(doc, CD_CLAIM_QUANTITY), 0);
    cd_doc_free(doc);
}

/* Two days apart, a count after "and": the first day alone; a year after the second day: no pair. */
static void test_not_a_pair(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The council sat on June 20 and 27 in Ely.", .want = {{"June 20", "2019-06-20"}}, COUNT(1)},
        {"Rates rose on March 2 and 3 pct more on Friday.", .want = {{"March 2", "2019-03-02"}}, COUNT(2)},
        {"The council sat on June 24 and 25, 2015, in Ely.", .absent = {"and 25"}},
    };
    check_date_cases(cases, N_OF(cases), "2019-07-20");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_days_in_a_row),
        cmocka_unit_test(test_span_and_no_count),
        cmocka_unit_test(test_not_a_pair),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
