/* Hard-wrapped copy (wire text, Markdown under 'textwidth'): a line break that the sentence splitter
 * keeps inside a sentence is a space for what the analysis reads of it, and the strings it writes
 * of the input (an event's actor and target, a speaker's description) are on one line. The claims'
 * spans and text keep the input's bytes. */
#include "helpers.h"

static const char USDA[] =
    "Grain exports will fall sharply this year because of the drought, senior USDA\n"
    "officials said on Monday at a meeting in the capital with the farm lobby. Prices rose and the\n"
    "cartel banned 60 tankers from the ports of the Gulf.\n";

static const cd_claim *claim_at(const cd_doc *doc, cd_claim_kind kind, const char *t, const char *text)
{
    size_t n, at = offset_of(t, text);
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == kind && c[i].span.start == at && c[i].span.stop == at + strlen(text)) return &c[i];
    fail_msg("no claim of kind %d over '%s' at %zu", (int)kind, text, at);
    return NULL;
}

static void test_names_read_across_a_wrap_are_one_line(void **state)
{
    (void)state;
    cd_doc *doc = analyze(USDA, "1987-03-02");
    const cd_claim *q = claim_at(doc, CD_CLAIM_QUOTE, USDA, "Grain exports will fall sharply this year because of the drought");
    assert_int_equal(q->span.start, 0);
    assert_string_equal(q->quote.speaker, "senior USDA officials");
    const cd_claim *e = claim_at(doc, CD_CLAIM_EVENT, USDA, "banned 60 tankers");
    assert_int_equal(e->span.start, 179);
    assert_string_equal(e->event.actor, "the cartel");
    assert_string_equal(e->event.target, "60 tankers");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_read_across_a_wrap_are_one_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
