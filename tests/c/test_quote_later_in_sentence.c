/* A partial quote the sentence goes on from, attributed after a comma later in that sentence
 * ('"..." in the spring, said Ann Roe.', '"..." for the fleet, Mr Orbe added.'): the attribution
 * is the quote's, and no unattributed-quote finding is made. A sentence with no attribution
 * still warns. */
#include "helpers.h"

/* The quote claim `quote` spans that text and has `speaker`; no unattributed-quote finding. */
#define expect_quote(t, quote, speaker) expect_quote_claim(t, quote, speaker, 0)

static void test_attribution_after_the_sentence_goes_on(void **state)
{
    (void)state;
    expect_quote("Orders slowed. \"Our yards will be busy again by autumn\" for the whole fleet, said Petra "
                 "Vollmer, a broker in Kiel.",
                 "\"Our yards will be busy again by autumn\"", "Petra Vollmer");
    expect_quote("Sales dipped. \"The slump in exports has now bottomed out\" in most regions, Tomas Orbe added.",
                 "\"The slump in exports has now bottomed out\"", "Tomas Orbe");
}

static void test_no_attribution_still_warns(void **state)
{
    (void)state;
    expect_quote_claim("Sales dipped. \"The slump in exports has now bottomed out\" in most regions of the north.",
                       "\"The slump in exports has now bottomed out\"", NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_attribution_after_the_sentence_goes_on),
        cmocka_unit_test(test_no_attribution_still_warns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
