/* The one named after "the resignation of" resigns: the actor, as in "Ida Marsh resigned", with no
 * target. The nearest name before, read for the actor, was the one who accepted it or called for it.
 * Not after an owner's name ("Tom Birch's resignation of his seat"), nor with another preposition
 * ("resignation on health grounds"): what follows there is no one who resigns. */
#include "helpers.h"

static void test_resignation_of(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"resignation of Ida", "resignation of Ida Marsh", 29, "Ida Marsh", NULL},
        {"his seat", "Tom Birch's resignation of his seat", 65, "Tom Birch", "his seat"},
        /* "her": Tom Birch, a person of no stated sex, is not the only name before it */
        {"health grounds", "resignation on health grounds", 136, NULL, "health grounds"},
    };
    expect_event_roles("Mayor Tom Birch accepted the resignation of Ida Marsh on Friday. "
                       "Tom Birch's resignation of his seat surprised few. "
                       "Ida Marsh cited her resignation on health grounds.",
                       "1990-02-06", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_resignation_of),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
