/* A change word that goes one way while its figures go the other, until the point of a figure with
 * three decimals is read as a thousands comma: "dropped to 5,400 from 8.700" says a fall, and from
 * 8,700 it is one. The finding spans the change and names the slip; without such a figure, or with
 * the figures in two units, the story's direction stands unchallenged. */
#include "helpers.h"

static void test_decrease_with_a_thousands_dot(void **state)
{
    (void)state;
    expect_one_error("Deliveries of Orsk tractors dropped to 5,400 from 8.700 last month.", NULL, "arithmetic",
                     "dropped to 5,400 from 8.700",
                     "a decrease does not follow from 8.700 to 5,400, but does from 8,700 to 5,400 (a decrease of "
                     "37.93%): is 8.700 a slip for 8,700?");
}

static void test_increase_with_a_thousands_dot(void **state)
{
    (void)state;
    expect_one_error("Orsk said its bookings climbed to 2.750 from 1,960 in May.", NULL, "arithmetic",
                     "climbed to 2.750 from 1,960",
                     "an increase does not follow from 1,960 to 2.750, but does from 1,960 to 2,750 (an increase of "
                     "40.31%): is 2.750 a slip for 2,750?");
}

/* "3.450" once read a bit below 3.45 (a digit-by-digit sum) and so seemed to carry a scale: it is
 * a slip like any other. */
static void test_slip_read_to_the_last_bit(void **state)
{
    (void)state;
    expect_one_error("Orsk freight fell to 2,070 from 3.450 in April.", NULL, "arithmetic", "fell to 2,070 from 3.450",
                     "a decrease does not follow from 3.450 to 2,070, but does from 3,450 to 2,070 (a decrease of "
                     "40%): is 3.450 a slip for 3,450?");
}

static void test_nothing_to_say(void **state)
{
    (void)state;
    const char *const stories[] = {
        "Deliveries of Orsk tractors dropped to 5,400 from 8,700 last month.", /* as written */
        "The Orsk index rose to 161 from 221 on the new scale.",                 /* no three decimals */
        "Orsk cut its fee to 1.250 dlrs from 1,300 cts a unit.",                /* two units */
        "Orsk bookings rose to 6,200 from 4.900 in June.",                      /* the figures agree */
    };
    expect_no_finding(stories, sizeof stories / sizeof *stories, NULL, "arithmetic");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decrease_with_a_thousands_dot),
        cmocka_unit_test(test_increase_with_a_thousands_dot),
        cmocka_unit_test(test_slip_read_to_the_last_bit),
        cmocka_unit_test(test_nothing_to_say),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
