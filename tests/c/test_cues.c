/* The list of cues (cd_list_cues, doc.c), where the claim passes look for claims, against the rule
 * it stands for, token by token: a token is a cue when the tokenizer marked it as a word of a cue
 * class (TF_CUE_WORD) or left it unmarked (no CD_PHRASES_KNOWN), when it is a word of a number
 * (TF_NUMBER on a word), or when it is the word "times". list_cues reads four tokens at a time
 * where it can (SSE2) and one or two at a time elsewhere: texts of every length from 0 to past a
 * few steps of four put each kind of token at every place of a step and in the scalar tail. */
#include "internal.h"

#include "helpers.h"
#include "bare_doc.h"

/* The rule, written out. */
static int should_be_cue(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    if ((t->flags & TF_CUE_WORD) || !(t->phrases & CD_PHRASES_KNOWN)) return 1;
    return t->type == TOK_WORD && ((t->flags & TF_NUMBER) || cd_tok_is(doc, i, "times"));
}

/* Lists the cues of doc and compares them with the rule; returns how many there were. */
static size_t check_cues(cd_doc *doc)
{
    assert_int_equal(cd_list_cues(doc), 0);
    size_t c = 0;
    for (size_t i = 0; i < doc->n_toks; i++) {
        int listed = c < doc->n_cues && doc->cues[c] == i;
        if (listed != should_be_cue(doc, i))
            fail_msg("token %zu ('%.*s'): listed %d, should be %d", i, (int)doc->toks[i].len,
                     doc->text + doc->toks[i].start, listed, !listed);
        c += listed;
    }
    assert_int_equal(c, doc->n_cues);
    return c;
}

/* Every kind of cue and of token that is none: change and event verbs, a comparison, a speech
 * verb, numbers in words and in digits, "times" in three cases and a word that merely contains
 * it, punctuation. */
static const char story[] =
    "Sales rose 5% to three million units, TIMES two, said Ms. Lee; costs fell by half. "
    "It was four times bigger than 2019's, Times said. The Timeshare closed. Police arrested 12 "
    "people and he times it; she said twenty-one more were larger, not smaller.";

static void test_every_prefix_of_the_story(void **state)
{
    (void)state;
    char text[sizeof story];
    size_t total = 0;
    for (size_t len = 0; len < sizeof story; len++) {
        memcpy(text, story, len);
        text[len] = 0;
        cd_doc *doc = doc_through_numbers(text);
        total += check_cues(doc);
        cd_doc_free(doc);
    }
    assert_true(total > 0);
}

/* must: the cues of the whole story are these words and numbers, by their text */
static void test_the_story_cues(void **state)
{
    (void)state;
    cd_doc *doc = doc_through_numbers(story);
    check_cues(doc);
    char got[1024] = "";
    size_t o = 0;
    for (size_t c = 0; c < doc->n_cues; c++) {
        const cd_token *t = &doc->toks[doc->cues[c]];
        o += (size_t)snprintf(got + o, sizeof got - o, "%s%.*s", c ? " " : "", (int)t->len,
                              doc->text + t->start);
    }
    /* must not: "5", "12" and "2019" (digits are numbers' own, not number words), "Timeshare",
     * "units", punctuation */
    assert_string_equal(got, "rose three million TIMES two said fell half four times bigger Times said closed "
                             "arrested times said twenty one more larger smaller");
    cd_doc_free(doc);
}

/* must: a token the tokenizer left unmarked is a cue, at each place of a step of four */
static void test_unmarked_tokens_are_cues(void **state)
{
    (void)state;
    for (size_t at = 0; at < 9; at++) {
        cd_doc *doc = doc_through_numbers("The cat sat on the mat, and the dog lay by the door.");
        size_t before = check_cues(doc);
        assert_true(at < doc->n_toks);
        doc->toks[at].phrases = 0;
        assert_int_equal(check_cues(doc), before + 1);
        cd_doc_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_of_the_story),
        cmocka_unit_test(test_the_story_cues),
        cmocka_unit_test(test_unmarked_tokens_are_cues),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
