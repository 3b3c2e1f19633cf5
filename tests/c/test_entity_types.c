/* Entities: the type of a name. An organization's word ending a run ("Brookings Institution",
 * "Daiwa Securities", "Volkswagen AG") or heading it ("Banque Paribas") makes an organization,
 * not the person a speech verb or a title ("lead manager") would make of it; one such word after
 * a title or demonym names the body ("Premier League", "Russian Army"); a one-word name that the
 * story writes as the start of an organization's name ("Gemcraft" of "Gemcraft Inc") is that
 * organization; and "Will" starts a person's name ("Will Davies said") unless it opens a
 * question ("Will the deal hold?", "Will Labour win?") or stands inside a title in capitals. */
#include "helpers.h"

typedef struct type_case {
    const char *text;
    const char *span; /* the entity's exact text: its first occurrence in text at or after `after` */
    const char *after;
    const char *type; /* NULL: no entity starts there */
} type_case;

static void check_types(const type_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const type_case *c = &cases[i];
        cd_doc *doc = analyze(c->text, NULL);
        size_t from = c->after ? offset_of(c->text, c->after) : 0;
        if (!c->type) assert_no_entity(doc, c->text, c->span, from);
        else assert_entity(doc, c->text, c->span, from, c->type, NULL);
        cd_doc_free(doc);
    }
}

static void test_organization_words_end_or_head_a_name(void **state)
{
    (void)state;
    static const type_case cases[] = {
        {"The Brookings Institution said the rate fell.", "Brookings Institution", NULL, "organization"},
        {"A fellow at the Brookings Institution, Ann Lee, said no.", "Brookings Institution", NULL, "organization"},
        {"A fellow at the Brookings Institution, Ann Lee, said no.", "Ann Lee", NULL, "person"},
        {"The bond is priced at par, lead manager Warburg Securities said.", "Warburg Securities", NULL,
         "organization"},
        {"The bond is priced at par, lead manager Banque Paribas said.", "Banque Paribas", NULL, "organization"},
        {"Volkswagen AG said sales rose.", "Volkswagen AG", NULL, "organization"},
        {"Shearson Lehman Brothers said the issue was sold.", "Shearson Lehman Brothers", NULL, "organization"},
        {"\"We will not wait,\" the Chamber said.", "Chamber", NULL, "organization"},
        {"Ann Lee said the plan would fail.", "Ann Lee", NULL, "person"},
        {"Peskov said the talks went well.", "Peskov", NULL, "person"},
        /* a firm named after its founders */
        {"Arthur Andersen and Co said the audit was clean.", "Arthur Andersen and Co", NULL, "organization"},
        {"The Housing and Homelessness Committee met.", "Housing and Homelessness Committee", NULL,
         "organization"},
    };
    check_types(cases, sizeof cases / sizeof cases[0]);
}

static void test_one_organization_word_after_a_title(void **state)
{
    (void)state;
    static const type_case cases[] = {
        {"Their Premier League status is at stake.", "Premier League", NULL, "organization"},
        {"The Russian Army said it had withdrawn.", "Russian Army", NULL, "organization"},
        {"President Vladimir Putin said the talks went well.", "Vladimir Putin", NULL, "person"},
        /* a modifier alone names no body */
        {"Former Cabinet minister Clare Short said no.", "Former", NULL, NULL},
        {"Former Cabinet minister Clare Short said no.", "Clare Short", NULL, "person"},
    };
    check_types(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_name_that_begins_an_organization(void **state)
{
    (void)state;
    static const type_case cases[] = {
        {"Gemcraft Inc said profits rose. Gemcraft said it would pay a dividend.", "Gemcraft", "Gemcraft said",
         "organization"},
        {"Compact Video Corp bought Brooks Drug. Compact Video said the deal closed.", "Compact Video",
         "Compact Video said", "organization"},
        /* a person named in full keeps the surname, whatever company bears it */
        {"Cohen Corp shares rose. Ann Cohen runs it. Cohen said the deal closed.", "Cohen", "Cohen said",
         "person"},
        /* a list that ends in an organization's word names no body after its first name */
        {"Gervais and The Office won awards. Gervais said he was pleased.", "Gervais", "Gervais said", "person"},
        /* no organization so named: the speech verb makes the person */
        {"Dixon Ltd shares rose. Gemcraft said it would pay.", "Gemcraft", NULL, "person"},
    };
    check_types(cases, sizeof cases / sizeof cases[0]);
}

static void test_will_as_a_name_and_as_a_modal(void **state)
{
    (void)state;
    static const type_case cases[] = {
        {"Will Davies said the plan would fail.", "Will Davies", NULL, "person"},
        {"\"It works,\" Will Davies, a fellow at the IPPR, told the BBC.", "Will Davies", NULL, "person"},
        {"The film stars Will Smith.", "Will Smith", NULL, "person"},
        {"Will the deal hold?", "Will", NULL, NULL},
        {"Will Labour win the election?", "Will", NULL, NULL},
        {"WILL OBAMA PLAY BALL", "WILL", NULL, NULL},
        {"The band played Love Will Tear Us Apart last night.", "Will", NULL, NULL},
        {"Bill Thompson is a regular commentator.", "Bill Thompson", NULL, "person"},
    };
    check_types(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_organization_words_end_or_head_a_name),
        cmocka_unit_test(test_one_organization_word_after_a_title),
        cmocka_unit_test(test_a_name_that_begins_an_organization),
        cmocka_unit_test(test_will_as_a_name_and_as_a_modal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
