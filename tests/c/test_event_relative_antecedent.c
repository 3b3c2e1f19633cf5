/* A relative "who" or "which" after a comma points back to the actor of an active event, or to
 * what closed: "Pol Arden, who resigned" names Pol Arden (a bare surname is often no entity), and
 * "The old mill, which closed" names the mill; the claim stays the verb alone. A name that ends a
 * longer phrase is the antecedent ("will replace Pol Arden, who"); a phrase governed by a
 * preposition is none. */
#include "helpers.h"

static void test_relative_antecedent(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"resigned", "resigned", 41, "Pol Arden", NULL},
        {"closed", "closed", 78, NULL, "The old mill"},
        {"tonic", "banned the tonic", 153, NULL, "the tonic"},
    };
    expect_event_roles("Tarvin Mills will replace Pol Arden, who resigned in May. "
                       "The old mill, which closed in 1990, is for sale. "
                       "It was sold to the growers in the valley, who banned the tonic.",
                       "1990-02-06", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relative_antecedent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
