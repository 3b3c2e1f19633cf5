/* A holiday named alone takes its year from a "this year", "last year" or "next year" near it in
 * its sentence, after it first, else before it; a year in digits there stops the look and the
 * tense decides. Exact values and byte offsets (check_date_want). */
#include "helpers.h"

static void test_holiday_year_from_its_sentence(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* the tense alone (past) would give 2010-04-04 */
        {"Tollan said its shops lost trade to a later Easter this year.",
         .want = {{"Easter", "2011-04-24"}, {"this year", "2011"}}, COUNT(2)},
        {"The chain said Easter sales will come in April this year.",
         .want = {{"Easter", "2011-04-24"}, {"April this year", "2011-04"}}, COUNT(2)},
        {"This year, Easter is being kept on April 24 in Varna.",
         .want = {{"Easter", "2011-04-24"}, {"April 24", "2011-04-24"}}},
        {"Grell said Easter trade was weak in March last year.",
         .want = {{"Easter", "2010-04-04"}, {"March last year", "2010-03"}}, COUNT(2)},
        /* a written year comes first: the tense decides, as without the rule */
        {"Tollan said Easter trade in 2010 was brisker than this year.",
         .want = {{"Easter", "2010-04-04"}, {"2010", "2010"}}},
        /* a year word in another clause says nothing of the holiday's year: the tense decides */
        {"Retailers said Christmas sales were weak and expect a rebound next year.",
         .want = {{"Christmas", "2010-12-25"}, {"next year", "2012"}}, COUNT(2)},
        {"Tollan said Easter trade was slow, but it hopes for more next year.",
         .want = {{"Easter", "2010-04-04"}, {"next year", "2012"}}, COUNT(2)},
        {"Next year the fair opens on May 2; Easter trade was slow.",
         .want = {{"Easter", "2010-04-04"}}},
        /* a relative clause on the holiday's own phrase */
        {"Tollan said it missed the Easter trade, which comes later this year.",
         .want = {{"Easter", "2011-04-24"}}, COUNT(2)},
        /* no year word near: the tense alone */
        {"Tollan said Easter trade was slow.", .want = {{"Easter", "2010-04-04"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2011-03-15");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_holiday_year_from_its_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
