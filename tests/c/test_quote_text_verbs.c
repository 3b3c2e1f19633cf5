/* A written text's words quoted, with "read" or "reads" after the quote ('"...," the notice
 * read'; '"...," reads a memo to the mayor'): data/quote_verbs.tsv kind 4. The quote is
 * attributed, so no unattributed-quote finding: to the text when it is the verb's subject ("company
 * notice"), else to nobody named; the word after "read" is no speaker ("to read Dickens" names no
 * person). */
#include "helpers.h"

static void test_text_read_after_quote(void **state)
{
    (void)state;
    const char *t = "The shop shut early. \"The manager had been told to close the store before the storm,\" a "
                    "company notice read. \"Staff will be paid for the whole day as usual.\"";
    /* the notice speaks, named by its noun phrase, and goes on in the next sentence: no owner is
     * named (test_quote_document_speaker.c) */
    expect_quote_claim(t, "\"The manager had been told to close the store before the storm,\"", "company notice", 0);
    expect_quote_claim(t, "\"Staff will be paid for the whole day as usual.\"", "company notice", 0);
    expect_quote_claim("The deal fell apart late on Monday. \"Ken said he had a rather awkward problem with the "
                       "board about the price,\" reads a phone memo for the mayor.",
                       "\"Ken said he had a rather awkward problem with the board about the price,\"", NULL, 0);
}

/* "read" takes a book or an author after it, not a speaker: no person is made of "Dickens". */
static void test_read_names_no_person(void **state)
{
    (void)state;
    const char *t = "Ida Marsh plans the summer fair. \"I have an idea for a young actor to read Dickens,\" she said.";
    cd_doc *doc = analyze(t, NULL);
    size_t n, at = offset_of(t, "Dickens");
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (e[i].span.start <= at && at < e[i].span.stop) fail_msg("an entity at \"Dickens\" in: %s", t);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_read_after_quote),
        cmocka_unit_test(test_read_names_no_person),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
