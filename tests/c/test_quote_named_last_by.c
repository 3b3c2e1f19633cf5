/* A sentence with no speech verb that ends on the one person it names, after "by" or "attributed
 * to" and a description at most ("... grew out of work done by the firm's research head Dr Ana
 * Sibb."), hands the floor to that person: the quote opening the next sentence is theirs. Not when
 * the sentence names someone else before ("Mr Ross was dropped by Tom Kemp."): the quote may be
 * that one's. */
#include "helpers.h"

static void test_by_description_and_name(void **state)
{
    (void)state;
    expect_quote_claim("The sound trick came out of hospital work done by the firm's research head Dr Ana Sibb. "
                       "\"We fool the ear into hearing a voice from behind you when the speaker is in front.\"",
                       "\"We fool the ear into hearing a voice from behind you when the speaker is in front.\"",
                       "Ana Sibb", 0);
}

static void test_attributed_to(void **state)
{
    (void)state;
    expect_quote_claim("I keep thinking of a line attributed to Tom Paine. \"A long habit of not thinking a thing "
                       "wrong gives it a look of being right.\"",
                       "\"A long habit of not thinking a thing wrong gives it a look of being right.\"", "Tom Paine",
                       0);
}

static void test_other_person_before(void **state)
{
    (void)state;
    expect_quote_claim("Mr Lo Ross played well in May.\n\nMr Ross was dropped for the final by coach Tom Kemp. "
                       "\"It hurt to sit and watch the whole game from the bench with my boots on.\"",
                       "\"It hurt to sit and watch the whole game from the bench with my boots on.\"", NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_by_description_and_name),
        cmocka_unit_test(test_attributed_to),
        cmocka_unit_test(test_other_person_before),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
