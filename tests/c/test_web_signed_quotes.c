/* A quote ending its paragraph, signed by a short paragraph under it that opens with a dash and a
 * name (a tweet embed, a reader's review in a <blockquote>, an epigraph), is attributed. */
#include "helpers.h"

#define LDQ "\xE2\x80\x9C" /* “ */
#define RDQ "\xE2\x80\x9D" /* ” */
#define EMDASH "\xE2\x80\x94"
#define ENDASH "\xE2\x80\x93"

static void test_signed_quotes(void **state)
{
    (void)state;
    expect_page_findings_at("<html><body><article><p>The new theatre show opened this month, and it sold out "
                            "within a week of its first night.</p><blockquote><p>" LDQ "The show was really great and "
                            "the tickets were easy to buy." RDQ "</p></blockquote><p><strong>" ENDASH " Man**</strong></p>"
                            "<blockquote class=\"twitter-tweet\"><p>" LDQ "We will keep the schools open all week, "
                            "whatever the weather." RDQ "</p>" EMDASH " Ana Cole (@anacole) <a href=\"/s/1\">November 1, "
                            "2019</a></blockquote></article></body></html>",
                            "unattributed-quote", 0, NULL);
}

/* No dash, a dash before a long paragraph, or a quote that does not end its paragraph: still a
 * quote with no speaker. */
static void test_unsigned_quotes(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article><p>The new theatre show opened this month, and it sold out within a week of its "
        "first night.</p><blockquote><p>" LDQ "The show was really great and the tickets were easy to "
        "buy." RDQ "</p></blockquote><p>Man**</p><p>" LDQ "We will keep the schools open all week, whatever the "
        "weather." RDQ "</p><p>" EMDASH " And the council, which met on Monday for the third time this month, "
        "said nothing more about the schools or the roads.</p></article></body></html>";
    expect_page_findings_at(page, "unattributed-quote", 2, LDQ "The show");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_signed_quotes),
        cmocka_unit_test(test_unsigned_quotes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
