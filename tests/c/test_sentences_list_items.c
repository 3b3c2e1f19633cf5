/* Sentences: a numbered or lettered list item ("1.", "2)", "a)") at a line's start is a bullet when
 * it is one (the paragraph starts there, the line before ends a sentence or a lead-in, or the item
 * next to it is numbered on), so a long lead-in without a colon no longer runs into the first item;
 * a figure that a wrap put at a line's start stays the sentence's last word. An initial that a wrap
 * left at a line's end ("Arthur D." / "Little") ends no sentence. */
#include "helpers.h"

/* Exact spans of the sentences of t: want[k] is the k-th sentence's text, found at its offset. */
static void expect_spans(const char *t, const char *const *want, const size_t *starts, size_t n)
{
    cd_doc *doc = analyze(t, "2005-06-01");
    size_t got;
    const cd_sentence *s = cd_doc_sentences(doc, &got);
    assert_int_equal(got, n);
    for (size_t k = 0; k < n; k++) {
        assert_int_equal(s[k].span.start, starts[k]);
        assert_int_equal(s[k].span.stop, starts[k] + strlen(want[k]));
        assert_int_equal(offset_of(t, want[k]), starts[k]);
    }
    cd_doc_free(doc);
}

static const char LEAD_IN[] = "The council has set out the following measures for residents who want to apply for help\n"
                              "1. Read the leaflet that came with the letter.\n"
                              "2. Fill in the form and sign it.\n"
                              "3. Send it back by March.\n";

/* Plain text: the lead-in as wide as the paragraph, no colon; each item its own sentence. */
static void test_numbered_items_after_a_long_lead_in(void **state)
{
    (void)state;
    static const char *const want[] = {
        "The council has set out the following measures for residents who want to apply for help",
        "1. Read the leaflet that came with the letter.", "2. Fill in the form and sign it.",
        "3. Send it back by March."};
    static const size_t starts[] = {0, 88, 135, 168};
    expect_spans(LEAD_IN, want, starts, 4);
}

/* Markdown: the same list as a Markdown list gives the items as blocks, their text without markers. */
static void test_numbered_items_in_markdown(void **state)
{
    (void)state;
    cd_options o = {0};
    o.input = CD_INPUT_MARKDOWN;
    cd_doc *doc = analyze_opts(LEAD_IN, &o);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 4);
    assert_int_equal(s[0].span.start, 0);
    assert_int_equal(s[0].span.stop, 87);
    assert_int_equal(s[1].span.start, 91);
    assert_int_equal(s[1].span.stop, 134);
    assert_int_equal(s[3].span.start, 171);
    assert_int_equal(s[3].span.stop, 193);
    cd_doc_free(doc);
}

/* Lettered items: "a)" then "b)". After a colon the lead-in ends too; a ")" item of one alone counts. */
static void test_lettered_and_colon_items(void **state)
{
    (void)state;
    static const char t[] = "There are two ways to apply for the grant, and both of them take time\n"
                            "a) by post to the council office, which is slow\n"
                            "b) online, which is quicker.\n";
    static const char *const want[] = {"There are two ways to apply for the grant, and both of them take time",
                                       "a) by post to the council office, which is slow",
                                       "b) online, which is quicker."};
    static const size_t starts[] = {0, 70, 118};
    expect_spans(t, want, starts, 3);
    SEGMENTS("You will need to bring the following with you to the office on the day:\n"
             "1) A passport or a driving licence with your photograph on it\n",
             "You will need to bring the following with you to the office on the day:",
             "1) A passport or a driving licence with your photograph on it");
}

/* A figure and its full stop that a wrap put at a line's start, no "1." or "3." beside it, stay the
 * sentence's end; so does a figure inside a sentence ("rose to" / "2) the"... is no item with no
 * neighbour numbered on). */
static void test_a_wrapped_figure_is_no_item(void **state)
{
    (void)state;
    static const char t[] = "Orders of the new van in the opening quarter of the year rose by\n"
                            "2. The rest of the range fell by a third over the same period.\n";
    static const char *const want[] = {"Orders of the new van in the opening quarter of the year rose by\n2.",
                                       "The rest of the range fell by a third over the same period."};
    static const size_t starts[] = {0, 68};
    expect_spans(t, want, starts, 2);
}

/* An initial at a line's end whose next word did not fit on the line ends no sentence; the same
 * initial where the next word had room, or before a sentence starter, does. */
static void test_a_wrapped_initial(void **state)
{
    (void)state;
    static const char t[] = "The chief executive said on Monday that the firm, which Arthur D.\n"
                            "Little advised last year, will grow quickly in the next few years.\n"
                            "It was late.\n";
    static const char *const want[] = {"The chief executive said on Monday that the firm, which Arthur D.\n"
                                       "Little advised last year, will grow quickly in the next few years.",
                                       "It was late."};
    static const size_t starts[] = {0, 133};
    expect_spans(t, want, starts, 2);
    SEGMENTS("He said the firm was run by Arthur D.\nLittle advised it, he said, on the plan last year.\n",
             "He said the firm was run by Arthur D.", "Little advised it, he said, on the plan last year.");
    SEGMENTS("The chief executive said on Monday that the firm had been run by K.\n"
             "The board of the firm will meet again in the next few weeks to decide.\n",
             "The chief executive said on Monday that the firm had been run by K.",
             "The board of the firm will meet again in the next few weeks to decide.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbered_items_after_a_long_lead_in),
        cmocka_unit_test(test_numbered_items_in_markdown),
        cmocka_unit_test(test_lettered_and_colon_items),
        cmocka_unit_test(test_a_wrapped_figure_is_no_item),
        cmocka_unit_test(test_a_wrapped_initial),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
