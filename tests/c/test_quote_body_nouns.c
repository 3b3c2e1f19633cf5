/* "CLAUSE, the union said" and "The company said CLAUSE": a body's noun after "the"
 * (data/quote_org_kinds.tsv) is the organisation of its kind the story named before the sentence,
 * not merely the last one named (a union's words are no company's); with none of its kind, the
 * noun itself is the speaker. "the Bank", a body's word alone as a name, is the bank the story
 * named in full; "CLAUSE, the Port Authority said" has its article before the name. */
#include "helpers.h"

/* The indirect quote spanning bytes [start, stop) of t, its speaker `speaker`. */
static void expect_indirect(const char *t, const char *clause, size_t start, size_t stop, const char *speaker)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, clause);
    if (!c) fail_msg("no quote claim '%s' in: %s", clause, t);
    assert_int_equal(c->span.start, start);
    assert_int_equal(c->span.stop, stop);
    assert_int_equal(c->quote.direct, 0);
    assert_non_null(c->quote.speaker);
    assert_string_equal(c->quote.speaker, speaker);
    cd_doc_free(doc);
}

static const char STRIKE[] = "Harlow Mills Corp. opened a plant in Dover. The Brick Layers Union called a strike on "
                             "Friday. Wages would fall by half, the union said. Output would rise next year, the "
                             "company said. The plan was final, the agency said.";

static void test_noun_takes_organisation_of_its_kind(void **state)
{
    (void)state;
    /* the union named last is the union's; the company's is the firm's, though the union is nearer */
    expect_indirect(STRIKE, "Wages would fall", 94, 118, "Brick Layers Union");
    expect_indirect(STRIKE, "Output would rise", 136, 163, "Harlow Mills Corp.");
    /* no agency is named: the noun itself speaks */
    expect_indirect(STRIKE, "The plan was final", 183, 201, "agency");
}

static const char BANK[] = "The Bank of Tarnia kept its key rate. Money supply would grow slowly, the Bank said. "
                           "Trading would resume on Monday, the Tarnia Stock Exchange said. Acme Holdings Corp agreed "
                           "to sell a mill. It would seek a buyer soon, the group said.";

static void test_names_after_the(void **state)
{
    (void)state;
    expect_indirect(BANK, "Money supply", 38, 68, "Bank of Tarnia");
    expect_indirect(BANK, "Trading would resume", 85, 115, "Tarnia Stock Exchange");
    /* a company's name does not say "group": the investors' group may be no company named */
    expect_indirect(BANK, "It would seek", 191, 217, "group");
}

static void test_where_the_speaker_works_is_no_speaker(void **state)
{
    (void)state;
    static const char T[] = "Harlow Mills Corp. opened a plant. Prices would rise again soon, an analyst at the "
                            "company said.";
    cd_doc *doc = analyze(T, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, "Prices would rise");
    assert_true(c == NULL || c->quote.speaker == NULL || strcmp(c->quote.speaker, "Harlow Mills Corp.") != 0);
    cd_doc_free(doc);
}

/* a plural names several bodies, no one of them; a trade's noun is a company's; an association and a
 * federation are kinds of their own */
static void test_plural_and_trade_nouns(void **state)
{
    (void)state;
    static const char T[] = "Harlow Mills Corp. and Tenby Foods Inc. formed a venture. The venture would sell flour "
                            "in May, the companies said. Corvo Airways Inc added four routes. Fares would rise in "
                            "June, the airline said.";
    expect_indirect(T, "The venture would", 58, 93, "companies");
    expect_indirect(T, "Fares would rise", 152, 176, "Corvo Airways Inc");
    /* a federation's words are no firm's; a savings and loan association is a firm */
    static const char FED[] = "Harlow Savings and Loan Association raised its dividend. The Tarnia Bakers Federation "
                              "met on Friday. Bread would cost more in May, the federation said. Profits would rise "
                              "in June, the company said.";
    expect_indirect(FED, "Bread would cost", 101, 129, "Tarnia Bakers Federation");
    expect_indirect(FED, "Profits would rise", 152, 178, "Harlow Savings and Loan Association");
}

/* a document's words are its owner's, named where the story named the document before */
static void test_document_owner(void **state)
{
    (void)state;
    static const char T[] = "The Tarnia Finance Ministry issued a statement on trade. Exports would rise by a fifth "
                            "this year, the statement said.";
    expect_indirect(T, "Exports would rise", 57, 96, "Tarnia Finance Ministry");
}

static void test_forward_order(void **state)
{
    (void)state;
    static const char T[] = "Harlow Mills Corp. opened a plant in Dover. The company said it would hire 40 people.";
    expect_indirect(T, "it would hire", 61, 84, "Harlow Mills Corp.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_noun_takes_organisation_of_its_kind),
        cmocka_unit_test(test_names_after_the),
        cmocka_unit_test(test_where_the_speaker_works_is_no_speaker),
        cmocka_unit_test(test_plural_and_trade_nouns),
        cmocka_unit_test(test_document_owner),
        cmocka_unit_test(test_forward_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
