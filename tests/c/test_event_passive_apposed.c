/* A passive event whose subject is a name set off by a comma, an age or a relative "who" starts
 * its claim at that name, which is the event's target. A name after a comma that closes a relative
 * clause is no subject (the noun before the clause is), nor is a place after a preposition: the
 * claim stays the bare participle. */
#include "helpers.h"

static void assert_event(const char *t, const cd_doc *doc, const char *needle, const char *span, const char *target)
{
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, needle);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, span));
    assert_int_equal(c->span.stop, offset_of(t, span) + strlen(span));
    if (target) assert_string_equal(c->event.target, target);
    else assert_null(c->event.target);
}

static void test_apposed_subjects(void **state)
{
    (void)state;
    const char *t = "The agent, Paul Oster, was charged. Peter Reyes, 41, was fined. "
                    "A judge set a trial date for Victor Amble, who was charged with theft. "
                    "Sgt. Hal Ivers, 26, was arrested.";
    cd_doc *doc = analyze(t, "1990-02-06");
    assert_event(t, doc, "Oster", "Paul Oster, was charged", "Paul Oster");
    assert_event(t, doc, "Reyes", "Peter Reyes, 41, was fined", "Peter Reyes");
    /* "who" points back to a name even after a preposition */
    assert_event(t, doc, "Amble", "Victor Amble, who was charged", "Victor Amble");
    assert_event(t, doc, "Ivers", "Hal Ivers, 26, was arrested", "Hal Ivers"); /* past "Sgt." */
    cd_doc_free(doc);
}

static void test_no_apposed_subject(void **state)
{
    (void)state;
    /* the comma ends a relative clause: the name in it is not who was arrested; the noun before
     * the clause is (subject_before_clause) */
    const char *t = "The singer, who has been seen with actress Dana Lyle, was arrested. A clerk from Harwick, was fined.";
    cd_doc *doc = analyze(t, "1990-02-06");
    assert_event(t, doc, "arrested", "The singer, who has been seen with actress Dana Lyle, was arrested", "The singer");
    assert_event(t, doc, "fined", "fined", NULL); /* a place after "from" */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_apposed_subjects),
        cmocka_unit_test(test_no_apposed_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
