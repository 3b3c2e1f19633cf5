/* A passive's subject read back from its be-chain may end in a prepositional phrase: the head
 * noun before "at", "from", "of", "in" ... is the target, not the object of the preposition, and
 * the claim starts at that head (with its number or hyphened words). A noun that is itself the
 * object of another preposition ("during a talk on the levy") or a chain with no finite form
 * ("led to him being detained") keeps the old reading, unless a relative "who" before it names the
 * subject ("Crowds who marched during a talk on the levy": the crowds). */
#include "helpers.h"

static void test_subject_phrases(void **state)
{
    (void)state;
    const char *t = "Staff at the Orvell depot in Tarnby were laid off. Two aides from the Kelmar embassy were "
                    "expelled on Friday. A 31-year-old cook from Daxton was detained. Trading in Pellan Mining "
                    "shares was suspended.";
    cd_doc *doc = analyze(t, "1990-02-06");
    const cd_claim *c = assert_event_span(t, doc, "laid", "Staff at the Orvell depot in Tarnby were laid off");
    assert_string_equal(c->event.target, "Staff at the Orvell depot in Tarnby");
    c = assert_event_span(t, doc, "expelled", "Two aides from the Kelmar embassy were expelled");
    assert_string_equal(c->event.target, "Two aides from the Kelmar embassy");
    c = assert_event_span(t, doc, "detained", "A 31-year-old cook from Daxton was detained");
    assert_string_equal(c->event.target, "A 31-year-old cook from Daxton");
    c = assert_event_span(t, doc, "suspended", "Trading in Pellan Mining shares was suspended");
    assert_string_equal(c->event.target, "Trading in Pellan Mining shares");
    cd_doc_free(doc);
}

static void test_no_subject_phrase(void **state)
{
    (void)state;
    const char *t = "Crowds who marched during a talk on the levy were arrested. The raid led to him being detained.";
    cd_doc *doc = analyze(t, "1990-02-06");
    const cd_claim *c =
        assert_event_span(t, doc, "arrested", "Crowds who marched during a talk on the levy were arrested");
    assert_string_equal(c->event.target, "Crowds");
    c = assert_event_span(t, doc, "detained", "him being detained");
    assert_string_equal(c->event.target, "him");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_phrases),
        cmocka_unit_test(test_no_subject_phrase),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
