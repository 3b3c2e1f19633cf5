/* A quote that opens its sentence is the words of the person named last in the sentence before,
 * when that person is the one a speech verb there gives, with nothing after the name but the
 * period ('... next spring, according to its director Dr Mira Tallow. "..."', '..., explained the
 * founder, Ann Brisket. "..."'): the writer hands the floor to the one just named. A person named
 * last in a sentence that reports no speech ('a gift from Dr Mira Tallow.') speaks nothing. */
#include "helpers.h"

static void test_speaker_named_last(void **state)
{
    (void)state;
    expect_quote_claim("The clinic will open a second ward next spring, according to its chief carer, "
                       "Dr Mira Tallow. \"We have waited for this ward for ten long years.\"",
                       "\"We have waited for this ward for ten long years.\"", "Mira Tallow", 0);
    expect_quote_claim("The scheme was meant to ease the queues at the depot, explained its founder Ann Brisket. "
                       "\"Nobody at the depot expected the demand we saw.\"",
                       "\"Nobody at the depot expected the demand we saw.\"", "Ann Brisket", 0);
    expect_quote_claim("The orchard lost half its pears to frost, said grower Tom Hale. "
                       "\"The cold came three weeks later than it ever did.\"",
                       "\"The cold came three weeks later than it ever did.\"", "Tom Hale", 0);
    expect_quote_claim("The orchard lost half its pears to frost, as explained by the grower, Tom Hale.\n\n"
                       "\"The cold came three weeks later than it ever did.\"",
                       "\"The cold came three weeks later than it ever did.\"", "Tom Hale", 0);
}

/* A name last in a sentence that hands no one the floor: after a preposition, or a verb that
 * reports nothing; or a speech verb with a listener before the name. */
static void test_no_speaker_handed(void **state)
{
    (void)state;
    expect_quote_claim("The clinic opened its second ward in May after a gift from Dr Mira Tallow. "
                       "\"We have waited for this ward for ten long years.\"",
                       "\"We have waited for this ward for ten long years.\"", NULL, 1);
    expect_quote_claim("The ward plan was explained to the board by Dr Mira Tallow. "
                       "\"We have waited for this ward for ten long years.\"",
                       "\"We have waited for this ward for ten long years.\"", NULL, 1);
    expect_quote_claim("The orchard lost half its pears to frost, said a neighbour of grower Tom Hale. "
                       "\"The cold came three weeks later than it ever did.\"",
                       "\"The cold came three weeks later than it ever did.\"", NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_speaker_named_last),
        cmocka_unit_test(test_no_speaker_handed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
