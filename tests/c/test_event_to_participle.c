/* After "to" a word in -ed before a noun is an adjective, as after another preposition: "shots
 * to detained hikers" names no detention. A form that may be an infinitive stays a verb:
 * "voted to shut down the depot". */
#include "helpers.h"

static void test_to_participle(void **state)
{
    (void)state;
    expect_one_event("2004-03-08", "shut", "Nurses gave flu shots to detained hikers. The board voted to shut down the depot.",
                     "shut down the depot");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_to_participle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
