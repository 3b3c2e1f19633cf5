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
    expect_none("Warehouse zinc stocks rose to 84,000 tonnes in May from 71,200 tonnes in April. Smelter output "
                "grew to 79,500 tonnes in May from 71,200 tonnes in April.");
    expect_none("Halden has 3.2 billion dlrs of bonds in issue. Corlew has about 500 mln dlrs of bonds in issue.");
    expect_none("The filing said the purchase lifted Norvik's holding to 38.7 pct of the voting shares. Brokers say "
                "the bank's position is too small at 11.3 pct of the voting shares.");
    /* the same owner, or an owner named by a pronoun, still disagrees */
    expect_finding_message("Halden has 3.2 billion dlrs of bonds in issue. Officials said Halden has 3.5 billion dlrs "
                           "of bonds in issue.",
                           RULE, "3.5 billion", "3.2 billion",
                           "\"3.5 billion dlrs of bonds in issue\" here, but \"3.2 billion dlrs of bonds in issue\" "
                           "earlier");
    expect_finding_message("Halden has 3.2 billion dlrs of bonds in issue. It has 3.5 billion dlrs of bonds in issue.",
                           RULE, "3.5 billion", "3.2 billion",
                           "\"3.5 billion dlrs of bonds in issue\" here, but \"3.2 billion dlrs of bonds in issue\" "
                           "earlier");
}

static void test_own_clause_time(void **state)
{
    (void)state;
    expect_none("It said the options may be used to buy stock at 8 dlrs a share up to June 30, 1988, then at 9.50 dlrs a "
                "share until June 30, 1989, and then at 11 dlrs a share until June 30, 1990. The options may be used "
                "to buy stock at 8 dlrs a share until June 30, 1988, then at 9.75 dlrs a share until June 30, 1989, and "
                "then at 11 dlrs a share until June 30, 1990.");
    /* one date in each sentence: the sentence's time, as before */
    expect_finding_message("The options may be used to buy stock at 8 dlrs a share until June 30, 1988. Later the "
                           "options may be used to buy stock at 10 dlrs a share until June 30, 1988.",
                           RULE, "10 dlrs", "8 dlrs", "\"10 dlrs a share until\" here, but \"8 dlrs a share until\" earlier");
}

/* A figure that opens its clause after a comma is owned by the words before the comma. */
static void test_apposition_owner(void **state)
{
    (void)state;
    expect_none("She said the mill is sited in Brackley, about 40 km north of Dunmore. A spokeswoman said "
                "the plan concerns the works in Tarbet, about 90 km north of Dunmore.");
    expect_none("Kestrel holds a stake in the Orme pipeline, 25 pct owned by Vandar. Gas from the Tullo field, "
                "45 pct owned by Vandar, fills the pipeline.");
    expect_finding_message("The mill is in Brackley, about 40 km north of Dunmore. Officials said the "
                           "mill in Brackley, about 90 km north of Dunmore, will close.",
                           RULE, "90 km", "40 km",
                           "\"90 km north of Dunmore\" here, but \"40 km north of Dunmore\" earlier");
}

/* A pronoun's figure is owned by the words after the pronoun: what it did ("bought a gross", "was
 * acquitted on"), where the pronoun names no subject. */
static void test_pronoun_owner(void **state)
{
    (void)state;
    expect_none("Overseas funds sold a net 318 mln dlrs of German bonds. They bought a gross 19.42 billion dlrs of "
                "German bonds.");
    expect_none("Dorian Keefe was convicted of all 54 counts of wire fraud. He was acquitted on 49 counts "
                "of wire fraud.");
    expect_finding_message("Overseas funds sold a net 318 mln dlrs of German bonds. They sold a net 400 mln dlrs "
                           "of German bonds.",
                           RULE, "400 mln", "318 mln",
                           "\"400 mln dlrs of German bonds\" here, but \"318 mln dlrs of German bonds\" earlier");
}

/* Sentences whose figures of one measure differ in another figure too are parallel accounts of two
 * things (two loans' programs, two loan kinds' rates); a figure given again with one slip keeps the
 * other figures of its sentence. */
static void test_parallel_accounts(void **state)
{
    (void)state;
    expect_none("The first scheme is backed by a 45 mln dlr World Bank credit and a 72 mln dlr Fund credit. The second "
                "scheme is backed by a 38 mln dlr World Bank credit and a 15 mln dlr Fund credit.");
    expect_none("The mean rate for variable loans was 7.62 pct, 11 basis points above a week earlier. For fixed loans "
                "it was 8.95 pct, 9 basis points above a week earlier.");
    /* the other figure is the same: one figure given twice */
    expect_finding_message("The rate was 7.62 pct, 11 basis points above a week earlier. The lender said the rate "
                           "was 7.62 pct, 10 basis points above a week earlier.",
                           RULE, "10 basis", "11 basis",
                           "\"10 basis points above a week earlier\" here, but \"11 basis points above a week "
                           "earlier\" earlier");
    /* the other figures differ but measure other things */
    expect_finding_message("Halden has 3.2 billion dlrs of bonds in issue and 40 branches. Officials said Halden has "
                           "3.5 billion dlrs of bonds in issue, 12 pct of it short-term.",
                           RULE, "3.5 billion", "3.2 billion",
                           "\"3.5 billion dlrs of bonds in issue\" here, but \"3.2 billion dlrs of bonds "
                           "in issue\" earlier");
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
