/* A form in -ed right after an article or a possessive modifies a noun ("the proposed merger", "a
 * planned offering", "its revised figures"): no past tense for the dates near it. After a
 * demonstrative or "that" ("that expired October 16") it is still a verb. Exact values and offsets. */
#include "helpers.h"

static void test_participle_after_an_article_is_no_past(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Members will decide on the proposed tie-up at an extraordinary meeting on March 31.",
         .want = {{"March 31", "1987-03-31"}}, COUNT(1)},
        {"A proposed rights offering is planned for early summer.",
         .want = {{"early summer", "1987-06"}}, COUNT(1)},
        {"The bank will offer bills in a 40-day repo deal maturing on May 2, to help soak up a "
         "projected surplus.",
         .want = {{"May 2", "1987-05-02"}}, COUNT(1)},
        /* still verbs */
        {"It will buy the shares tendered in the offer that expired March 6.", .want = {{"March 6", "1987-03-06"}},
         COUNT(1)},
        {"The company proposed a merger in May.", .want = {{"May", "1986-05"}}, COUNT(1)},
        {"Those affected in May were paid.", .want = {{"May", "1986-05"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-10");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_participle_after_an_article_is_no_past),
    };
    return cmocka_run_group_tests_name("dates_participles", tests, NULL, NULL);
}
