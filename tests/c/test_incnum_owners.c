/* inconsistent-number: what a figure counts includes its owner, the words of its clause before it
 * (back to the clause's start or a speech verb), and the time words of its own clause. Two figures
 * whose owners share no word are two things' figures; a pronoun's subject is named elsewhere, and
 * its owner is the words after the pronoun alone (none: any owner). A figure's own date tells it apart where its sentence holds other dates. */
#include "helpers.h"

#define RULE "inconsistent-number"

static void expect_none(const char *t)
{
    expect_findings_at(t, RULE, 0, NULL);
}

static void test_two_owners(void **state)
{
    (void)state;
    expect_none("Comex copper stocks climbed to 103,000 tons in January from 93,300 tons in December. Crude output "
                "increased to 98,600 tons in January from 93,300 tons in December.");
    expect_none("Halden has 3.2 billion dlrs of debt outstanding. Corlew has about 500 mln dlrs of debt outstanding.");
    expect_none("The statement said the deal increased Investor's stake to 49.4 pct of the voting rights. Analysts say "
                "the firm's position is too small at 12.6 pct of the voting rights.");
    /* the same owner, or an owner named by a pronoun, still disagrees */
    expect_finding_message("Halden has 3.2 billion dlrs of debt outstanding. Officials said Halden has 3.5 billion dlrs "
                           "of debt outstanding.",
                           RULE, "3.5 billion", "3.2 billion",
                           "\"3.5 billion dlrs of debt outstanding\" here, but \"3.2 billion dlrs of debt outstanding\" "
                           "earlier");
    expect_finding_message("Halden has 3.2 billion dlrs of debt outstanding. It has 3.5 billion dlrs of debt outstanding.",
                           RULE, "3.5 billion", "3.2 billion",
                           "\"3.5 billion dlrs of debt outstanding\" here, but \"3.2 billion dlrs of debt outstanding\" "
                           "earlier");
}

static void test_own_clause_time(void **state)
{
    (void)state;
    expect_none("It said the warrants can be exercised at 10 dlrs a share up to December 31, 1987, then at 12.50 dlrs a "
                "share until December 31, 1988, and then at 16 dlrs a share until December 31, 1989. The warrants can "
                "be exercised at 10 dlrs a share until December 31, 1987, then at 12.75 dlrs a share until December "
                "31, 1988, and then at 16 dlrs a share until December 31, 1989.");
    /* one date in each sentence: the sentence's time, as before */
    expect_finding_message("The warrants can be exercised at 10 dlrs a share until December 31, 1987. Later the "
                           "warrants can be exercised at 12 dlrs a share until December 31, 1987.",
                           RULE, "12 dlrs", "10 dlrs", "\"12 dlrs a share until\" here, but \"10 dlrs a share until\" earlier");
}

/* A figure that opens its clause after a comma is owned by the words before the comma. */
static void test_apposition_owner(void **state)
{
    (void)state;
    expect_none("He said the smelter is located in Hawesville, about 60 miles west of Louisville. A spokesman said "
                "the decision is about the plant in Henderson, about 100 miles west of Louisville.");
    expect_none("TMOC holds a stake in the Jackson pipeline, 20 pct owned by Santos. Output from the Naccowlah block, "
                "40 pct owned by Santos, fills the pipeline.");
    expect_finding_message("The smelter is in Hawesville, about 60 miles west of Louisville. Officials said the "
                           "smelter in Hawesville, about 100 miles west of Louisville, will close.",
                           RULE, "100 miles", "60 miles",
                           "\"100 miles west of Louisville\" here, but \"60 miles west of Louisville\" earlier");
}

/* A pronoun's figure is owned by the words after the pronoun: what it did ("took a gross", "was
 * acquitted on"), where the pronoun names no subject. */
static void test_pronoun_owner(void **state)
{
    (void)state;
    expect_none("Foreign investors sold a net 427 mln dlrs of Japanese bonds. They took a gross 26.59 billion dlrs of "
                "Japanese bonds.");
    expect_none("Burton Bongard was convicted of all 81 counts of willful misapplication. He was acquitted on 76 counts "
                "of willful misapplication.");
    expect_finding_message("Foreign investors sold a net 427 mln dlrs of Japanese bonds. They sold a net 500 mln dlrs "
                           "of Japanese bonds.",
                           RULE, "500 mln", "427 mln",
                           "\"500 mln dlrs of Japanese bonds\" here, but \"427 mln dlrs of Japanese bonds\" earlier");
}

/* Sentences whose figures of one measure differ in another figure too are parallel accounts of two
 * things (two loans' programs, two loan kinds' rates); a figure given again with one slip keeps the
 * other figures of its sentence. */
static void test_parallel_accounts(void **state)
{
    (void)state;
    expect_none("The first program is supported by a 67 mln dlr IDA loan and a 94 mln dlr Facility loan. The other "
                "program is supported by a 60 mln dlr IDA loan and a 20 mln dlr Facility loan.");
    expect_none("The average rate for ARMS was 8.41 pct, 15 basis points below a month earlier. For fixed-rate loans "
                "it was 9.36 pct, 14 basis points below a month earlier.");
    /* the other figure is the same: one figure given twice */
    expect_finding_message("The rate was 8.39 pct, 15 basis points below a month earlier. The agency said the rate "
                           "was 8.39 pct, 14 basis points below a month earlier.",
                           RULE, "14 basis", "15 basis",
                           "\"14 basis points below a month earlier\" here, but \"15 basis points below a month "
                           "earlier\" earlier");
    /* the other figures differ but measure other things */
    expect_finding_message("Halden has 3.2 billion dlrs of debt outstanding and 40 branches. Officials said Halden has "
                           "3.5 billion dlrs of debt outstanding, 12 pct of it short-term.",
                           RULE, "3.5 billion", "3.2 billion",
                           "\"3.5 billion dlrs of debt outstanding\" here, but \"3.2 billion dlrs of debt "
                           "outstanding\" earlier");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_owners),
        cmocka_unit_test(test_own_clause_time),
        cmocka_unit_test(test_parallel_accounts),
        cmocka_unit_test(test_pronoun_owner),
        cmocka_unit_test(test_apposition_owner),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
