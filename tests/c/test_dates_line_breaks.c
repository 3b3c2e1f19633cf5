/* A line break in hard-wrapped wire copy is no sentence end where the line ends with a word that
 * cannot end a sentence (a lower-case preposition, conjunction, auxiliary, time word or determiner)
 * and the next line opens with a figure or a date, or where a month ends the line and its day opens
 * the next: the date is then read with its sentence ("It applies, until / July 1", "last / Friday").
 * Headlines in capitals and table rows keep their breaks. Fixtures written here; exact segments,
 * values and offsets. */
#include "helpers.h"

static void test_line_goes_on_into_a_date_or_figure(void **state)
{
    (void)state;
    SEGMENTS("The ministry said on Monday that the new rules on imported steel\n"
             "would be relaxed for a short time. The rules apply, until\n"
             "July 1, to steel that is shipped for processing and re-export.\n",
             "The ministry said on Monday that the new rules on imported steel\n"
             "would be relaxed for a short time.",
             "The rules apply, until\nJuly 1, to steel that is shipped for processing and re-export.");
    SEGMENTS("Shares of the company opened at 14.50 dlrs in early trading and fell to a low of\n"
             "13.25 before they recovered to close the day at 14.10 dlrs, traders said.\n",
             "Shares of the company opened at 14.50 dlrs in early trading and fell to a low of\n"
             "13.25 before they recovered to close the day at 14.10 dlrs, traders said.");
    SEGMENTS("The company said it expects its third quarter sales, ending March\n"
             "31, to be about 21 mln dlrs, below the 25 mln dlrs seen a year ago.\n",
             "The company said it expects its third quarter sales, ending March\n"
             "31, to be about 21 mln dlrs, below the 25 mln dlrs seen a year ago.");
}

static void test_headlines_and_rows_keep_their_breaks(void **state)
{
    (void)state;
    SEGMENTS("RATES TO RISE IN\nMarch 2 - The central bank said it would raise its rates in the\n"
             "coming week to defend the currency against heavy selling.\n",
             "RATES TO RISE IN",
             "March 2 - The central bank said it would raise its rates in the\n"
             "coming week to defend the currency against heavy selling.");
    SEGMENTS("Shr 42 cts vs n/a\nNet 583,000 dlrs vs 1,127,000 dlrs\nRevs 12.5 mln dlrs vs 11.9 mln dlrs in the year\n",
             "Shr 42 cts vs n/a", "Net 583,000 dlrs vs 1,127,000 dlrs", "Revs 12.5 mln dlrs vs 11.9 mln dlrs in the year");
}

/* A story's first line cut short (its dateline taken off) ends with "of", "the" or "and": the line
 * goes on into the next whatever that opens with, so the opening report is one sentence and its
 * speaker is found for the whole of it. A headline ending with a noun keeps its break. */
static void test_line_goes_on_after_a_function_word(void **state)
{
    (void)state;
    SEGMENTS("The board of the Northern Harbour Authority approved a budget of\n"
             "Harbour fees for the coming season, a spokesman for the board said.\n"
             "The fees will be collected from May.\n",
             "The board of the Northern Harbour Authority approved a budget of\n"
             "Harbour fees for the coming season, a spokesman for the board said.",
             "The fees will be collected from May.");
    SEGMENTS("Two ferries that were held up by a storm off the\n"
             "Kestrel Islands on Sunday reached port yesterday, officials said.\n",
             "Two ferries that were held up by a storm off the\n"
             "Kestrel Islands on Sunday reached port yesterday, officials said.");
    SEGMENTS("Cold Spell Hits Farms\nThe Orchard Growers Union said frost had harmed a third of the apple crop.\n",
             "Cold Spell Hits Farms", "The Orchard Growers Union said frost had harmed a third of the apple crop.");
    expect_reported_clause("Wexford Mills Inc said it and\n"
                           "Delta Looms Co agreed to merge in a share swap worth about 40 mln dlrs.\n",
                           "it and\nDelta Looms Co agreed to merge in a share swap worth about 40 mln dlrs",
                           "Wexford Mills Inc");
}

/* A story's first line cut short ends inside a name: after a given name, a title before a name or
 * a possessive, a capitalized word that starts no sentence goes on with it. A headline that ends
 * with a given name keeps its break before "The". */
static void test_line_goes_on_inside_a_name(void **state)
{
    (void)state;
    SEGMENTS("Harbour Minister Tom\nKestrel said the new quay would open next spring to larger ships.\n",
             "Harbour Minister Tom\nKestrel said the new quay would open next spring to larger ships.");
    SEGMENTS("The ferry line said its chief executive, the Harbour Minister\n"
             "Ann Roe and two mayors would sail on the first trip in May.\n",
             "The ferry line said its chief executive, the Harbour Minister\n"
             "Ann Roe and two mayors would sail on the first trip in May.");
    SEGMENTS("Delta Looms Co's\nWeaving Unit said it will hire 40 workers for its new mill in the valley.\n",
             "Delta Looms Co's\nWeaving Unit said it will hire 40 workers for its new mill in the valley.");
    SEGMENTS("A Farewell to Robert\nThe town said goodbye to its oldest baker on a grey and windy day.\n",
             "A Farewell to Robert", "The town said goodbye to its oldest baker on a grey and windy day.");
    SEGMENTS("HARBOUR MINISTER TOM\nKestrel said the quay would open in the spring to bigger ships.\n",
             "HARBOUR MINISTER TOM",
             "Kestrel said the quay would open in the spring to bigger ships.");
    expect_reported_clause("Harbour Minister Tom\nKestrel said the new quay would open next spring to larger ships.\n",
                           "the new quay would open next spring to larger ships", "Tom Kestrel");
}

/* A story's first line cut short ends inside an organization's name: a capitalized word ends the
 * line and the next opens with a word that closes such a name (data/ent_org_suffixes.tsv kinds 1,
 * 3 and 4: "Inc", "Industries", "Association"), so the two lines are one sentence. A word of the
 * list with no kind ("Police") may open a sentence after a headline: that break stays. */
static void test_line_goes_on_inside_an_org_name(void **state)
{
    (void)state;
    SEGMENTS("The Northern Orchard Growers\nAssociation said frost had harmed a third of the apple crop.\n",
             "The Northern Orchard Growers\nAssociation said frost had harmed a third of the apple crop.");
    SEGMENTS("Kestrel Marine, a unit of Wexford Looms\nInc, said it would build two ferries for the island route.\n",
             "Kestrel Marine, a unit of Wexford Looms\nInc, said it would build two ferries for the island route.");
    SEGMENTS("Fire at the Harbour Mill\nPolice said the blaze began in a store room late on Sunday.\n",
             "Fire at the Harbour Mill", "Police said the blaze began in a store room late on Sunday.");
    SEGMENTS("STORM HITS THE HARBOUR\nBank staff said the quay was shut for the day after the gale.\n",
             "STORM HITS THE HARBOUR", "Bank staff said the quay was shut for the day after the gale.");
    expect_reported_clause("Delta Looms Holding\nCorp said it would close its oldest mill in the valley next year.\n",
                           "it would close its oldest mill in the valley next year", "Delta Looms Holding Corp");
}

/* The line ends with a capitalized word after a capitalized title or after a lower-case
 * determiner, preposition or conjunction, and the next opens with a capitalized word that starts
 * no sentence: the name goes on ("Minister Quorra" / "Vance", "of the Northern" / "Orchard ...").
 * A line of capitalized words ending so keeps its break. */
static void test_line_goes_on_inside_a_name_after_a_title_or_function_word(void **state)
{
    (void)state;
    SEGMENTS("Harbour Minister Quorra\nVance said the new quay would open next spring to larger ships.\n",
             "Harbour Minister Quorra\nVance said the new quay would open next spring to larger ships.");
    SEGMENTS("Frost harmed a third of the crop, said the head of the Northern\n"
             "Orchard Growers Union on Monday.\n",
             "Frost harmed a third of the crop, said the head of the Northern\n"
             "Orchard Growers Union on Monday.");
    SEGMENTS("New Rules for Harbour Fees\nKestrel Marine said it would pay the higher fees from May.\n",
             "New Rules for Harbour Fees", "Kestrel Marine said it would pay the higher fees from May.");
    expect_reported_clause("Harbour Minister Quorra\nVance said the new quay would open next spring to larger ships.\n",
                           "the new quay would open next spring to larger ships", "Quorra Vance");
}

static void test_date_read_with_its_sentence(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The ministry said it would let steel in for a time while the courts looked at the rules.\n"
         "The step was made known on Friday. It applies, until\n"
         "July 1, to steel that was shipped for processing and re-export.\n",
         .want = {{"July 1", "1987-07-01"}}, COUNT(2)},
        {"The company said it expects its third quarter sales, ending March\n"
         "31, to be about 21 mln dlrs, below the 25 mln dlrs seen a year ago.\n",
         .want = {{"March\n31", "1987-03-31"}}, .date = "1987-03-13", COUNT(3)},
        /* a time word ends the line: "last" goes on into its weekday */
        {"The ministry said the talks with the two unions on pay would go on for some days to come.\n"
         "The cabinet approved a harsh spending squeeze last\n"
         "Friday, and it will take effect in the coming weeks.\n",
         .want = {{"last\nFriday", "1987-03-13"}}, .date = "1987-03-19"},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-09");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_goes_on_into_a_date_or_figure),
        cmocka_unit_test(test_headlines_and_rows_keep_their_breaks),
        cmocka_unit_test(test_line_goes_on_after_a_function_word),
        cmocka_unit_test(test_line_goes_on_inside_a_name),
        cmocka_unit_test(test_line_goes_on_inside_an_org_name),
        cmocka_unit_test(test_line_goes_on_inside_a_name_after_a_title_or_function_word),
        cmocka_unit_test(test_date_read_with_its_sentence),
    };
    return cmocka_run_group_tests_name("dates_line_breaks", tests, NULL, NULL);
}
