/* Sentences: a wire story's first line, cut short where its dateline was taken off, goes on in the
 * next line when it ends inside a person's name that no list holds whole: after an honorific, an
 * initial or a given name ("Sir Ivo" / "Marsh", "J. Quorra" / "Vance", "Ann Quorra" / "Vance"), on
 * an initial after a given name ("Ann L" / "Vance"), on a lower-case particle ("Ann de" / "Vance"),
 * or before a line that opens with an initial ("Judge Ann" / "A. Vance"). A headline whose verb a
 * list holds, a name after a preposition before a line that opens with two capitalized words
 * ("Farewell to Ann Roe" / "Kestrel Lines said"), a line before a dateline or an indented
 * paragraph, a letter glued to an abbreviation ("U.S.") and a letter after a word that is no given
 * name keep their breaks. Fixtures written here; exact segments and offsets. */
#include "helpers.h"

static void test_name_after_an_honorific_or_initial(void **state)
{
    (void)state;
    static const char sir[] = "Harbour Secretary Sir Ivo\nMarsh said the fees would rise.\n";
    SEGMENTS(sir, "Harbour Secretary Sir Ivo\nMarsh said the fees would rise.");
    expect_first_sentence(sir, 57);
    expect_reported_clause(sir, "the fees would rise", "Sir Ivo Marsh");
    static const char initial[] = "Kestrel Lines chairman J. Quorra\nVance said fares would stay the same.\n";
    SEGMENTS(initial, "Kestrel Lines chairman J. Quorra\nVance said fares would stay the same.");
    expect_first_sentence(initial, 70);
    expect_reported_clause(initial, "fares would stay the same", "J. Quorra Vance");
    SEGMENTS("The port named Ann Quorra\nVance as its new harbour master.\n",
             "The port named Ann Quorra\nVance as its new harbour master.");
    /* after a preposition, the name's last word alone on the next line */
    static const char to[] = "A letter to Ann Quorra\nVance said the fees would rise.\n";
    SEGMENTS(to, "A letter to Ann Quorra\nVance said the fees would rise.");
    expect_first_sentence(to, 54);
}

static void test_initial_or_particle_ends_the_line(void **state)
{
    (void)state;
    static const char letter[] = "Kestrel Lines said Ann L\nVance will retire as chairman.\n";
    SEGMENTS(letter, "Kestrel Lines said Ann L\nVance will retire as chairman.");
    expect_first_sentence(letter, 55);
    static const char particle[] = "Harbour Minister Ann de\nVance said fees rose 4 pct.\n";
    SEGMENTS(particle, "Harbour Minister Ann de\nVance said fees rose 4 pct.");
    expect_first_sentence(particle, 51);
    expect_reported_clause(particle, "fees rose 4 pct", "Ann de Vance");
    /* two particles, the first one that opens a run */
    static const char two[] = "The harbour chief Ann von der\nVance said fees would rise.\n";
    SEGMENTS(two, "The harbour chief Ann von der\nVance said fees would rise.");
    expect_first_sentence(two, 57);
    /* a French firm's "des" */
    static const char des[] = "Ferry group Cie Maritime des\nPorts Vance said it would add two boats.\n";
    SEGMENTS(des, "Ferry group Cie Maritime des\nPorts Vance said it would add two boats.");
    expect_first_sentence(des, 69);
}

static void test_initial_opens_the_next_line(void **state)
{
    (void)state;
    static const char t[] = "Harbour Judge Ann\nA. Vance said the case would resume.\n";
    SEGMENTS(t, "Harbour Judge Ann\nA. Vance said the case would resume.");
    expect_first_sentence(t, 54);
    /* a sentence's "A" has no period */
    SEGMENTS("Farewell to Ann\nA ferry left the harbour on Monday.\n", "Farewell to Ann",
             "A ferry left the harbour on Monday.");
}

static void test_headlines_and_paragraphs_keep_their_breaks(void **state)
{
    (void)state;
    /* a headline's verb of data/event_verbs.tsv */
    SEGMENTS("Kestrel ousts Ann Quorra\nHarbour Lines said on Monday it had named a new chairman.\n",
             "Kestrel ousts Ann Quorra", "Harbour Lines said on Monday it had named a new chairman.");
    /* a dateline on the next line */
    SEGMENTS("Farewell to Sir Ivo\nKestrel, May 2 - The port said on Monday it would close.\n", "Farewell to Sir Ivo",
             "Kestrel, May 2 - The port said on Monday it would close.");
    SEGMENTS("Farewell to Ann Quorra\nKestrel (Reuters) - The port said on Monday it would close.\n",
             "Farewell to Ann Quorra", "Kestrel (Reuters) - The port said on Monday it would close.");
    /* a name after a preposition, then a line that opens with a name of its own */
    SEGMENTS("Farewell to Ann Roe\nKestrel Lines said on Monday its founder had died.\n", "Farewell to Ann Roe",
             "Kestrel Lines said on Monday its founder had died.");
    /* an indented wire paragraph */
    SEGMENTS("Kestrel Lines said its chairman is Ann Quorra\n    Vance held the post for four years before the "
             "merger of the two lines.\n",
             "Kestrel Lines said its chairman is Ann Quorra",
             "Vance held the post for four years before the merger of the two lines.");
    /* the "S" of "U.S." is no initial; "B" after a word that is no given name ends a headline */
    SEGMENTS("Kestrel Bank opens in U.S. Market\nHarbour traders said on Monday the shares rose.\n",
             "Kestrel Bank opens in U.S. Market", "Harbour traders said on Monday the shares rose.");
    SEGMENTS("Kestrel growers back Plan B\nHarbour Lines said on Monday it would buy the farms.\n",
             "Kestrel growers back Plan B", "Harbour Lines said on Monday it would buy the farms.");
    /* a given name in a line of capitalized words is a common word */
    SEGMENTS("Harbour Fees Rose Sharply\nKestrel traders said the port would review them.\n",
             "Harbour Fees Rose Sharply", "Kestrel traders said the port would review them.");
    /* a particle before a sentence's first word */
    SEGMENTS("Harbour Minister Ann de\nThe port said fees rose 4 pct.\n", "Harbour Minister Ann de",
             "The port said fees rose 4 pct.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_after_an_honorific_or_initial),
        cmocka_unit_test(test_initial_or_particle_ends_the_line),
        cmocka_unit_test(test_initial_opens_the_next_line),
        cmocka_unit_test(test_headlines_and_paragraphs_keep_their_breaks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
