/* A comparison's complement that reaches a possessive takes the owned noun too: a plural's bare
 * apostrophe ("brokers' estimates") used to stop it like punctuation, and a trailing "'s" was
 * trimmed as a dangling determiner. A closing single quote after a word in s looks like such an
 * apostrophe and still ends the claim, in straight and curly forms alike. */
#include "helpers.h"

static void check(const char *t, const char *head, const char *text)
{
    cd_doc *doc = analyze(t, "2021-06-02");
    assert_span(t, find_claim(doc, CD_CLAIM_COMPARISON, head), text);
    cd_doc_free(doc);
}

static void test_plural_apostrophe(void **state)
{
    (void)state;
    check("Quarry output at Bellwick ran stronger than brokers' estimates, a clerk said.", "stronger",
          "stronger than brokers' estimates");
    check("Quarry output at Bellwick ran stronger than brokers\xE2\x80\x99 grim estimates.", "stronger",
          "stronger than brokers\xE2\x80\x99 grim estimates");
}

static void test_possessive_s(void **state)
{
    (void)state;
    /* the window of eight tokens closed on the "'s" itself */
    check("Fees were higher than the first six months of last year's sluggish total.", "higher",
          "higher than the first six months of last year's sluggish total");
    /* after a figure the tokenizer splits the mark in two */
    check("Hay prices were higher than 1994's peak, a clerk said.", "higher", "higher than 1994's peak");
    /* nothing owned after it: the "'s" stays */
    check("Its ferry fares are cheaper than Dunmore's, a clerk said.", "cheaper", "cheaper than Dunmore's");
}

static void test_closing_quote(void **state)
{
    (void)state;
    check("Ossian called the pears 'cheaper than plums' again and left.", "cheaper", "cheaper than plums");
    check("Ossian called the pears \xE2\x80\x98" "cheaper than plums\xE2\x80\x99 again and left.", "cheaper",
          "cheaper than plums");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plural_apostrophe),
        cmocka_unit_test(test_possessive_s),
        cmocka_unit_test(test_closing_quote),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
