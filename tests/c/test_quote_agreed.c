/* "agreed" attributes a quote it follows right after the closing mark ('"...," agreed Ivo Sandor'),
 * or that opens right after it and a comma or colon ('Edda Morrow agreed, "..."'):
 * data/quote_verbs.tsv kind 5. Anywhere else it is no speech verb: the word after it ("the members
 * agreed Hale should ...") is no speaker and no person made of it. */
#include "helpers.h"

static void test_agreed_after_quote(void **state)
{
    (void)state;
    const char *t = "Rain fell at the track. \"Few sprinters ever line up twice as the reigning champion,\" agreed "
                    "Ivo Sandor. \"Half the stand had waved flags for her by the last bend.\"";
    expect_quote_claim(t, "\"Few sprinters ever line up twice as the reigning champion,\"", "Ivo Sandor", 0);
    expect_quote_claim(t, "\"Half the stand had waved flags for her by the last bend.\"", "Ivo Sandor", 0);
}

/* right before a quote, after a comma or a colon, "agreed" introduces it: the speaker is its subject */
static void test_agreed_before_quote(void **state)
{
    (void)state;
    const char *t = "The ferry talks dragged on. \"We are close to a timetable,\" Ivo Sandor said. Harbour chief "
                    "Edda Morrow agreed, \"Both sides want the boats running by spring.\"";
    expect_quote_claim(t, "\"Both sides want the boats running by spring.\"", "Edda Morrow", 0);
    const char *c = "The panel met in Derby. Fellow judge Hal Quirke agreed: \"Young bands need rooms to play in.\"";
    expect_quote_claim(c, "\"Young bands need rooms to play in.\"", "Hal Quirke", 0);
}

/* not after a quote: no person "Hale" */
static void test_agreed_elsewhere(void **state)
{
    (void)state;
    const char *t = "The members agreed Hale should stand down in May.";
    cd_doc *doc = analyze(t, NULL);
    size_t n, at = offset_of(t, "Hale");
    const cd_entity *e = cd_doc_entities(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (e[i].span.start <= at && at < e[i].span.stop) fail_msg("an entity at \"Hale\" in: %s", t);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_agreed_after_quote),
        cmocka_unit_test(test_agreed_before_quote),
        cmocka_unit_test(test_agreed_elsewhere),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
