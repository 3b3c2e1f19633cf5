/* "urged" introduces a quote as "told" does (data/quote_verbs.tsv kind 0): 'she urged voters, "..."'
 * is the urger's. The word after it is the one urged, a listener: when the subject names nobody,
 * that listener is no speaker of the quote (src/quotes.c takes_listener). */
#include "helpers.h"

static void test_urged_introduces_quote(void **state)
{
    (void)state;
    const char *t = "Ms Nora Vetch faced boos at the rally. The crowd jeered when she urged voters, "
                    "\"Judge me on what I built for this town.\"";
    expect_quote_claim(t, "\"Judge me on what I built for this town.\"", "Nora Vetch", 0);
}

static void test_urged_listener_no_speaker(void **state)
{
    (void)state;
    const char *t = "The farm lobby urged Colm Dwyer to hold firm \"until the last load of the harvest is sold.\"";
    expect_quote_claim(t, "\"until the last load of the harvest is sold.\"", NULL, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_urged_introduces_quote),
        cmocka_unit_test(test_urged_listener_no_speaker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
