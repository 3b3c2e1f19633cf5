/* Sentences: a wire story's first line, cut short where its dateline was taken off, goes on in the
 * next line when it reads as a clause that has not ended (a lower-case word after an auxiliary or a
 * speech verb on the line), when it ends with a lower-case role before a name ("chairman",
 * "company") or a name after a lower-case title, when it ends inside brackets, or when the next
 * line opens, after a name, with one word in brackets (an abbreviation or a ticker), with a name an
 * organization's word closes or with a titled person's name. Table rows, a sentence that lost its
 * period before "The" or an indented line, and a headline keep their breaks. Fixtures written
 * here; exact segments and offsets. */
#include "helpers.h"

static void test_clause_goes_on_after_its_verb(void **state)
{
    (void)state;
    static const char t[] = "Harbour Freight Corp said it bought\nQuay Lines Inc for 4 mln dlrs in cash.\n";
    SEGMENTS(t, "Harbour Freight Corp said it bought\nQuay Lines Inc for 4 mln dlrs in cash.");
    expect_first_sentence(t, 74);
    expect_reported_clause(t, "it bought\nQuay Lines Inc for 4 mln dlrs in cash", "Harbour Freight Corp");
    /* an auxiliary, then a figure on the next line */
    SEGMENTS("The Kestrel Bank has raised\n40 mln dlrs through a note issue.\n",
             "The Kestrel Bank has raised\n40 mln dlrs through a note issue.");
    /* a speech verb ending the line */
    expect_first_sentence("Wexford Looms chairman Ann Roe told\nKestrel Bank analysts that sales rose.\n", 74);
}

static void test_rows_and_lost_periods_keep_their_breaks(void **state)
{
    (void)state;
    SEGMENTS("Shr 12 cts vs nine cts prior\nNet 4.1 mln vs 3.2 mln\n", "Shr 12 cts vs nine cts prior",
             "Net 4.1 mln vs 3.2 mln");
    SEGMENTS("Shr not available\nNet 310,000 vs 205,000\n", "Shr not available", "Net 310,000 vs 205,000");
    SEGMENTS("Terms were not disclosed\nThe mill will be run as a unit of the group.\n", "Terms were not disclosed",
             "The mill will be run as a unit of the group.");
    SEGMENTS("The deal would close in the spring\n    Kestrel shares were unchanged.\n",
             "The deal would close in the spring", "Kestrel shares were unchanged.");
}

static void test_lower_case_role_before_a_name(void **state)
{
    (void)state;
    static const char t[] = "The ferry line's chairman\nAnn Roe said fares would stay the same.\n";
    SEGMENTS(t, "The ferry line's chairman\nAnn Roe said fares would stay the same.");
    expect_first_sentence(t, 65);
    SEGMENTS("Norway's state shipping company\nNordlys said it would order two ferries.\n",
             "Norway's state shipping company\nNordlys said it would order two ferries.");
    SEGMENTS("Cuts at the company\nThe board voted to close two mills.\n", "Cuts at the company",
             "The board voted to close two mills.");
    /* a verb before the role: a headline in sentence case, its role the object */
    SEGMENTS("Board ousts chairman\nKestrel Lines said it would name a new head.\n", "Board ousts chairman",
             "Kestrel Lines said it would name a new head.");
    SEGMENTS("Board ousts chairman Roe\nKestrel Lines said it would name a new head.\n", "Board ousts chairman Roe",
             "Kestrel Lines said it would name a new head.");
}

/* A capitalized word after a lower-case title (ent_titles kind 1) ends the line: a given name not
 * listed, whose family name opens the next line. */
static void test_name_after_a_lower_case_title_runs_on(void **state)
{
    (void)state;
    static const char t[] = "Kestrel Lines chairman Quorra\nVance said fares would stay the same.\n";
    SEGMENTS(t, "Kestrel Lines chairman Quorra\nVance said fares would stay the same.");
    expect_first_sentence(t, 67);
    expect_reported_clause(t, "fares would stay the same", "Quorra Vance");
    SEGMENTS("Kestrel Lines chairman Quorra\nThe board met on Monday.\n", "Kestrel Lines chairman Quorra",
             "The board met on Monday.");
}

static void test_bracketed_name_opens_the_next_line(void **state)
{
    (void)state;
    static const char t[] = "The Northern Harbour Authority\n(NHA) said it would raise its fees.\n";
    SEGMENTS(t, "The Northern Harbour Authority\n(NHA) said it would raise its fees.");
    expect_first_sentence(t, 66);
    SEGMENTS("Wexford Looms Plc's\n<WEXL.L> unit said sales rose.\n", "Wexford Looms Plc's\n<WEXL.L> unit said sales rose.");
    SEGMENTS("Kestrel Marine Inc\n[KMI.O] will build two ferries.\n", "Kestrel Marine Inc\n[KMI.O] will build two ferries.");
    /* words in brackets, or a lower-case word before them, keep the break */
    SEGMENTS("RAIN IN THE VALLEY\n(Totals in mm for the week)\n", "RAIN IN THE VALLEY", "(Totals in mm for the week)");
    SEGMENTS("Shr not available\n(restated)\n", "Shr not available", "(restated)");
}

/* A capitalized word ends the line and the next opens with capitalized words, an "and" or "of"
 * among them, that an organization's word closes within four words: one name. */
static void test_org_name_runs_on_into_the_next_line(void **state)
{
    (void)state;
    static const char t[] = "The Kestrel Valley\nFruit Growers Association said frost had harmed the crop.\n";
    SEGMENTS(t, "The Kestrel Valley\nFruit Growers Association said frost had harmed the crop.");
    expect_first_sentence(t, 76);
    expect_reported_clause(t, "frost had harmed the crop", "Kestrel Valley Fruit Growers Association");
    SEGMENTS("Wexford Harbour\nRail and Ferry Co said it would add a boat in May.\n",
             "Wexford Harbour\nRail and Ferry Co said it would add a boat in May.");
    /* a lower-case word before the closer, or a closer past four words, keeps the break */
    SEGMENTS("Harbour Fees Rise\nKestrel shipping group said it would pay.\n", "Harbour Fees Rise",
             "Kestrel shipping group said it would pay.");
    SEGMENTS("Harbour Fees Rise\nKestrel Marine Lines Ferry Boat Group said it would pay.\n", "Harbour Fees Rise",
             "Kestrel Marine Lines Ferry Boat Group said it would pay.");
}

/* A capitalized word ends the line and the next opens with a title that stands before a name, then a
 * capitalized word: the body heads the person's title, one sentence. */
static void test_titled_name_opens_the_next_line(void **state)
{
    (void)state;
    static const char t[] = "The Kestrel Harbour Board\nChairman Ann Roe said the quay would open in May.\n";
    SEGMENTS(t, "The Kestrel Harbour Board\nChairman Ann Roe said the quay would open in May.");
    expect_first_sentence(t, 75);
    expect_reported_clause(t, "the quay would open in May", "Ann Roe");
    SEGMENTS("A New Harbour Board\nChairman named for the port.\n", "A New Harbour Board", "Chairman named for the port.");
}

/* A name's abbreviation ends the line: a word in brackets after the name, or a word in capitals in a
 * line in mixed case; the next line goes on with the name's bracketed form, an organization's name
 * or a titled person's name. A headline in capitals keeps its break. */
static void test_abbreviation_ending_the_line(void **state)
{
    (void)state;
    static const char t[] = "Wexford Mills said its KXW\nCargo Services Inc unit would be sold.\n";
    SEGMENTS(t, "Wexford Mills said its KXW\nCargo Services Inc unit would be sold.");
    expect_first_sentence(t, 65);
    expect_reported_clause(t, "its KXW\nCargo Services Inc unit would be sold", "Wexford Mills");
    SEGMENTS("Lumen Optics Inc <LUM.O>\n(Lumen) said it would hire 40 workers.\n",
             "Lumen Optics Inc <LUM.O>\n(Lumen) said it would hire 40 workers.");
    SEGMENTS("Lumen Optics Inc <LUM.O>\nChairman Ann Roe said sales rose.\n",
             "Lumen Optics Inc <LUM.O>\nChairman Ann Roe said sales rose.");
    SEGMENTS("HARBOUR FEES RISE AT KXW\nCargo Services Inc said it would pay.\n", "HARBOUR FEES RISE AT KXW",
             "Cargo Services Inc said it would pay.");
}

/* A line that ends inside brackets goes on: a bracket opened on it and not closed. */
static void test_line_ending_inside_brackets(void **state)
{
    (void)state;
    static const char t[] = "The port firm <Lontra del\nPorto SpA> said it would buy two ferries.\n";
    SEGMENTS(t, "The port firm <Lontra del\nPorto SpA> said it would buy two ferries.");
    expect_first_sentence(t, 67);
    SEGMENTS("The harbour fee index (base\n1990) rose 2 pct in May.\n", "The harbour fee index (base\n1990) rose 2 pct in May.");
    /* a bracket closed on the line keeps the break */
    SEGMENTS("Fees (in pct) at the port\nKestrel 4.5\n", "Fees (in pct) at the port", "Kestrel 4.5");
    /* a spaced "<" is less than, no bracket */
    SEGMENTS("Harbour fees < 4 pct\nKestrel Lines raised its fees.\n", "Harbour fees < 4 pct",
             "Kestrel Lines raised its fees.");
}

/* A headline in sentence case ends with a lower-case word after an auxiliary; a line in capitals or
 * one that opens like a dateline follows it, and the headline keeps its break. A name, its
 * abbreviation in brackets or one abbreviation opening the next line still goes on the clause. */
static void test_headline_before_a_dateline(void **state)
{
    (void)state;
    SEGMENTS("Ferry fares will stay high\nKESTREL PORT (Reuters) - The line said fares would rise.\n",
             "Ferry fares will stay high", "KESTREL PORT (Reuters) - The line said fares would rise.");
    SEGMENTS("Ferry fares will stay high\nKestrel, Nov 30 - The line said fares would rise.\n",
             "Ferry fares will stay high", "Kestrel, Nov 30 - The line said fares would rise.");
    SEGMENTS("Ferry fares will stay high\nPort Roe (AP) - The line said fares would rise.\n",
             "Ferry fares will stay high", "Port Roe (AP) - The line said fares would rise.");
    SEGMENTS("Harbour Freight said it bought\nQuay Lines Inc (QLI) for cash.\n",
             "Harbour Freight said it bought\nQuay Lines Inc (QLI) for cash.");
    SEGMENTS("Harbour Freight said it bought\nKXW Cargo for cash.\n", "Harbour Freight said it bought\nKXW Cargo for cash.");
}

/* A headline keeps its break before a bracket that opens a dateline ("(AP) -") or a list item
 * ("(1)"), and a line in capitals before any bracket; a name's abbreviation in capitals ending a
 * line in mixed case still goes on into its ticker. */
static void test_headline_before_a_bracket(void **state)
{
    (void)state;
    SEGMENTS("Frost Hits the Valley\n(AP) - Frost hit the orchards on Monday.\n", "Frost Hits the Valley",
             "(AP) - Frost hit the orchards on Monday.");
    SEGMENTS("Harbour Fees Rise\n(1) Fees at the quay rose.\n", "Harbour Fees Rise", "(1) Fees at the quay rose.");
    SEGMENTS("HARBOUR FEES RISE\n(KESTREL) Fees at the quay rose.\n", "HARBOUR FEES RISE",
             "(KESTREL) Fees at the quay rose.");
    SEGMENTS("Kestrel Marine AG\n<KMAG.F> said sales rose.\n", "Kestrel Marine AG\n<KMAG.F> said sales rose.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clause_goes_on_after_its_verb),
        cmocka_unit_test(test_rows_and_lost_periods_keep_their_breaks),
        cmocka_unit_test(test_lower_case_role_before_a_name),
        cmocka_unit_test(test_name_after_a_lower_case_title_runs_on),
        cmocka_unit_test(test_bracketed_name_opens_the_next_line),
        cmocka_unit_test(test_org_name_runs_on_into_the_next_line),
        cmocka_unit_test(test_titled_name_opens_the_next_line),
        cmocka_unit_test(test_abbreviation_ending_the_line),
        cmocka_unit_test(test_line_ending_inside_brackets),
        cmocka_unit_test(test_headline_before_a_dateline),
        cmocka_unit_test(test_headline_before_a_bracket),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
