/* Sentences: a wire story's first line, cut short where its dateline was taken off, goes on in the
 * next line when it ends with a past form with no auxiliary ("rose", "sold", a form in -ed) and the
 * next line opens with the verb's figure or a month and a day. A headline in the present, a
 * participle before a line that opens with no figure or with a count of things ("12 boats"), a
 * year, a list's marker or an indented paragraph keep their breaks. Fixtures written here; exact
 * segments and offsets. */
#include "helpers.h"

static void test_past_form_goes_on_into_its_figure(void **state)
{
    (void)state;
    static const char rose[] = "Kestrel harbour fees rose\n4 pct in May from April, the port said.\n";
    SEGMENTS(rose, "Kestrel harbour fees rose\n4 pct in May from April, the port said.");
    expect_first_sentence(rose, 65);
    static const char sold[] = "The Quay Lines fleet sold\n12,000 tonnes of scrap steel last week.\n";
    SEGMENTS(sold, "The Quay Lines fleet sold\n12,000 tonnes of scrap steel last week.");
    expect_first_sentence(sold, 65);
    /* a form in -ed before a month and a day */
    static const char ended[] = "Ferry fares fell in the week ended\nMarch 19, the port authority said.\n";
    SEGMENTS(ended, "Ferry fares fell in the week ended\nMarch 19, the port authority said.");
    expect_first_sentence(ended, 69);
    /* a tally: the figure counts no thing */
    static const char tally[] = "The harbour board voted\n12 to 3 to raise the mooring fees.\n";
    SEGMENTS(tally, "The harbour board voted\n12 to 3 to raise the mooring fees.");
    expect_first_sentence(tally, 58);
}

static void test_headlines_keep_their_breaks(void **state)
{
    (void)state;
    /* a headline's verb in the present */
    SEGMENTS("Kestrel harbour fees rise\n4 pct of the boats left early.\n", "Kestrel harbour fees rise",
             "4 pct of the boats left early.");
    /* a participle before a sentence that opens with no figure */
    SEGMENTS("Ferry services suspended\nKestrel Lines said on Monday the storm had closed the port.\n",
             "Ferry services suspended", "Kestrel Lines said on Monday the storm had closed the port.");
    /* a participle before a sentence that opens with a count of things */
    SEGMENTS("Kestrel fares unchanged\n12 boats will sail on Monday, the port said.\n", "Kestrel fares unchanged",
             "12 boats will sail on Monday, the port said.");
    SEGMENTS("Tarvin mill closed\n120 workers lost their jobs.\n", "Tarvin mill closed", "120 workers lost their jobs.");
    SEGMENTS("Tarvin mill closed\n120 of its workers lost their jobs.\n", "Tarvin mill closed",
             "120 of its workers lost their jobs.");
    /* a year, a list's marker, an indented paragraph */
    SEGMENTS("Ferry services suspended\n2025 was a hard year for the Kestrel port and its lines.\n",
             "Ferry services suspended", "2025 was a hard year for the Kestrel port and its lines.");
    SEGMENTS("These are the fees we raised\n1. Mooring by the day\n2. Mooring by the week\n",
             "These are the fees we raised", "1. Mooring by the day", "2. Mooring by the week");
    SEGMENTS("Kestrel harbour fees rose as the port raised\n    40 of its rates, the port said on Monday in a "
             "short note to its users.\n",
             "Kestrel harbour fees rose as the port raised",
             "40 of its rates, the port said on Monday in a short note to its users.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_past_form_goes_on_into_its_figure),
        cmocka_unit_test(test_headlines_keep_their_breaks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
