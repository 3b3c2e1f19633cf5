/* Whether the story reads as English. copydesk's rules read English wording: a story in another
 * language (pasted from a wire in Spanish, a CMS page in Russian) gets speakers and attributions
 * misread, and each quote flagged as unattributed. One finding, `language`, says so instead, and
 * the checks that depend on English wording (unattributed-quote) are not run on it.
 *
 * Told from the first SAMPLE_WORDS word tokens of the text (its first chunk), as a pass right after
 * the tokenizer, which has looked every word up already: the letters of Latin script against the
 * others, then the English function words (data/check_stopwords.tsv, a mask bit of their own)
 * against those of other languages (data/lang_other.tsv, a shared bit: its records are read only
 * when the bit is set, rarely in English). English news
 * text holds one of the English words in five or so; over 2,000 BBC and 19,000 Reuters stories the
 * other languages' words never came to even as many as the English ones, so needing twice as many
 * leaves a wide margin, and tables of figures with few words of any kind stay English.
 * cd_options.language overrides the test: a desk that knows the story's language says so. */
#include "internal.h"

#define SAMPLE_WORDS 2000
#define MIN_LETTERS 24     /* fewer letters: too little text to tell its script */
#define MIN_OTHER_WORDS 10 /* fewer function words of other languages: too few to tell */

typedef struct lang_counts {
    size_t words, latin_letters, other_letters, english, other;
} lang_counts;

/* Latin script: Basic Latin to IPA, and Latin Extended Additional (Vietnamese). */
static int latin(uint32_t cp)
{
    return cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF);
}

/* Word token t's letters by script. A word may mix scripts where a language writes no spaces
 * ("Kindle" then Japanese in one token), so a word that begins or ends past ASCII is read letter
 * by letter; one that does neither is taken for ASCII (its two ends are all the common English word
 * costs). */
static void count_letters(const cd_doc *doc, const cd_token *t, lang_counts *c)
{
    const unsigned char *s = (const unsigned char *)doc->text;
    if (s[t->start] < 0x80 && s[cd_tok_stop(t) - 1] < 0x80) {
        c->latin_letters += t->len;
        return;
    }
    for (size_t k = t->start; k < cd_tok_stop(t);) {
        uint32_t cp = s[k];
        int len = cp < 0x80 ? 1 : cd_utf8_decode(s, doc->text_len, k, &cp);
        if (len == 0) len = 1; /* invalid UTF-8: no letter */
        else if (latin(cp)) c->latin_letters++;
        else c->other_letters++;
        k += (size_t)len;
    }
}

static void count_sample(const cd_doc *doc, lang_counts *c)
{
    for (size_t i = 0; i < doc->n_toks && c->words < SAMPLE_WORDS; i++) {
        const cd_token *t = &doc->toks[i];
        if (t->type != TOK_WORD) continue;
        c->words++;
        count_letters(doc, t, c);
        const cd_lexentry *e = cd_tok_entry(t);
        c->english += cd_lex_has(e, LX_CHECK_STOPWORDS);
        c->other += cd_lex_rec(e, LX_LANG_OTHER) != NULL; /* inline: the shared bit first, rarely set */
    }
}

/* The first word token, where the finding stands (the story's start when there is none). */
static cd_span first_word(const cd_doc *doc)
{
    for (size_t i = 0; i < doc->n_toks; i++)
        if (doc->toks[i].type == TOK_WORD) return cd_tokspan(doc, i, i);
    return cd_tspan(0, 0);
}

void cd_check_language(cd_doc *doc)
{
    if (doc->language != CD_LANG_UNTOLD) return; /* a later chunk: the first one told */
    cd_language said = doc->opt ? doc->opt->language : CD_LANGUAGE_AUTO;
    if (said == CD_LANGUAGE_ENGLISH || said == CD_LANGUAGE_OTHER) { /* the desk knows: no finding */
        doc->language = said == CD_LANGUAGE_ENGLISH ? CD_LANG_ENGLISH : CD_LANG_OTHER;
        return;
    }
    doc->language = CD_LANG_ENGLISH;
    lang_counts c = {0};
    count_sample(doc, &c);
    if (c.latin_letters + c.other_letters >= MIN_LETTERS && c.other_letters > c.latin_letters) {
        doc->language = CD_LANG_OTHER;
        cd_add_finding(doc, "language", CD_SEV_WARNING, first_word(doc),
                       "the story does not read as English: most of its letters are not in Latin script; "
                       "quotes are not checked for a speaker");
    } else if (c.other >= MIN_OTHER_WORDS && c.other > 2 * c.english) {
        doc->language = CD_LANG_OTHER;
        cd_add_finding(doc, "language", CD_SEV_WARNING, first_word(doc),
                       "the story does not read as English: of its first %zu words, %zu are common words of "
                       "other languages and %zu of English; quotes are not checked for a speaker",
                       c.words, c.other, c.english);
    }
}
