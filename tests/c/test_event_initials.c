/* A target or an agent reads on over the periods of initials ("the U.S. Trade Board", "J.B. Cole",
 * "all U.S. imports"), which cut it after the first letter before; the last such period is the
 * phrase's own ("by the U.S.", which then names its entity). */
#include "helpers.h"

static void test_initials(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"Two mills", "Two mills were closed by the U.S. Trade Board", 0, "the U.S. Trade Board", "Two mills"},
        {"resignation", "resignation of J.B. Cole", 80, "J.B. Cole", NULL},
        {"banned", "banned all U.S. imports", 123, "Norway", "all U.S. imports"},
        {"The port", "The port was shut by the U.S.", 148, "United States", "The port"},
    };
    expect_event_roles("Two mills were closed by the U.S. Trade Board in May. Ms Lena Park accepted the "
                       "resignation of J.B. Cole on Friday. Norway banned all U.S. imports. The port was "
                       "shut by the U.S.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_initials),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
