/* inconsistent-number: a bare year that names whose figures follow ("1996 net includes ..."), the
 * abbreviated periods of results tables ("qtr", "mths", "yr") and words of an earlier report
 * ("previously", "previous") tell the time of a sentence's figures: figures of two times do not
 * disagree. */
#include "helpers.h"

#define RULE "inconsistent-number"

/* Figures of two times: no finding. */
static const char *const two_times[] = {
    "1996 net includes a charge of 40 cts for plant closings. 1995 net includes a charge of 22 cts for plant closings.",
    ("In the qtr the new stores had 4.1 mln dlrs of sales from groceries. In nine mths the new stores had 9.8 mln dlrs "
     "of sales from groceries."),
    "The zone averaged 0.81 ounces of gold a ton. The company previously reported 0.23 ounces of gold a ton.",
    "Pump prices are 90 cents for 92 octane petrol. Previous pump prices were 88 cents for 92 octane petrol.",
};

static void test_two_times_do_not_disagree(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_OF(two_times); i++) expect_findings_at(two_times[i], RULE, 0, NULL);
}

static void test_one_time_disagrees(void **state)
{
    (void)state;
    expect_finding_message("1996 net includes a charge of 40 cts for plant closings. Later the company said 1996 net "
                           "includes a charge of 45 cts for plant closings.",
                           RULE, "45 cts", "40 cts",
                           "\"45 cts for plant closings\" here, but \"40 cts for plant closings\" earlier");
    expect_finding_message("In the qtr the new stores had 4.1 mln dlrs of sales from groceries. In the qtr the new "
                           "stores had 4.6 mln dlrs of sales from groceries.",
                           RULE, "4.6 mln", "4.1 mln",
                           "\"4.6 mln dlrs of sales from groceries\" here, but \"4.1 mln dlrs of sales from groceries\" "
                           "earlier");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_times_do_not_disagree),
        cmocka_unit_test(test_one_time_disagrees),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
