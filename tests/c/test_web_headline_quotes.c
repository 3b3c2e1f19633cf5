/* A quote in a headline or subhead is the story's to attribute: no unattributed-quote when the
 * story quotes the same words (the headline's excerpt of them), one when it does not. */
#include "helpers.h"

#define LQ "\xE2\x80\x98" /* ‘ */
#define RQ "\xE2\x80\x99" /* ’ */
#define LDQ "\xE2\x80\x9C" /* “ */
#define RDQ "\xE2\x80\x9D" /* ” */

static void test_headline_excerpt_of_a_story_quote(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article><h1>" LQ "The bridge is not safe" RQ ": engineers close river crossing</h1>"
        "<p>Engineers closed the river crossing on Monday after an inspection found cracks in two of its "
        "supports, the council said.</p>"
        "<p>" LDQ "We looked at it again and the bridge is not safe for heavy traffic, and may not be safe "
        "for cars," RDQ " said Ana Cole, the council's chief engineer.</p>"
        "<h2>" LDQ "WE WILL REBUILD IT" RDQ "</h2>"
        "<p>The mayor, Ben Ode, promised a new bridge within a year. " LDQ "We will rebuild it, and we will "
        "do it quickly," RDQ " he told reporters.</p></article></body></html>";
    expect_page_findings_at(page, "unattributed-quote", 0, NULL);
}

static void test_headline_quote_the_story_does_not_give(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article><h1>" LQ "Nobody listened to us" RQ ": residents angry at bridge closure</h1>"
        "<p>Engineers closed the river crossing on Monday after an inspection found cracks in two of its "
        "supports, the council said.</p>"
        "<p>Residents said nobody listened to us when they warned of the cracks last year.</p>"
        "<p>" LDQ "We listened to everyone, and nobody told us of cracks," RDQ " said Ana Cole, the council's "
        "chief engineer.</p></article></body></html>";
    expect_page_findings_at(page, "unattributed-quote", 1, LQ "Nobody");
}

/* The words must stand one after another in the story's quote, and in a quote: the same words in
 * narration, or scattered through a quote, attribute nothing. */
static void test_words_scattered_or_in_narration(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article><h1>" LQ "We were never told of the cracks" RQ "</h1>"
        "<p>We were never told of the cracks, residents of the riverside streets said on Monday.</p>"
        "<p>" LDQ "We were never, as far as I know, told of the cracks until Monday," RDQ " said Ana Cole, "
        "the council's chief engineer, who joined in May.</p></article></body></html>";
    expect_page_findings_at(page, "unattributed-quote", 1, LQ "We were never");
}

/* A plain story's headline line is a headline too. */
static void test_plain_text_headline(void **state)
{
    (void)state;
    expect_findings_at(LQ "Cuts will hurt schools" RQ " in budget row\n\n"
                       "The teachers' union attacked the council's budget on Monday. " LDQ "These cuts will hurt "
                       "schools and the pupils in them," RDQ " said Ben Ode, its leader.\n",
                       "unattributed-quote", 0, NULL);
    expect_findings_at(LQ "Cuts will hurt schools" RQ " in budget row\n\n"
                       "The teachers' union attacked the council's budget on Monday, and said it would "
                       "fight it.\n",
                       "unattributed-quote", 1, LQ "Cuts will");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_headline_excerpt_of_a_story_quote),
        cmocka_unit_test(test_headline_quote_the_story_does_not_give),
        cmocka_unit_test(test_words_scattered_or_in_narration),
        cmocka_unit_test(test_plain_text_headline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
