/* Sentences: a wire story's first line, cut short where its dateline was taken off inside a
 * company's name, goes on in the next line when that opens with a short legal form and the
 * company's ticker or abbreviation in brackets ("Kestrel Marine" / "AG <KMA.F> said"). A longer
 * word, a short one in mixed case that is no legal form ("Oslo (NTB)"), a bracket with no letter,
 * a dash after the bracket (a dateline's agency) and a line in capitals keep their breaks. Fixtures
 * written here; exact segments and offsets. */
#include "helpers.h"

static void test_legal_form_and_ticker_open_the_next_line(void **state)
{
    (void)state;
    static const char ag[] = "Shipping group Kestrel Marine\nAG <KMA.F> said it would order two tankers.\n";
    SEGMENTS(ag, "Shipping group Kestrel Marine\nAG <KMA.F> said it would order two tankers.");
    expect_first_sentence(ag, 73);
    static const char nv[] = "Dutch ferry group Nordlys\nN.V. (NOY) expects higher fares in the spring.\n";
    SEGMENTS(nv, "Dutch ferry group Nordlys\nN.V. (NOY) expects higher fares in the spring.");
    expect_first_sentence(nv, 72);
    /* a form in mixed case that data/ent_org_suffixes.tsv lists */
    static const char oy[] = "Finnish ferry group Nordlys\nOy (NOY) expects higher fares.\n";
    SEGMENTS(oy, "Finnish ferry group Nordlys\nOy (NOY) expects higher fares.");
    expect_first_sentence(oy, 58);
}

static void test_headlines_keep_their_breaks(void **state)
{
    (void)state;
    /* a dateline's agency after the bracket */
    SEGMENTS("Frost Hits the Kestrel Valley\nPort (AP) - Frost closed the valley roads on Monday.\n",
             "Frost Hits the Kestrel Valley", "Port (AP) - Frost closed the valley roads on Monday.");
    /* a short word that is no legal form: a place before an agency's bracket */
    SEGMENTS("Frost Hits the Kestrel Valley\nOslo (NTB) Frost closed the valley roads.\n",
             "Frost Hits the Kestrel Valley", "Oslo (NTB) Frost closed the valley roads.");
    /* a bracket with no letter, a longer first word, a line in capitals */
    SEGMENTS("Fares Rise in the Kestrel Valley\nThe (1) ferry line said on Monday fares would rise.\n",
             "Fares Rise in the Kestrel Valley", "The (1) ferry line said on Monday fares would rise.");
    SEGMENTS("Fares Rise in the Kestrel Valley\nHarbour (HB) said on Monday fares would rise.\n",
             "Fares Rise in the Kestrel Valley", "Harbour (HB) said on Monday fares would rise.");
    SEGMENTS("KESTREL FARES RISE\nAG (HB) said on Monday fares would rise.\n", "KESTREL FARES RISE",
             "AG (HB) said on Monday fares would rise.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_legal_form_and_ticker_open_the_next_line),
        cmocka_unit_test(test_headlines_keep_their_breaks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
