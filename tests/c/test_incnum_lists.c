/* inconsistent-number: two figures of one sentence, or of two headlines (subheads, rows of a
 * table), are a list or a contrast, never a disagreement;
 * "vs" or "versus" ends what a figure counts (what follows is the figure it is compared with), and
 * the figure after it, the other period's, is compared with nothing. */
#include "helpers.h"

#define RULE "inconsistent-number"

static void expect_inconsistent(const char *t, const char *at, const char *earlier, const char *message)
{
    expect_finding_message(t, RULE, at, earlier, message);
}

static void expect_none(const char *t)
{
    expect_findings_at(t, RULE, 0, NULL);
}

static void test_one_sentence_is_a_list(void **state)
{
    (void)state;
    expect_none("The fund now holds 40 pct of the voting shares, while the founder keeps 25 pct of the voting shares.");
    expect_none("The bank bought 30 mln stg of local authority paper in band one and 70 mln stg of local authority paper in band two.");
    /* the same figures in two sentences still disagree */
    expect_inconsistent("The fund holds 40 pct of the voting shares. Its filing said the fund holds 45 pct of the voting "
                        "shares.",
                        "45 pct", "40 pct",
                        "\"45 pct of the voting shares\" here, but \"40 pct of the voting shares\" earlier");
}

static void test_two_headlines_are_a_list(void **state)
{
    (void)state;
    expect_none("Eat 60-90 minutes before your morning workout\n\nThe body needs fuel first.\n\nDrink 20-30 minutes "
                "before your morning workout\n\nWater helps most.");
    expect_none("Spring wheat 14 pct protein for nearby shipment\n\nSpring wheat 15 pct protein for nearby shipment\n");
    expect_none("Small box holds 12 litres of dry food\n\nLarge box holds 30 litres of dry food\n\nBoth ship free.");
    /* a headline and a sentence of the story are still compared, either way round */
    expect_inconsistent("Plant makes 1,200 tonnes of copper cathode\n\nThe plant makes 1,300 tonnes of copper cathode, "
                        "the company said.",
                        "1,300 tonnes", "1,200 tonnes",
                        "\"1,300 tonnes of copper cathode\" here, but \"1,200 tonnes of copper cathode\" earlier");
    expect_inconsistent("The plant makes 1,200 tonnes of copper cathode.\n\nPlant makes 1,300 tonnes of copper "
                        "cathode\n\nOutput is steady.",
                        "1,300 tonnes", "1,200 tonnes",
                        "\"1,300 tonnes of copper cathode\" here, but \"1,200 tonnes of copper cathode\" earlier");
}

static void test_versus_ends_what_is_counted(void **state)
{
    (void)state;
    /* two rows of results: primary and diluted, each against last year's figure */
    expect_none("Shr profit 31 cts vs loss four cts\nShr diluted 29 cts vs loss four cts\n");
    expect_none("Shr 28 cts vs. 16 cts\nShr 55 cts vs. 16 cts\n");
    /* the figures after "vs": last year's, of two different items */
    expect_none("Gains were 40,000 dlrs vs 75,000 dlrs paid into the pension fund. Credits were 12,000 dlrs versus "
                "90,000 dlrs paid into the pension fund.");
    /* what comes before "vs" is still what the figure counts */
    expect_inconsistent("The plant made 1,200 tonnes of copper cathode vs 900 tonnes at the old site. Its output was "
                        "1,300 tonnes of copper cathode, the company said later.",
                        "1,300 tonnes", "1,200 tonnes",
                        "\"1,300 tonnes of copper cathode\" here, but \"1,200 tonnes of copper cathode\" earlier");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_sentence_is_a_list),
        cmocka_unit_test(test_two_headlines_are_a_list),
        cmocka_unit_test(test_versus_ends_what_is_counted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
