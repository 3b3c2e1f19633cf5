/* A direct quote said by someone new whom no name or known title describes ("said another", "one
 * grain merchant said", "one said") takes no speaker from context: not the group or the person
 * who spoke before. "one of the dealers said" goes on with the dealers; a known title after "one"
 * names its description as before. Fixtures written here; exact speakers and offsets. */
#include "helpers.h"

#define LEAD "Grain prices fell sharply on Friday, dealers said. "
#define QUOTE "\"Nobody wants to buy before the rains come,\""

static void test_newcomer_takes_no_speaker(void **state)
{
    (void)state;
    const char *t = LEAD QUOTE " said another.";
    expect_quote_claim_at(t, QUOTE, NULL, 51);
    assert_int_equal(offset_of(t, QUOTE), 51);
    expect_quote_claim_at(LEAD QUOTE " one said.", QUOTE, NULL, 51);
    expect_quote_claim_at(LEAD QUOTE " one grain merchant said.", QUOTE, NULL, 51);
    expect_quote_claim_at(LEAD QUOTE " said one grain merchant.", QUOTE, NULL, 51);
    expect_quote_claim_at("Tom Kay, a farmer, said the crop was poor. " QUOTE " another grain merchant said.", QUOTE,
                          NULL, 43);
}

static void test_known_speakers_stay(void **state)
{
    (void)state;
    expect_quote_claim_at(LEAD QUOTE " one of the dealers said.", QUOTE, "dealers", 51);
    expect_quote_claim_at(LEAD QUOTE " one trader said.", QUOTE, "trader", 51);
    expect_quote_claim_at(LEAD QUOTE " they said.", QUOTE, "dealers", 51);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_newcomer_takes_no_speaker),
        cmocka_unit_test(test_known_speakers_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
