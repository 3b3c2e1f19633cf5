/* Sentence segmentation: exact segment boundaries for abbreviations, quotes, headlines, page
 * chrome, lists, ellipses, decimals and hard-wrapped paragraphs. */
#include "helpers.h"

static void test_titles_and_initials_never_split(void **state)
{
    (void)state;
    SEGMENTS("Gov. Jerry Brown met Mr. Li and Dr. J. R. R. Tolkien's heirs. They talked.",
             "Gov. Jerry Brown met Mr. Li and Dr. J. R. R. Tolkien's heirs.", "They talked.");
}

static void test_abbreviation_before_a_sentence_starter_ends(void **state)
{
    (void)state;
    SEGMENTS("He moved to the U.S. The next year he left. U.S. Army units stayed in Calif. as planned.",
             "He moved to the U.S.", "The next year he left.", "U.S. Army units stayed in Calif. as planned.");
    SEGMENTS("She works at Acme Inc. It makes anvils. Acme Inc. Chief Wile agreed.",
             "She works at Acme Inc.", "It makes anvils.", "Acme Inc. Chief Wile agreed.");
}

static void test_dates_times_and_numbers_stay_whole(void **state)
{
    (void)state;
    SEGMENTS("The vote is set for Jan. 5 at 9 a.m. Tuesday in St. Paul, Fla. No. 3 rose 2.5 percent.",
             "The vote is set for Jan. 5 at 9 a.m. Tuesday in St. Paul, Fla.", "No. 3 rose 2.5 percent.");
    SEGMENTS("It ended at 10 p.m. He went home.", "It ended at 10 p.m.", "He went home.");
}

static void test_quotes_close_their_sentence(void **state)
{
    (void)state;
    SEGMENTS("“It is over.” He left. \"Why?\" she asked. She said: “No.” Then silence.",
             "“It is over.”", "He left.", "\"Why?\" she asked.", "She said: “No.”", "Then silence.");
}

static void test_ellipsis(void **state)
{
    (void)state;
    SEGMENTS("He paused... and went on. It ended… The end came... Then quiet.",
             "He paused... and went on.", "It ended…", "The end came...", "Then quiet.");
}

static void test_headlines_and_chrome_are_own_segments(void **state)
{
    (void)state;
    const char *t = "L.A. Now\n\nMayor quits\nThe mayor resigned Friday.\n\nCopyright © 2018, Los Angeles Times\n"
                    "EDITION: California | U.S. & World";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 5);
    const char *want[] = {"L.A. Now", "Mayor quits", "The mayor resigned Friday.",
                          "Copyright © 2018, Los Angeles Times", "EDITION: California | U.S. & World"};
    const int headline[] = {1, 1, 0, 1, 1};
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(span_text(doc, s[i].span), want[i]);
        assert_int_equal(s[i].headline, headline[i]);
    }
    assert_int_equal(s[2].span.start, offset_of(t, "The mayor"));
    assert_int_equal(span_line(doc, s[2].span), 4);
    cd_doc_free(doc);
}

static void test_hard_wrapped_paragraph_does_not_split(void **state)
{
    (void)state;
    const char *t = "The council voted on Tuesday to approve the budget for the coming\n"
                    "year after a long debate that ran past midnight, said Council President\n"
                    "Ana Ruiz. Critics objected.\n";
    SEGMENTS(t,
             "The council voted on Tuesday to approve the budget for the coming\n"
             "year after a long debate that ran past midnight, said Council President\n"
             "Ana Ruiz.",
             "Critics objected.");
}

/* Line widths are counted in characters, not bytes (eight bytes at a time in tok_chars): the
 * second line, 63 characters in 73 bytes, and "Óscar" fit the paragraph's 69 characters, so its
 * break ends a segment. The text is then read from exactly sized buffers, cut at every length near
 * its end, so that a read past the last byte shows under the sanitizers. */
static void test_line_widths_in_characters(void **state)
{
    (void)state;
    const char *t = "The council met on Tuesday night to vote on the new budget plan again\n"
                    "Señor Muñoz, José Pérez, Zoë Brontë, Chloë Noël, André Grégoire\n"
                    "Óscar Núñez left the hall";
    SEGMENTS(t,
             "The council met on Tuesday night to vote on the new budget plan again\n"
             "Señor Muñoz, José Pérez, Zoë Brontë, Chloë Noël, André Grégoire",
             "Óscar Núñez left the hall");
    size_t len = strlen(t);
    cd_options opt = {0};
    opt.borrow = 1;
    for (size_t cut = len - 40; cut <= len; cut++) {
        char *exact = malloc(cut);
        assert_non_null(exact);
        memcpy(exact, t, cut);
        cd_doc *doc = NULL;
        char err[128];
        assert_int_equal(cd_analyze(exact, cut, &opt, &doc, err, sizeof err), CD_OK);
        size_t n;
        const cd_sentence *s = cd_doc_sentences(doc, &n);
        assert_true(n >= 1 && s[n - 1].span.stop <= cut);
        cd_doc_free(doc);
        free(exact);
    }
}

static void test_short_lines_are_not_wrapped(void **state)
{
    (void)state;
    /* a line short of the paragraph's width whose next word would have fitted: a break */
    SEGMENTS("Budget passes after long night of debate at City Hall\n"
             "The council voted 7-2 on Tuesday to approve a budget of $3.2 billion.",
             "Budget passes after long night of debate at City Hall",
             "The council voted 7-2 on Tuesday to approve a budget of $3.2 billion.");
}

static void test_bullets_and_numbered_lists(void **state)
{
    (void)state;
    SEGMENTS("What we know:\n• Three people died\n• Roads are closed\n1. Stay home\n2) Call 911",
             "What we know:", "• Three people died", "• Roads are closed", "1. Stay home", "2) Call 911");
}

static void test_lowercase_after_period_continues(void **state)
{
    (void)state;
    SEGMENTS("Prices rose (see fig. below) and fell. Really? he asked.",
             "Prices rose (see fig. below) and fell.", "Really? he asked.");
}

/* A currency shortened with a period before a figure ends no sentence ("Rs. 500": the numbers pass
 * reads the amount); before a word, or in capitals as a code, the period ends one as usual. */
static void test_currency_abbreviation_before_a_figure(void **state)
{
    (void)state;
    SEGMENTS("Tickets cost Rs. 500 each. They sold out.", "Tickets cost Rs. 500 each.", "They sold out.");
    SEGMENTS("It was a game called Project Rub. Nintendo made it.", "It was a game called Project Rub.",
             "Nintendo made it.");
    SEGMENTS("The fee is 40 USD. 50 people paid it.", "The fee is 40 USD.", "50 people paid it.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titles_and_initials_never_split),
        cmocka_unit_test(test_abbreviation_before_a_sentence_starter_ends),
        cmocka_unit_test(test_dates_times_and_numbers_stay_whole),
        cmocka_unit_test(test_quotes_close_their_sentence),
        cmocka_unit_test(test_ellipsis),
        cmocka_unit_test(test_headlines_and_chrome_are_own_segments),
        cmocka_unit_test(test_hard_wrapped_paragraph_does_not_split),
        cmocka_unit_test(test_line_widths_in_characters),
        cmocka_unit_test(test_short_lines_are_not_wrapped),
        cmocka_unit_test(test_bullets_and_numbered_lists),
        cmocka_unit_test(test_lowercase_after_period_continues),
        cmocka_unit_test(test_currency_abbreviation_before_a_figure),
    };
    return cmocka_run_group_tests_name("sentences", tests, NULL, NULL);
}
