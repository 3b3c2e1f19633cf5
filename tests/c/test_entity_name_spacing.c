/* Entities: a name's words are read with one space between them, whatever white space the copy
 * puts there; a name written with single spaces is its own text. Equal names share one string. */
#include "helpers.h"

/* The name of the entity whose source text is `text` (which must be one). */
static const char *name_of(const cd_doc *doc, const char *t, const char *text)
{
    return assert_entity(doc, t, text, 0, "person", NULL)->name;
}

static void test_white_space_reads_as_one_space(void **state)
{
    (void)state;
    const char *t = "Senator Ruth  Adeyemi spoke first. Later Governor Ana\tRuiz-Vega replied. "
                    "Mayor Tomas Ebert spoke. Mayor Nils Ebert-Lang met.";
    cd_doc *doc = analyze(t, NULL);
    assert_string_equal(name_of(doc, t, "Ruth  Adeyemi"), "Ruth Adeyemi");
    assert_string_equal(name_of(doc, t, "Ana\tRuiz-Vega"), "Ana Ruiz-Vega"); /* a tab, and glued hyphens */
    assert_string_equal(name_of(doc, t, "Tomas Ebert"), "Tomas Ebert");
    assert_string_equal(name_of(doc, t, "Nils Ebert-Lang"), "Nils Ebert-Lang");
    cd_doc_free(doc);
}

static void test_spellings_of_one_name_share_its_string(void **state)
{
    (void)state;
    const char *t = "Senator Ruth  Adeyemi spoke. Senator Ruth Adeyemi left.";
    cd_doc *doc = analyze(t, NULL);
    const char *two = name_of(doc, t, "Ruth  Adeyemi"), *one = name_of(doc, t, "Ruth Adeyemi");
    assert_string_equal(one, "Ruth Adeyemi");
    assert_ptr_equal(one, two);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_white_space_reads_as_one_space),
        cmocka_unit_test(test_spellings_of_one_name_share_its_string),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
