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

/* A paragraph wrapped at 70 columns: each capitalized line start would not have fitted on the
 * line before, so the splitter keeps every break inside its sentence. */
static const char WIRE[] = "Russia expelled 60 diplomats on Monday and closed three\n"
                           "consulates in the United States, the ministry said, in a move that\n"
                           "Record Bar officials called the biggest since the Cold War. Sales were\n"
                           "lower than\n"
                           "expected, and the rival plane makers of both big trade blocs sanction\n"
                           "Boeing for the delay.\n";

static void test_phrases_run_on_across_a_wrap(void **state)
{
    (void)state;
    cd_doc *doc = analyze(WIRE, "2018-03-26");
    /* an event's object (cd_phrase_end): what "three" counts is on the next line */
    const cd_claim *e = claim_at(doc, CD_CLAIM_EVENT, WIRE, "closed three\nconsulates");
    assert_int_equal(e->span.start, 43);
    assert_string_equal(e->event.target, "three consulates");
    assert_string_equal(e->event.actor, "Russia");
    /* a capital opening a wrapped line inside a sentence is a name (mid_cap), not a record */
    const cd_claim *c = claim_at(doc, CD_CLAIM_COMPARISON, WIRE, "the biggest since the Cold War");
    assert_int_equal(c->span.start, 151);
    assert_string_equal(c->comparison.form, "superlative");
    assert_null(find_claim(doc, CD_CLAIM_COMPARISON, "Record Bar"));
    /* a comparison's complement across the break (complement_end) */
    c = claim_at(doc, CD_CLAIM_COMPARISON, WIRE, "lower than\nexpected");
    assert_int_equal(c->span.start, 194);
    assert_string_equal(c->comparison.form, "comparative");
    /* a name opening the next line is an object: the verb is one (verbal_context) */
    e = claim_at(doc, CD_CLAIM_EVENT, WIRE, "sanction\nBoeing");
    assert_int_equal(e->span.start, 266);
    assert_string_equal(e->event.target, "Boeing");
    cd_doc_free(doc);
}

/* A blank line ends the sentence: nothing runs on across it; a sentence's first word opening a
 * line is no name. */
static const char APART[] = "Russia closed three\n"
                            "\n"
                            "Consulates in the west were shut. Profits rose.\n"
                            "Record sales of 3.1 mln units were seen in July.\n"
                            "\n"
                            "Sales were lower than\n"
                            "\n"
                            "Expected.\n";

static void test_phrases_stop_at_a_blank_line(void **state)
{
    (void)state;
    cd_doc *doc = analyze(APART, "2018-03-26");
    const cd_claim *e = claim_at(doc, CD_CLAIM_EVENT, APART, "closed three");
    assert_int_equal(e->span.start, 7);
    assert_string_equal(e->event.target, "three");
    const cd_claim *c = claim_at(doc, CD_CLAIM_COMPARISON, APART, "Record sales of 3.1 mln units");
    assert_int_equal(c->span.start, 69);
    assert_string_equal(c->comparison.form, "record");
    assert_null(find_claim(doc, CD_CLAIM_COMPARISON, "lower than"));
    cd_doc_free(doc);
}

/* A number word opening a wrapped line inside a sentence is part of a name as it is mid-line
 * ("the\nMillion Dollar Baby"); opening a sentence it is a count as before ("Three Hotels"). */
static void test_number_words_in_a_name_across_a_wrap(void **state)
{
    (void)state;
    static const char t[] =
        "The films The Harbour Wall and Quiet Lantern failed to cut their credits, so the\n"
        "Million Dollar Baby producers were listed in the top picture category, too.\n"
        "Three Hotels were left open by the group after the sale of the rest of them.\n";
    cd_doc *doc = analyze(t, "2005-06-01");
    assert_null(find_claim(doc, CD_CLAIM_QUANTITY, "Million"));
    const cd_claim *c = claim_at(doc, CD_CLAIM_QUANTITY, t, "Three Hotels");
    assert_int_equal(c->span.start, 157);
    cd_doc_free(doc);
}

/* A name opening a wrapped line inside a sentence names what its figure labels, as mid-line
 * ("the\nPlayStation 2 has sold out"); opening a sentence the figure is read as before. */
static void test_name_and_figure_across_a_wrap(void **state)
{
    (void)state;
    static const char t[] =
        "The high demand for the slim new games console in the shops has meant that the\n"
        "PlayStation 2 has sold out in London, the retailers said on Monday night.\n"
        "PlayStation 2 sales rose.\n";
    cd_doc *doc = analyze(t, "2005-06-01");
    size_t n;
    const cd_number *num = cd_doc_numbers(doc, &n);
    assert_int_equal(n, 2);
    assert_int_equal(num[0].span.start, 91);
    assert_int_equal(num[0].kind, CD_NUM_LABEL);
    assert_int_equal(num[1].span.start, offset_of(t, "2 sales"));
    assert_int_equal(num[1].kind, CD_NUM_CARDINAL);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_read_across_a_wrap_are_one_line),
        cmocka_unit_test(test_phrases_run_on_across_a_wrap),
        cmocka_unit_test(test_phrases_stop_at_a_blank_line),
        cmocka_unit_test(test_number_words_in_a_name_across_a_wrap),
        cmocka_unit_test(test_name_and_figure_across_a_wrap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
