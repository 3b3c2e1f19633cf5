/* Entities: a name broken by a hard wrap ('textwidth', wire copy) is one name. A line break that the
 * sentence splitter keeps inside a sentence is a space for names, organizations and places; one
 * that ends a headline, a byline, a list item or a paragraph still parts them. */
#include "helpers.h"

/* Whether some entity's span covers both sides of the text's first occurrence of `joint`. */
static int entity_spans(const cd_doc *doc, const char *t, const char *joint)
{
    size_t n, at = offset_of(t, joint);
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (e[i].span.start <= at && e[i].span.stop >= at + strlen(joint)) return 1;
    return 0;
}

/* A paragraph hard-wrapped at 80 columns: each name's second word would not fit on its line. */
static const char WRAPPED[] =
    "The talks went on late into the night, and when they ended the minister, Thomas\n"
    "Cooper, said the deal was right for all of them. Rates were left by the Bank of\n"
    "England where they were, and the markets barely moved. \"We will win,\" said Tom\n"
    "Smith, the coach. Later that day Cooper met the Spanish foreign minister and the\n"
    "Foreign Minister of Peru, Ana Ruiz, and flew with them to the sunny city of San\n"
    "Francisco for the summit.\n";

static void test_names_wrapped_inside_a_sentence_are_one_name(void **state)
{
    (void)state;
    cd_doc *doc = analyze(WRAPPED, NULL);
    assert_entity(doc, WRAPPED, "Thomas\nCooper", 0, "person", "Thomas Cooper");
    assert_entity(doc, WRAPPED, "Cooper", offset_of(WRAPPED, "Cooper met"), "person", "Thomas Cooper");
    assert_entity(doc, WRAPPED, "Bank of\nEngland", 0, "organization", "Bank of England");
    assert_entity(doc, WRAPPED, "Tom\nSmith", 0, "person", "Tom Smith");
    assert_entity(doc, WRAPPED, "San\nFrancisco", 0, "place", "San Francisco");
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, "We will win");
    assert_non_null(q);
    assert_string_equal(q->quote.speaker, "Tom Smith");
    cd_doc_free(doc);
}

static void test_office_wrapped_before_a_name(void **state)
{
    (void)state;
    const char *t = "The talks on the new trade deal went on into the evening, and then the Foreign\n"
                    "Minister Ana Ruiz told reporters that the deal was right for both countries.\n";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Ana Ruiz", 0, "person", "Ana Ruiz");
    assert_false(entity_spans(doc, t, "Foreign"));
    cd_doc_free(doc);
}

/* A headline, a byline, list items and a blank line end their line: no name runs across them. */
static void test_headline_and_byline_lines_stay_apart(void **state)
{
    (void)state;
    const char *t = "Strike called off at Cooper\n"
                    "Mary Hart said on Monday that the strike at the plant was over and that all of\n"
                    "the workers would be back at their desks by the end of the week, as planned.\n";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Mary Hart", 0, "person", "Mary Hart");
    assert_false(entity_spans(doc, t, "Cooper\nMary"));
    cd_doc_free(doc);
    const char *b = "By John Smith\n"
                    "WASHINGTON (Reuters) - The talks on the budget went on late into the night on\n"
                    "Monday, and the two sides said they were close to a deal on the spending cuts.\n";
    doc = analyze(b, NULL);
    assert_entity(doc, b, "John Smith", 0, "person", "John Smith");
    assert_entity(doc, b, "WASHINGTON", 0, "place", "Washington");
    cd_doc_free(doc);
}

static void test_list_items_and_paragraphs_stay_apart(void **state)
{
    (void)state;
    const char *t = "The panel will hear from a long list of speakers over the two days of the summit:\n"
                    "- Anna Bell\n"
                    "- Tom Hart\n"
                    "Tom Hart\n"
                    "Anna Bell\n";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Anna Bell", 0, "person", "Anna Bell");
    assert_entity(doc, t, "Tom Hart", 0, "person", "Tom Hart");
    assert_false(entity_spans(doc, t, "Bell\n- Tom"));
    assert_false(entity_spans(doc, t, "Hart\nAnna"));
    cd_doc_free(doc);
    const char *p = "The talks went on late into the night, and when they ended the minister, Thomas\n"
                    "\n"
                    "Cooper said on Monday that the deal was right for all of the workers at the plant.\n";
    doc = analyze(p, NULL);
    assert_false(entity_spans(doc, p, "Thomas\n\nCooper"));
    assert_entity(doc, p, "Cooper", 0, "person", "Cooper");
    cd_doc_free(doc);
}

/* "and" after a company's legal form starts the next name, on one line or across a wrap; inside
 * a name ("Keller Stanley and Co", "Procter and Gamble Co", "Bank and Trust") it does not. */
static void test_and_after_a_legal_form_starts_the_next_company(void **state)
{
    (void)state;
    const char *t = "The shares were sold in an offering managed by Harlow Capital Corp and\n"
                    "Dunmore Securities Inc, with Keller Stanley and Co. and Brightwater Bank Plc\n"
                    "among the buyers, and notes of Procter and Gamble Co and of Citizens Fidelity\n"
                    "Bank and Trust were also sold, the company said on the day of the offering.\n";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Harlow Capital Corp", 0, "organization", "Harlow Capital Corp");
    assert_entity(doc, t, "Dunmore Securities Inc", 0, "organization", "Dunmore Securities Inc");
    assert_entity(doc, t, "Keller Stanley and Co.", 0, "organization", "Keller Stanley and Co.");
    assert_entity(doc, t, "Brightwater Bank Plc", 0, "organization", "Brightwater Bank Plc");
    assert_entity(doc, t, "Procter and Gamble Co", 0, "organization", "Procter and Gamble Co");
    assert_entity(doc, t, "Citizens Fidelity\nBank and Trust", 0, "organization", "Citizens Fidelity Bank and Trust");
    cd_doc_free(doc);
}

/* Wire copy wraps at a column, its indent included: the indented line's last word and the next
 * line's first are one name though the word would have fitted beside the text alone. */
static void test_indented_wire_line_wraps_by_columns(void **state)
{
    (void)state;
    const char *t = "WIRE HEADLINE ABOUT THE DEAL\n"
                    "\n"
                    "The company said on Monday that it had found all the money it needed\n"
                    "for its offer, and that its talks with the banks had gone very well.\n"
                    "    The company said Dominion Bank, Lenders Trust, Pelham Guaranty\n"
                    "Trust Co and two other banks had agreed to provide the money for the\n"
                    "offer, which runs to the end of the month.\n";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Pelham Guaranty\nTrust Co", 0, "organization", "Pelham Guaranty Trust Co");
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 3);
    assert_int_equal(s[2].span.start, offset_of(t, "The company said Dominion"));
    assert_int_equal(s[2].span.stop, offset_of(t, "of the month.") + strlen("of the month."));
    assert_false(s[2].headline);
    cd_doc_free(doc);
}

/* Lines under 50 characters are rows, never a wrapped paragraph: the longest row does not run
 * into the next. */
static void test_short_table_rows_stay_apart(void **state)
{
    (void)state;
    const char *t = "Shr profit 12 cts vs loss three cts\n"
                    "Net profit 1,234,000 dlrs vs loss 567,000\n"
                    "Revs 45.6 mln vs 41.2 mln\n";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 3);
    assert_int_equal(s[1].span.stop, offset_of(t, "\nRevs"));
    assert_int_equal(s[2].span.start, offset_of(t, "Revs"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_wrapped_inside_a_sentence_are_one_name),
        cmocka_unit_test(test_office_wrapped_before_a_name),
        cmocka_unit_test(test_headline_and_byline_lines_stay_apart),
        cmocka_unit_test(test_list_items_and_paragraphs_stay_apart),
        cmocka_unit_test(test_and_after_a_legal_form_starts_the_next_company),
        cmocka_unit_test(test_indented_wire_line_wraps_by_columns),
        cmocka_unit_test(test_short_table_rows_stay_apart),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
