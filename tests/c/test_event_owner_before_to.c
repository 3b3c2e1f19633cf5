/* The owner of a noun right before the verb's "to" does the act: "Norway's decision to ban the
 * nets" is Norway's ban, even after a preposition, where the nearest ungoverned name before was
 * read instead. A noun with no named owner leaves the actor to the other rules. */
#include "helpers.h"

static void test_owner_before_to(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"nets", "ban the nets", 47, "Norway", "the nets"},
        {"depot", "close the depot", 96, "Lena Ruiz", "the depot"},
    };
    expect_event_roles("Iceland protested against Norway's decision to ban the nets. "
                       "Lena Ruiz welcomed the decision to close the depot.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_owner_before_to),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
