/* The year of a quarter named without one ("the second quarter"): a quarter not yet begun by the
 * story date is last year's when read past, or with no tense while that one ended at most two
 * quarters before (its figures are still news); one over longer ago is the coming one ("has raised
 * its schedule for the second quarter" in March), unless a year before it in its sentence is past
 * ("For all of 1986, ... in the second quarter"). A year in the possessive before it names its year
 * ("last year's first quarter", "1985's fourth quarter", "fiscal 1986's second quarter"), and so
 * does "in" and a year after it ("the third quarter in 1986"). Exact values and spans. */
#include "helpers.h"

static void test_quarter_long_over_is_the_coming_one(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Ford has raised its production schedule for the second quarter by 40,000 cars.",
         .want = {{"second quarter", "1987-04/1987-06"}}, COUNT(1)},
        {"Only one refiner has renewed its contract for crude oil for the second quarter, traders said.",
         .want = {{"second quarter", "1987-04/1987-06"}}, COUNT(1)},
        {"The cartel's ceiling for the third quarter is 16.6 mln barrels a day.",
         .want = {{"third quarter", "1987-07/1987-09"}}, .date = "1987-06-15", COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-20");
}

static void test_year_before_names_the_quarter(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The group made 4.6 mln dlrs during last year's first quarter.",
         .want = {{"first quarter", "1986-01/1986-03"}}, .date = "1987-04-10"},
        {"Profit rose from 1.1 mln dlrs in 1985's fourth quarter.", .want = {{"fourth quarter", "1985-10/1985-12"}}},
        {"Net income compared with 14 cts per share in fiscal 1986's second quarter.",
         .want = {{"second quarter", "FY1986-Q2"}}},
        {"The plant will not open until 1988's first quarter.", .want = {{"first quarter", "1988-01/1988-03"}}},
        {"The new engine goes on sale before the close of this year's third quarter.",
         .want = {{"third quarter", "1987-07/1987-09"}}, .date = "1987-06-15"},
        {"Imports dropped 4.3 pct from the third quarter in 1986.",
         .want = {{"third quarter in 1986", "1986-07/1986-09"}}, .date = "1987-04-13", COUNT(1)},
        {"For all of 1986, productivity rose 0.5 pct in the second quarter.",
         .want = {{"1986", "1986"}, {"second quarter", "1986-04/1986-06"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-20");
}

static void test_quarter_kept(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* read past: last year's, however long ago */
        {"The economy grew 3.7 pct in the third quarter.", .want = {{"third quarter", "1986-07/1986-09"}},
         .date = "1987-06-15"},
        /* no tense, over less than two quarters ago: its figures are news */
        {"The report showed a 37.2 billion dlr deficit in the third quarter.",
         .want = {{"third quarter", "1986-07/1986-09"}}, .date = "1987-03-11"},
        {"Fourth quarter net 1.2 mln dlrs vs 900,000.", .want = {{"Fourth quarter", "1986-10/1986-12"}}},
        /* a future: the coming one */
        {"Sales will rise in the second quarter.", .want = {{"second quarter", "1987-04/1987-06"}}},
        /* a company's possessive names no year */
        {"The company's first quarter was weak.", .want = {{"first quarter", "1987-01/1987-03"}}},
        {"Sales fell in the third quarter in 2,000 stores.", .want = {{"third quarter", "1986-07/1986-09"}},
         .date = "1987-03-11"},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-20");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quarter_long_over_is_the_coming_one),
        cmocka_unit_test(test_year_before_names_the_quarter),
        cmocka_unit_test(test_quarter_kept),
    };
    return cmocka_run_group_tests_name("dates_quarter_year", tests, NULL, NULL);
}
