/* A document made by hand, for tests that run the passes one at a time on its tokens (the document
 * cd_analyze returns keeps none): text tokenized and split into sentences. The text is borrowed,
 * so cd_doc_free frees whatever the passes made and nothing else. Include after internal.h. */
#ifndef CD_TEST_BARE_DOC_H
#define CD_TEST_BARE_DOC_H

/* A document of the text alone, no pass run yet (for cd_run_passes). */
static cd_doc *text_doc(const char *text)
{
    cd_doc *doc = calloc(1, sizeof *doc);
    assert_non_null(doc);
    doc->src = doc->text = text;
    doc->src_len = doc->text_len = strlen(text);
    doc->src_borrowed = 1;
    doc->input = CD_INPUT_TEXT;
    return doc;
}

static cd_doc *bare_doc(const char *text)
{
    cd_doc *doc = text_doc(text);
    cd_tokenize(doc);
    cd_split_sentences(doc);
    return doc;
}

/* A bare document with the passes up to the numbers run on it, in doc.c's order (passes[]): for
 * tests of what the numbers pass and the passes after it read (inline: not every includer uses it). */
static inline cd_doc *doc_through_numbers(const char *text)
{
    cd_doc *doc = bare_doc(text);
    assert_int_equal(cd_index_sentences(doc), 0);
    cd_find_entities(doc);
    cd_find_times(doc);
    cd_find_numbers(doc);
    return doc;
}

#endif
