/* Entities: a capitalized word alone between lower-case words is kept aside as a loose word
 * (lone_run, untyped_alone) without the run's whole reading, and becomes a person only as the
 * surname of one named in full. The words around it that type it, or make it a work's title, still
 * do: a speech verb after or before it, a role in lower case before it, a title after it, a noun of
 * works before it, "starring" after its comma. A stop word alone is no entity. */
#include "helpers.h"

static void assert_entity_bytes(const cd_doc *doc, const char *t, const char *text, size_t at, const char *type,
                                const char *name)
{
    const cd_entity *e = assert_entity(doc, t, text, at, type, name);
    assert_int_equal(e->span.start, at);
    assert_int_equal(e->span.stop, at + strlen(text));
}

static void test_loose_surname_takes_the_full_name(void **state)
{
    (void)state;
    const char *t = "Ana Lindqvist chairs the panel. The panel met with Lindqvist on Monday.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity_bytes(doc, t, "Ana Lindqvist", 0, "person", "Ana Lindqvist");
    assert_entity_bytes(doc, t, "Lindqvist", 51, "person", "Ana Lindqvist");
    assert_no_entity(doc, t, "Monday", 0);
    cd_doc_free(doc);
    t = "Ana Lindqvist chairs the panel. The panel met Lindqvist.";
    doc = analyze(t, NULL);
    assert_entity_bytes(doc, t, "Lindqvist", 46, "person", "Ana Lindqvist");
    cd_doc_free(doc);
}

static void test_loose_word_alone_is_no_entity(void **state)
{
    (void)state;
    const char *t = "The panel met with Okonkwo on Tuesday in the hall.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    cd_doc_entities(doc, &n);
    assert_int_equal(n, 0);
    cd_doc_free(doc);
}

static void test_neighbours_still_type_a_lone_word(void **state)
{
    (void)state;
    static const struct {
        const char *text, *word, *type;
        size_t at;
    } cases[] = {
        {"The vote was close, Okonkwo said.", "Okonkwo", "person", 20},
        {"The vote was close, said Okonkwo.", "Okonkwo", "person", 25},
        {"In the second half the striker Okonkwo scored twice.", "Okonkwo", "person", 31},
        {"The panel met with spokesman Okonkwo on Monday.", "Okonkwo", "person", 29},
        {"Talks with Brixco chairman Ana Reis ended.", "Brixco", "organization", 11},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        cd_doc *doc = analyze(cases[k].text, NULL);
        assert_entity_bytes(doc, cases[k].text, cases[k].word, cases[k].at, cases[k].type, cases[k].word);
        cd_doc_free(doc);
    }
}

/* a work's title is no loose word: the surname of the person named in full does not reach it */
static void test_work_title_is_no_surname(void **state)
{
    (void)state;
    const char *t = "Ana Marigold wrote it. Critics praised the film Marigold on Friday.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity_bytes(doc, t, "Ana Marigold", 0, "person", "Ana Marigold");
    assert_no_entity(doc, t, "Marigold", 23); /* at byte 48 */
    assert_int_equal(offset_of(t + 23, "Marigold") + 23, 48);
    cd_doc_free(doc);
    t = "Ana Marigold wrote it. The makers of Marigold, starring Ben Cole, cheered.";
    doc = analyze(t, NULL);
    assert_no_entity(doc, t, "Marigold", 23); /* at byte 37 */
    assert_int_equal(offset_of(t + 23, "Marigold") + 23, 37);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loose_surname_takes_the_full_name),
        cmocka_unit_test(test_loose_word_alone_is_no_entity),
        cmocka_unit_test(test_neighbours_still_type_a_lone_word),
        cmocka_unit_test(test_work_title_is_no_surname),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
