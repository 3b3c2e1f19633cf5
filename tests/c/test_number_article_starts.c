/* The numbers pass tells an article before a word of no number class ("a lot", "an hour") by its
 * lex_id, without start_shape's lexicon reads (article_before_word in numbers.c): that holds only
 * while "a" and "an" are number words of the article's role, and only where the article heads no
 * phrase ("a couple" is one). Every sentence here is our own. */
#include <string.h>

#include "internal.h"

#include "helpers.h"

/* "a" and "an" are articles to the number words (role 'a', the first letter of the record's text):
 * what start_shape reads an article as, and the fast test takes for granted. */
static void test_articles_are_number_articles(void **state)
{
    (void)state;
    const char *const words[] = {"a", "an"};
    for (size_t k = 0; k < N_OF(words); k++) {
        const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(words[k], strlen(words[k])), LX_NUM_WORD);
        assert_non_null(r);
        assert_non_null(r->str);
        assert_int_equal(r->str[0], 'a');
    }
}

/* An article heading a phrase and one before a number word still start a number; one before a
 * plain word starts none. */
static void test_article_starts(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The crew saw a couple of boats and a hundred gulls within an hour of a lot of rain.",
         .want = {{"a couple of", "a couple", 2, CD_NUM_CARDINAL, ANY_UNIT},
                  {"a hundred gulls", "a hundred", 100, CD_NUM_CARDINAL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
    cd_doc *doc = analyze(cases[0].text, NULL);
    size_t n;
    cd_doc_numbers(doc, &n);
    assert_int_equal(n, 2); /* none at "an hour", "a lot" */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_articles_are_number_articles),
        cmocka_unit_test(test_article_starts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
