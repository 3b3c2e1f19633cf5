/* A subject set off from its verb by an appositive or a relative clause between commas
 * (subject_before_clause): "Ida Marsh, who ran the mill, was arrested" is Ida Marsh's arrest, and
 * "Varco, a Tarvin-based firm, had sued" is Varco's suit, not Tarvin's. A list after "including"
 * is no appositive: its first item is no subject. */
#include "helpers.h"

static void test_clause_subject(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"was arrested", "Ida Marsh, who ran the mill, was arrested", 0, NULL, "Ida Marsh"},
        {"was closed", "The bank, with assets of $9m, was closed by the regulators", 43, "the regulators",
         "The bank"},
        {"sued", "sued Norda", 135, "Varco", "Norda"},
        {"detained", "detained", 212, NULL, NULL},
    };
    expect_event_roles("Ida Marsh, who ran the mill, was arrested. The bank, with assets of $9m, was closed "
                       "by the regulators. Varco, a Tarvin-based firm, had sued Norda. Some 40 people, "
                       "including two clerks, a guard and a driver, were detained.",
                       "2004-03-08", want, N_OF(want));
}

/* A possessive and "whom" open such a clause too (data/claim_determiners.tsv,
 * data/ev_clause_opens.tsv). */
static void test_clause_opens(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"was arrested", "Ida Marsh, whom the board named in May, was arrested", 0, NULL, "Ida Marsh"},
        {"sued", "sued Norda", 85, "Varco", "Norda"},
    };
    expect_event_roles("Ida Marsh, whom the board named in May, was arrested. Varco, its Tarvin partner, had sued Norda.", "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clause_subject),
        cmocka_unit_test(test_clause_opens),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
