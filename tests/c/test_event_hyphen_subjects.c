/* A subject read back from its verb goes on over words a hyphen joins ("foreign-owned",
 * "31-year-old", "nine-party"), which used to cut it ("owned textile mills"), and keeps a count
 * before its noun ("Six ... mills", "Four senior board members"). */
#include "helpers.h"

static void test_hyphen_subjects(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"mills", "Six foreign-owned textile mills have closed", 0, NULL, "Six foreign-owned textile mills"},
        {"driver", "The 31-year-old driver was suspended", 45, NULL, "The 31-year-old driver"},
        {"coalition", "His nine-party coalition government resigned", 83, "His nine-party coalition government", NULL},
        {"board", "Four senior board members resigned", 129, "Four senior board members", NULL},
    };
    expect_event_roles("Six foreign-owned textile mills have closed. The 31-year-old driver was suspended. "
                       "His nine-party coalition government resigned. Four senior board members resigned.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hyphen_subjects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
