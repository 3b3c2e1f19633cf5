/* A colon that opens a quote with no speech verb before it names the quote's speaker when its
 * sentence's subject is a description headed by a title ('The Tory leader went on: "..."'), or a
 * title and a name the entities do not know ('Mr Dean is confident though: "..."'), with no comma
 * before the colon. A subject that is no title ('His message to the chancellor was:'), or a phrase
 * that goes on past the title ('Fellow speaker and ... agreed:'), names nobody; the quote is
 * attributed all the same when the clause is about a person (test_quote_colon_person.c). */
#include "helpers.h"

static void test_described_subject_speaks(void **state)
{
    (void)state;
    expect_quote_speaker("Mr Howard read from the book. The Tory leader went on: \"He does not stop there and he "
                         "thinks the culture secretary is weak.\"",
                         "\"He does", "Tory leader");
    expect_quote_speaker("Mr Dean is confident though: \"Once people see proper HD, not a squashed copy, "
                         "they will buy it.\"",
                         "\"Once", "Mr Dean");
}

static void test_no_title_names_nobody(void **state)
{
    (void)state;
    expect_quote_claim("Her plea to the treasurer was: \"Please do not sell it off in any form at all.\"",
                       "\"Please do not sell it off in any form at all.\"", NULL, 0);
    /* (with "slogan" for "message" the quote is a name, no speech: test_quote_slogans.c) */
    expect_quote_claim("The chairman's election message will be: \"Britain is working, so do not let them wreck it.\"",
                       "\"Britain is working, so do not let them wreck it.\"", NULL, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_described_subject_speaks),
        cmocka_unit_test(test_no_title_names_nobody),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
