/* Sentences: a wire story's first line, cut short where its dateline was taken off, goes on in the
 * next line when it ends with a lower-case noun of a person (data/person_nouns.tsv) or of a trade or
 * a body (data/quote_org_kinds.tsv) before the name it describes. A headline's verb before the noun,
 * a preposition before the noun's bare phrase ("Tributes to teacher"), a plural, and a job that
 * names a firm as often (person_nouns kind 2) keep their breaks. Fixtures written here; exact
 * segments and offsets. */
#include "helpers.h"

static void test_noun_goes_on_into_its_name(void **state)
{
    (void)state;
    static const char carrier[] = "The Kestrel ferry carrier\nNordlys said it would add two boats.\n";
    SEGMENTS(carrier, "The Kestrel ferry carrier\nNordlys said it would add two boats.");
    expect_first_sentence(carrier, 62);
    static const char person[] = "Harbour businessman\nQuorra Vance has bought a second ferry, the port said.\n";
    SEGMENTS(person, "Harbour businessman\nQuorra Vance has bought a second ferry, the port said.");
    expect_first_sentence(person, 74);
}

static void test_headlines_plurals_and_firm_jobs_keep_their_breaks(void **state)
{
    (void)state;
    SEGMENTS("Kestrel cuts jobs at ferry firm\nHarbour Lines said on Monday it would sell two boats.\n",
             "Kestrel cuts jobs at ferry firm", "Harbour Lines said on Monday it would sell two boats.");
    SEGMENTS("Fees of the harbour banks\nHarbour Lines said on Monday it would sell two boats.\n",
             "Fees of the harbour banks", "Harbour Lines said on Monday it would sell two boats.");
    SEGMENTS("A group led by a harbour investor\nQuorra Vance said it had sold its stake.\n",
             "A group led by a harbour investor", "Quorra Vance said it had sold its stake.");
    /* a preposition before the role's bare phrase: a headline */
    SEGMENTS("Tributes to teacher\nAnn Roe was remembered by her pupils.\n", "Tributes to teacher",
             "Ann Roe was remembered by her pupils.");
    SEGMENTS("New chief for port lender\nQuorra Vance will take over next month.\n", "New chief for port lender",
             "Quorra Vance will take over next month.");
}

static void test_role_after_a_determiner_or_a_name_goes_on(void **state)
{
    (void)state;
    static const char det[] = "The head of the ferry carrier\nNordlys said it would add two boats.\n";
    SEGMENTS(det, "The head of the ferry carrier\nNordlys said it would add two boats.");
    expect_first_sentence(det, 66);
    static const char name[] = "The harbour unit of Kestrel ferry firm\nNordlys said it would add two boats.\n";
    SEGMENTS(name, "The harbour unit of Kestrel ferry firm\nNordlys said it would add two boats.");
    expect_first_sentence(name, 75);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_noun_goes_on_into_its_name),
        cmocka_unit_test(test_headlines_plurals_and_firm_jobs_keep_their_breaks),
        cmocka_unit_test(test_role_after_a_determiner_or_a_name_goes_on),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
