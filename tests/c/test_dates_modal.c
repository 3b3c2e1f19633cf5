/* A modal ("may", "could", "can", "might") between a past and the date (src/time.c tense_around):
 * the past is another clause's, a reporting one's, and says nothing of when the date falls, so the
 * nearest date is read, or the future a marker further back gives. "could have" is a past. Exact
 * values and byte offsets; story date Wednesday 18 March 1987. */
#include "helpers.h"

static void test_modal_before_the_date(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The mill said its notes may be swapped for shares until May 1.", .want = {{"May 1", "1987-05-01"}},
         COUNT(1)},
        {"The council said the ferry could be running by Friday.", .want = {{"Friday", "1987-03-20"}}, COUNT(1)},
        /* a future marker before the modal still reads */
        {"Officials said the rules should pass so the pier can open on Monday.", .want = {{"Monday", "1987-03-23"}},
         COUNT(1)},
        /* nor does a past after the date in its clause */
        {"The pier might open in May once crews finished the repairs.", .want = {{"May", "1987-05"}}, COUNT(1)},
        /* a modal's perfect is a past */
        {"The mill said its notes could have been swapped until May 1.", .want = {{"May 1", "1986-05-01"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-18");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_modal_before_the_date),
    };
    return cmocka_run_group_tests_name("dates_modal", tests, NULL, NULL);
}
