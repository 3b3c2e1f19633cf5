/* A quote that a statement gives ('issued a statement that "..."', 'in a statement, "..."', 'the
 * ministry's statement said "..."') is attributed: the statement's owner or the subject of its
 * clause speaks, and with neither named, someone unnamed does (no finding). */
#include "helpers.h"

#define DUES "\"Dues at the north quay will not rise again before the winter season ends.\""

static void test_subject_of_statement_clause(void **state)
{
    (void)state;
    expect_quote_claim("Fees rose in May. Port Minister Mira Volkov issued a statement that " DUES, DUES,
                       "Mira Volkov", 0);
    expect_quote_claim("Fees rose in May. But Port Minister Mira Volkov set the tone in a statement, " DUES, DUES,
                       "Mira Volkov", 0);
}

static void test_owner_of_statement(void **state)
{
    (void)state;
    expect_quote_claim("Fees rose in May. The Transport Ministry's statement said " DUES, DUES, "Transport Ministry", 0);
    expect_quote_claim("Fees rose in May. In Port Minister Mira Volkov's statement on Sunday: " DUES, DUES,
                       "Mira Volkov", 0);
    /* the statement's owner after the quote */
    expect_quote_claim("Fees rose in May. \"Dues at the north quay will not rise again,\" the Transport "
                       "Ministry's statement said.",
                       "\"Dues at the north quay will not rise again,\"", "Transport Ministry", 0);
}

/* a body's statement named in the sentence before: the quote that opens the next gives its words */
static void test_body_statement_before(void **state)
{
    (void)state;
    expect_quote_claim("Fees rose in May. In a letter to members on Friday, the Harbour Board said it would review "
                       "the fees. " DUES,
                       DUES, "Harbour Board", 0);
}

static void test_statement_of_someone_unnamed(void **state)
{
    (void)state;
    /* the statement's noun and a colon close a paragraph, its words open the next (a block quote) */
    expect_quote_claim("The new quay opened in May. The port's office posted the following statement:\n\n" DUES,
                       DUES, NULL, 0);
    /* "it": a country, a company or a board, which the pronoun does not say */
    expect_quote_claim("Fees rose in May. On Friday it issued a statement that " DUES, DUES, NULL, 0);
}

/* the words after the noun are a clause of the writer's, not a time or a place: the statement's
 * words are not what follows */
static void test_clause_after_statement(void **state)
{
    (void)state;
    const char *t = "In a statement the agency cited \"very unusual and severe conditions\" on the bond market.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "very unusual");
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, "\"very"));
    assert_null(c->quote.speaker);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_of_statement_clause),
        cmocka_unit_test(test_owner_of_statement),
        cmocka_unit_test(test_body_statement_before),
        cmocka_unit_test(test_statement_of_someone_unnamed),
        cmocka_unit_test(test_clause_after_statement),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
