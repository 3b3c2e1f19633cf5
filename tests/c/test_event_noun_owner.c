/* A noun event's actor read from before it: a possessive past the noun's modifiers names the owner
 * ("the country's unilateral suspension of": the country; "Varnia's sweeping ban on": Varnia), a
 * time in the possessive none ("Friday's suspension of"), and a noun in an adjunct of time or
 * cause ("despite the closure of", "because of the ban on") takes no actor from the nearest name. */
#include "helpers.h"

static void test_noun_owner(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"closure of", "closure of the port", 50, NULL, "the port"},
        {"suspension of debt", "the country's unilateral suspension of debt payments", 104, "the country",
         "debt payments"},
        {"ban on fishing", "Varnia's sweeping ban on fishing", 178, "Varnia", "fishing"},
        {"suspension of trading", "suspension of trading", 248, NULL, "trading"},
        {"ban on exports", "ban on exports", 321, NULL, "exports"},
    };
    expect_event_roles("Harbor Lines kept its ferries running despite the closure of the port. "
                       "Bank officials met Tom Reed over the country's unilateral suspension of debt payments. "
                       "The senators upheld Varnia's sweeping ban on fishing. "
                       "Traders told Tom Reed that Friday's suspension of trading would last. "
                       "Tom Reed sold his boats because of the ban on exports.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_noun_owner),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
