/* Sentence segmentation over tokens, in one pass with a bounded look-around.
 *
 * A sentence ends at . ! ? or … (with the closing quotes and brackets glued to it) when the next
 * token starts a sentence: a capital, a number, an opening quote, or a new paragraph. A period
 * after an abbreviation or an initial is read with data/abbreviations.tsv: titles ("Sen.") never
 * end a sentence; other abbreviations ("Inc.", "Dec.", "U.S.", "a.m.") end one only before a
 * sentence starter ("in the U.S. The next day", data/sentence_starters.tsv) or a new line.
 *
 * Line breaks. A line without final punctuation (a headline, a subhead, page chrome, a list
 * item) is a segment of its own, flagged `headline`, unless the paragraph is hard-wrapped: a line
 * continues into the next when the next line starts in lower case, or when the next line's first
 * word would not have fitted on this line within the paragraph's width (a wrapped line), the way
 * text reflowers decide. Bullets ("•", "-", "*") at the start of a line always begin a new segment;
 * so do list numbers ("1.", "2)", "a)") where they open list items (list_item), not where a wrap put
 * a sentence's figure there. An initial a wrap left at a line's end ("Arthur D." / "Little") ends
 * no sentence (initial_wrapped). */
#include "internal.h"

/* . ! ? as bits of the code points below 64 (one test for the three; the splitter asks it of every
 * punctuation token) */
#define TERMINAL_ASCII (1ull << '.' | 1ull << '!' | 1ull << '?')

static int is_terminal(const cd_token *t)
{
    return t->type == TOK_PUNCT && (t->cp < 64 ? (TERMINAL_ASCII >> t->cp) & 1 : t->cp == 0x2026);
}

static int is_closer(const cd_token *t)
{
    return t->type == TOK_PUNCT && (t->cp == '"' || t->cp == '\'' || t->cp == 0x201D || t->cp == 0x2019 ||
                                    t->cp == ')' || t->cp == ']' || t->cp == 0xBB);
}

static int is_opener(const cd_token *t)
{
    return t->type == TOK_PUNCT && (cd_is_quote(t->cp) || t->cp == '(' || t->cp == '[');
}

static int starts_line(const cd_doc *doc, size_t i)
{
    return i == 0 || (doc->toks[i].flags & TF_NEWLINE_BEFORE);
}

/* Whether token i starts a paragraph (a blank line before it, or the start of the text). */
static int starts_paragraph(const cd_doc *doc, size_t i)
{
    return i == 0 || (doc->toks[i].flags & TF_PARA_BEFORE);
}

/* The UTF-8 continuation bytes (10xxxxxx) of the eight bytes w: a 1 in each one's byte (bit 7 set,
 * bit 6 clear: each byte is tested on its own bits), summed into the top byte by the multiplication. */
static size_t continuation_bytes(uint64_t w)
{
    uint64_t cont = (w & ~(w << 1) & 0x8080808080808080u) >> 7;
    return (size_t)((cont * 0x0101010101010101u) >> 56);
}

/* The characters of text[start, stop): the bytes that are not continuation bytes, counted eight
 * at a time (a line's width is counted at each of its breaks). */
static size_t tok_chars(const cd_doc *doc, uint32_t start, uint32_t stop)
{
    const unsigned char *s = (const unsigned char *)doc->text;
    size_t n = stop - start, k = start;
    for (; k + 8 <= stop; k += 8) n -= continuation_bytes(cd_lex_load_le64((const char *)s + k));
    if (k < stop && k + 8 <= doc->text_len) /* the last bytes in one word too, the bytes past stop masked off */
        return n - continuation_bytes(cd_lex_load_le64((const char *)s + k) & ((1ull << (8 * (stop - k))) - 1));
    for (; k < stop; k++) n -= (s[k] & 0xC0) == 0x80;
    return n;
}

/* The ordinal of a list item's marker at token k: "2." or "2)" (one or two digits, its number) or
 * "b)" (one lower-case letter, 100 + its place in the alphabet) glued to its mark, then a space on
 * the same line; 0 for none. */
static int item_ordinal(const cd_doc *doc, size_t k)
{
    if (k + 2 >= doc->n_toks) return 0;
    const cd_token *t = &doc->toks[k], *p = &doc->toks[k + 1], *after = &doc->toks[k + 2];
    if (p->type != TOK_PUNCT || (p->flags & TF_SPACE_BEFORE) || !(after->flags & TF_SPACE_BEFORE) ||
        (after->flags & TF_NEWLINE_BEFORE))
        return 0;
    const char *c = doc->text + t->start;
    size_t len = t->len;
    if (t->type == TOK_NUM && len <= 2 && (p->cp == '.' || p->cp == ')'))
        return len == 1 ? c[0] - '0' : (c[0] - '0') * 10 + (c[1] - '0');
    if (t->type == TOK_WORD && len == 1 && c[0] >= 'a' && c[0] <= 'z' && p->cp == ')') return 100 + (c[0] - 'a');
    return 0;
}

/* Token k opens a numbered list item: one or two digits, a glued period or bracket, then a space
 * ("2. Read the leaflet", "3) Sign"). */
static int numbered_item(const cd_doc *doc, size_t k)
{
    return k < doc->n_toks && doc->toks[k].type == TOK_NUM && item_ordinal(doc, k);
}

#define ITEM_LINES 8 /* lines looked at either way for the item numbered next to one */

/* The marker at token k, opening a line, opens a list item, not a figure or a word that a wrap put
 * there ("grew by" / "2. The", "option" / "a) the"): it opens its paragraph, or the line before ends
 * a sentence or a lead-in (". ! ? :"), or the nearest line within ITEM_LINES either way, in the same
 * paragraph, that opens with a marker opens with the one numbered next to it ("1." before "2.",
 * "b)" after "a)"). */
static int list_item(const cd_doc *doc, size_t k)
{
    int n = item_ordinal(doc, k);
    if (!n) return 0;
    if (starts_paragraph(doc, k)) return 1;
    size_t p = k - 1;
    while (p > 0 && is_closer(&doc->toks[p])) p--;
    if (is_terminal(&doc->toks[p]) || (doc->toks[p].type == TOK_PUNCT && doc->toks[p].cp == ':')) return 1;
    size_t lines = 0;
    for (size_t j = k + 1; j < doc->n_toks && !(doc->toks[j].flags & TF_PARA_BEFORE) && lines < ITEM_LINES; j++) {
        if (!(doc->toks[j].flags & TF_NEWLINE_BEFORE)) continue;
        lines++;
        int m = item_ordinal(doc, j);
        if (m) return m == n + 1;
    }
    lines = 0;
    for (size_t j = k; j-- > 0 && lines < ITEM_LINES;) {
        if (!starts_line(doc, j)) continue;
        lines++;
        int m = item_ordinal(doc, j);
        if (m) return m == n - 1;
        if (starts_paragraph(doc, j)) break;
    }
    return 0;
}

/* A list marker at the start of a line: a bullet sign followed by a space, or a list item's "1.",
 * "2)" or "a)" (list_item). */
static size_t bullet_len(const cd_doc *doc, size_t i)
{
    if (i >= doc->n_toks || !starts_line(doc, i) || i + 1 >= doc->n_toks) return 0;
    const cd_token *t = &doc->toks[i], *next = &doc->toks[i + 1];
    if (t->type == TOK_PUNCT && (t->cp == 0x2022 || t->cp == 0x25E6 || t->cp == 0x25AA || t->cp == 0xB7 ||
                                 t->cp == '*' || cd_is_hyphen_or_dash(t->cp)))
        return (next->flags & TF_SPACE_BEFORE) && !(next->flags & TF_NEWLINE_BEFORE);
    return list_item(doc, i) ? 2 : 0;
}

/* The period at i shortens a currency written before its amount, "Rs. 500" (cd_currency_abbrev_shape):
 * the numbers pass reads the amount across it (currency_before), so it ends no sentence before a
 * figure ("Project Rub. Nintendo" ends one: no figure follows). */
static int currency_before_figure(const cd_doc *doc, size_t i, const cd_token *next)
{
    if (i == 0 || next->type != TOK_NUM || (doc->toks[i].flags & TF_SPACE_BEFORE)) return 0;
    const cd_token *w = &doc->toks[i - 1];
    const cd_lexrec *r = cd_lex_rec(cd_tok_entry(w), LX_NUM_CURRENCY);
    return r && ((int)r->num & 1) && cd_currency_abbrev_shape(w);
}

/* The period at i follows a word glued to it: 1 an abbreviation or initial, 2 a title. */
static int abbrev_kind(const cd_doc *doc, size_t i)
{
    if (i == 0 || doc->toks[i].cp != '.') return 0;
    const cd_token *w = &doc->toks[i - 1];
    if (w->type != TOK_WORD || (doc->toks[i].flags & TF_SPACE_BEFORE)) return 0;
    const cd_lexrec *r = cd_lex_rec(cd_tok_entry(w), LX_ABBREVIATIONS);
    if (r && r->num == 1) return 2;
    if (r || tok_chars(doc, w->start, cd_tok_stop(w)) == 1) return 1;
    return 0;
}

/* Does the token after a sentence-final mark begin a new sentence? */
static int begins_sentence(const cd_token *next)
{
    return (next->flags & TF_CAP) || next->type == TOK_NUM || is_opener(next);
}

/* The period at i is a day's ordinal dot before a month ("16. Nov. 2016", "3. March 2020"): a day
 * number of one or two digits glued to it, then a capitalized month name that a glued period or a
 * number follows ("He was 16. November was cold" ends). */
static int day_dot_month(const cd_doc *doc, size_t i)
{
    if (i == 0 || i + 2 >= doc->n_toks || (doc->toks[i].flags & TF_SPACE_BEFORE)) return 0;
    const cd_token *day = &doc->toks[i - 1], *month = &doc->toks[i + 1], *after = &doc->toks[i + 2];
    if (day->type != TOK_NUM || day->len > 2) return 0;
    if (month->type != TOK_WORD || !(month->flags & TF_CAP) || !cd_lex_has(cd_tok_entry(month), LX_TIME_MONTHS)) return 0;
    int dot = after->type == TOK_PUNCT && after->cp == '.' && !(after->flags & TF_SPACE_BEFORE);
    return dot || after->type == TOK_NUM;
}

typedef struct para_state para_state;
static int number_wrapped(const cd_doc *doc, size_t k, para_state *ps);
static int initial_wrapped(const cd_doc *doc, size_t i, para_state *ps);

static int ends_sentence(const cd_doc *doc, size_t i, size_t *last, para_state *ps)
{
    const cd_token *t = &doc->toks[i];
    size_t j = i;
    if (!is_terminal(t)) return 0;
    while (j + 1 < doc->n_toks && is_closer(&doc->toks[j + 1]) && !(doc->toks[j + 1].flags & TF_SPACE_BEFORE)) j++;
    *last = j;
    if (j + 1 >= doc->n_toks) return 1;
    const cd_token *next = &doc->toks[j + 1];
    if (next->flags & TF_PARA_BEFORE) return 1;
    if (!(next->flags & TF_SPACE_BEFORE)) return 0;
    if (bullet_len(doc, j + 1)) return 1;
    if (t->cp == '.' && i >= 1 && doc->toks[i - 1].type == TOK_NUM && starts_line(doc, i - 1) &&
        doc->toks[i - 1].len <= 2 && !number_wrapped(doc, i - 1, ps))
        return 0; /* "1. " opening a list line */
    if (t->cp == '.' && j == i && day_dot_month(doc, i)) return 0;
    if (t->cp == '.' && j == i && currency_before_figure(doc, i, next)) return 0;
    int ab = j == i ? abbrev_kind(doc, i) : 0;
    if (ab == 2) return 0;
    if (ab == 1) {
        if (!(next->flags & TF_CAP) || next->type != TOK_WORD) return is_opener(next) && (next->flags & TF_NEWLINE_BEFORE);
        if (cd_lex_has(cd_tok_entry(next), LX_SENTENCE_STARTERS)) return 1;
        return (next->flags & TF_NEWLINE_BEFORE) && !initial_wrapped(doc, i, ps);
    }
    return begins_sentence(next);
}

/* ---- line breaks ---------------------------------------------------------------------------- */

struct para_state {
    size_t first;      /* its first token */
    size_t bfirst;     /* where cd_split_sentences stood in doc->breaks when it came to it */
    size_t width;      /* its longest line, in characters; WIDTH_UNKNOWN until a line break asks */
    size_t columns;    /* its longest line with its indent (line_start) */
    size_t line_first; /* first token of the current line */
};

#define WIDTH_UNKNOWN SIZE_MAX
#define MIN_WRAP_WIDTH 50 /* narrower paragraphs are lists of short lines or table rows (a wire
                          * earnings table runs 40-49 wide), never wrapped */

/* Where the line of token k (its first token) starts, its indent included: a wrapper that counts
 * columns leaves less room on an indented line ("    The company said Dominion Bank, Lenders Trust,
 * Pelham Guaranty / Trust Co"), one that counts the text does not. */
static uint32_t line_start(const cd_doc *doc, size_t k)
{
    uint32_t a = doc->toks[k].start;
    while (a > 0 && (doc->text[a - 1] == ' ' || doc->text[a - 1] == '\t')) a--;
    return a;
}

/* The paragraph's longest line, in characters, without and with its indent (ps->width and
 * ps->columns): counted only for a paragraph of several lines whose breaks need it, once (its end
 * is found here, not for every paragraph). Its lines' last tokens are found among the breaks (the
 * tokenizer lists the token before each line feed there, as next_candidate reads them), not by a
 * walk over every token: a wire story is one paragraph of a few hundred tokens, ~10 a line. */
static void paragraph_width(const cd_doc *doc, para_state *ps)
{
    if (ps->width != WIDTH_UNKNOWN) return;
    size_t line_first = ps->first, width = 0, columns = 0, b = ps->bfirst;
    while (b < doc->n_breaks && doc->breaks[b] < ps->first) b++;
    for (;; b++) {
        /* the text's last token ends a line whether or not it is listed */
        size_t k = b < doc->n_breaks ? doc->breaks[b] : doc->n_toks - 1;
        int text_end = k + 1 >= doc->n_toks;
        if (!text_end && !(doc->toks[k + 1].flags & TF_NEWLINE_BEFORE)) continue; /* inside a line */
        size_t w = tok_chars(doc, doc->toks[line_first].start, cd_tok_stop(&doc->toks[k])); /* once per line */
        size_t indent = doc->toks[line_first].start - line_start(doc, line_first);
        if (w > width) width = w;
        if (w + indent > columns) columns = w + indent;
        if (text_end || starts_paragraph(doc, k + 1)) break;
        line_first = k + 1;
    }
    ps->width = width;
    ps->columns = columns;
}

/* The next line's first word, `word` characters, would not have fitted on the line from token
 * line_first to token i, counted either way: without indents or with them (wire copy wraps both ways). */
static int did_not_fit(const cd_doc *doc, size_t line_first, size_t i, size_t word, para_state *ps)
{
    paragraph_width(doc, ps);
    const cd_token *first = &doc->toks[line_first];
    size_t line = tok_chars(doc, first->start, cd_tok_stop(&doc->toks[i])), indent = first->start - line_start(doc, line_first);
    return (ps->width >= MIN_WRAP_WIDTH && line + 1 + word > ps->width) ||
           (ps->columns >= MIN_WRAP_WIDTH && indent + line + 1 + word > ps->columns);
}

/* The same for the current line, which ends at token i. */
static int word_did_not_fit(const cd_doc *doc, size_t i, size_t word, para_state *ps)
{
    return did_not_fit(doc, ps->line_first, i, word, ps);
}

/* Token i is a lower-case word: its first letter a to z, not glued to the word before ("'s"). */
static int lower_word(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    unsigned char first = (unsigned char)doc->text[t->start];
    return t->type == TOK_WORD && !(t->flags & (TF_CAP | TF_ALLCAPS)) && (t->flags & TF_SPACE_BEFORE) &&
           first >= 'a' && first <= 'z';
}

/* A word that cannot end a sentence, in lower case: a determiner (data/claim_determiners.tsv: "the",
 * "its"), a preposition, a conjunction, an auxiliary or a time word (data/claim_phrase_stops.tsv:
 * "until", "and", "is", "last"). A line that ends with one goes on in the next, whatever that starts with ("It applies, until
 * / July 1, to copper scrap", a wire story's first line cut short by its dateline: "a budget of" /
 * "Harbour fees"); a headline or a list item in capitals or ending with a noun does not. A time word
 * ("today") may end a sentence: it goes on only into a figure or a date (figure_or_date), so it
 * answers apart. */
enum { ENDS_CLOSED, ENDS_OPEN, ENDS_TIME };
static int open_ended(const cd_doc *doc, size_t i)
{
    if (!lower_word(doc, i)) return ENDS_CLOSED; /* not "'s", not "n/a" in a table row */
    if (cd_lex_has(cd_tok_entry(&doc->toks[i]), LX_CLAIM_DETERMINERS)) return ENDS_OPEN;
    const char *role = cd_tok_role(doc, i, LX_CLAIM_PHRASE_STOPS);
    if (cd_str_is(role, "prep") || cd_str_is(role, "conj") || cd_str_is(role, "aux")) return ENDS_OPEN;
    return cd_str_is(role, "time") ? ENDS_TIME : ENDS_CLOSED;
}

/* Token k is a lower-case verb a headline acts with: an event's (data/event_verbs.tsv, not a form
 * that is also a noun: "ousts", "names") or a change's (data/change_verbs.tsv: "cuts"). A speech
 * verb or an auxiliary is left out: a story's first line reports with them ("said its chairman" /
 * "Ann Roe would"). */
static int lower_verb(const cd_doc *doc, size_t k)
{
    if (!lower_word(doc, k)) return 0;
    const cd_lexrec *event = cd_tok_rec(doc, k, LX_EVENT_VERBS);
    return (event && !((int)event->num & 1)) || cd_tok_rec(doc, k, LX_CHANGE_VERBS);
}

/* A lower-case verb (lower_verb) stands on tokens [first, end). */
static int verb_before(const cd_doc *doc, size_t first, size_t end)
{
    for (size_t k = first; k < end; k++)
        if (lower_verb(doc, k)) return 1;
    return 0;
}

/* Token k is a title that stands before a name (data/ent_titles.tsv kind 1): "chairman", "Minister". */
static int title_before_name(const cd_doc *doc, size_t k)
{
    const cd_lexrec *title = cd_tok_rec(doc, k, LX_ENT_TITLES);
    return title && title->num == 1;
}

#define ORG_KIND_PLURAL 15 /* data/quote_org_kinds.tsv: a plural ("banks"), which heads a table's column */
#define PERSON_FIRM_JOB 2  /* data/person_nouns.tsv: a job that names a firm as often ("investor") */

/* Token i is a role in lower case that awaits its name on the next line: a title (data/ent_titles.tsv
 * kind 1: "the committee chairman" / "Ann Roe said"), a body's word (data/ent_org_suffixes.tsv kind
 * 4: "the state shipping company" / "Nordlys said"), a noun of a person that names no firm too
 * (data/person_nouns.tsv, not kind 2: "Harbour businessman" / "Ann Roe") or a trade's or body's noun,
 * not a plural (data/quote_org_kinds.tsv: "the ferry carrier" / "Nordlys"), told apart from its name
 * by no comma. A verb before it on the
 * line (lower_verb) makes the line a headline in sentence case whose role is its object ("Board
 * ousts chairman" / "Kestrel Lines said"), and so does a preposition before the role's bare phrase
 * (role_after_preposition: "Tributes to teacher" / "Ann Roe was"). */
/* Token k is a lower-case preposition (data/claim_phrase_stops.tsv roles prep and qual: "to", "over"). */
static int preposition_word(const cd_doc *doc, size_t k)
{
    if (!lower_word(doc, k)) return 0;
    const char *role = cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS);
    return cd_str_is(role, "prep") || cd_str_is(role, "qual");
}

/* The role at token i ends a phrase of lower-case words that a preposition opens on the line, with no
 * determiner ("Tributes to teacher", "New chief for port lender"): a headline's phrase. A determiner
 * keeps the phrase in a sentence ("the committee chairman", "chief of the port lender"), and so does a
 * capitalized word, a name the role belongs to ("Council of Harbour Pilots chairman", "unit of
 * Kestrel ferry firm"). */
static int role_after_preposition(const cd_doc *doc, size_t i, size_t line_first)
{
    size_t k = i;
    while (k > line_first && lower_word(doc, k - 1) && !cd_tok_in(doc, k - 1, LX_CLAIM_DETERMINERS) &&
           !cd_tok_in(doc, k - 1, LX_CLAIM_PHRASE_STOPS))
        k--;
    return k > line_first && preposition_word(doc, k - 1);
}

static int role_awaits_name(const cd_doc *doc, size_t i, const para_state *ps)
{
    if (!lower_word(doc, i) || role_after_preposition(doc, i, ps->line_first)) return 0;
    const cd_lexrec *body = cd_tok_rec(doc, i, LX_ENT_ORG_SUFFIXES), *kind = cd_tok_rec(doc, i, LX_QUOTE_ORG_KINDS),
                    *person = cd_tok_rec(doc, i, LX_PERSON_NOUNS);
    return (title_before_name(doc, i) || (body && body->num == 4) || (person && person->num != PERSON_FIRM_JOB) ||
            (kind && kind->num != ORG_KIND_PLURAL)) &&
           !verb_before(doc, ps->line_first, i);
}

/* The closer of a bracket that opens with cp, or 0. */
static uint32_t bracket_closer(uint32_t cp)
{
    return cp == '(' ? ')' : cp == '<' ? '>' : cp == '[' ? ']' : 0;
}

/* cp closes one of bracket_closer's brackets. */
static int closes_bracket(uint32_t cp)
{
    return cp == ')' || cp == ']' || cp == '>';
}

/* Token i is a name's last word: a capitalized word (in capitals too) or a possessive. */
static int name_ends(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    return t->type == TOK_WORD && ((t->flags & (TF_CAP | TF_ALLCAPS)) || cd_tok_possessive(doc, i));
}

/* Token i closes one word in brackets, an abbreviation or a ticker, that follows a name on its line:
 * "Lumen Optics Inc <LUM.O>", "the Harbour Authority (NHA)". */
static int bracketed_after_name(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    if (t->type != TOK_PUNCT || !closes_bracket(t->cp)) return 0;
    size_t k = i;
    while (k > 0 && !(doc->toks[k].flags & TF_SPACE_BEFORE)) k--; /* the bracket is glued together */
    const cd_token *open = &doc->toks[k];
    return k > 0 && k + 1 < i && open->type == TOK_PUNCT && bracket_closer(open->cp) == t->cp &&
           !(open->flags & TF_NEWLINE_BEFORE) && name_ends(doc, k - 1);
}

/* Token i is a word in capitals ending a line in mixed case: an abbreviation that opens a name
 * ("its KXW" / "Cargo Services Inc"), not a headline in capitals. */
static int abbreviation_in_line(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i];
    if (i == 0 || t->type != TOK_WORD || !(t->flags & TF_ALLCAPS) || (t->flags & TF_NEWLINE_BEFORE)) return 0;
    const cd_token *before = &doc->toks[i - 1];
    return !(before->type == TOK_WORD && (before->flags & TF_ALLCAPS));
}

/* Token k is a word that closes an organization's name (data/ent_org_suffixes.tsv kinds 1, 3 and 4:
 * "Inc", "Industries", "Association"; not the kind-less "Police" or "Democrats", which open
 * sentences). */
static int org_closer(const cd_doc *doc, size_t k)
{
    const cd_lexrec *org = cd_tok_rec(doc, k, LX_ENT_ORG_SUFFIXES);
    return org && org->num >= 1 && org->num != 2;
}

#define ORG_RUN_WORDS 4 /* capitalized words read for a closer at a line's start */

/* The line from token k opens with a run of capitalized words (an "and" or "of" inside it) that holds
 * an organization's closer within its first ORG_RUN_WORDS words: "Association", "Fruit Growers
 * Association", "Rail and Freight Co". */
static int org_name_opens(const cd_doc *doc, size_t k)
{
    for (size_t n = 0; n < ORG_RUN_WORDS && k < doc->n_toks; k++) {
        const cd_token *w = &doc->toks[k];
        if ((n > 0 && (w->flags & TF_NEWLINE_BEFORE)) || w->type != TOK_WORD) return 0;
        if (!(w->flags & TF_CAP)) {
            if (n > 0 && (cd_tok_is(doc, k, "and") || cd_tok_is(doc, k, "of"))) continue;
            return 0;
        }
        if (org_closer(doc, k)) return 1;
        n++;
    }
    return 0;
}

/* The line from token k opens with a title that stands before a name (data/ent_titles.tsv kind 1)
 * and a capitalized word after it: "Kestrel Harbour Board" / "Chairman Ann Roe said", "Prime" /
 * "Minister Ann Roe". A body's name ending the line heads the person's title. */
static int titled_name_opens(const cd_doc *doc, size_t k)
{
    if (!title_before_name(doc, k) || k + 1 >= doc->n_toks) return 0;
    const cd_token *name = &doc->toks[k + 1];
    return name->type == TOK_WORD && (name->flags & TF_CAP) && !(name->flags & TF_NEWLINE_BEFORE);
}

/* Token t is a capitalized word, not in capitals. */
static int capitalized_word(const cd_token *t)
{
    return t->type == TOK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAPS);
}

/* Token k is an initial: one capital letter A to Z, not glued to the token before ("J" of "J. Roe",
 * the "L" of "Ann L Roe"; not the "S" of "U.S."). */
static int initial_letter(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    unsigned char c = (unsigned char)doc->text[t->start];
    return t->type == TOK_WORD && t->len == 1 && c >= 'A' && c <= 'Z' &&
           (starts_line(doc, k) || (t->flags & TF_SPACE_BEFORE));
}

/* The line from token k opens with an initial, its period glued to it, and a capitalized word after
 * it on the line, at the margin: a name's "A. Roe said" (a sentence's "A" has no period; an indent
 * opens a wire paragraph). */
static int initial_opens(const cd_doc *doc, size_t k)
{
    return k + 2 < doc->n_toks && initial_letter(doc, k) && cd_tok_is_punct(doc, k + 1, '.') &&
           !(doc->toks[k + 1].flags & TF_SPACE_BEFORE) && capitalized_word(&doc->toks[k + 2]) &&
           !(doc->toks[k + 2].flags & TF_NEWLINE_BEFORE) && doc->toks[k].start == line_start(doc, k);
}

/* Token k, opening a line, can go on a name from the line before: a capitalized word (not in
 * capitals) that starts no sentence (data/sentence_starters.tsv), or an initial (initial_opens). A
 * headline in title case whose last word could be a name's ("Frost Hits the Valley") keeps its
 * break when the next line opens a sentence ("The ...") or a paragraph. */
static int name_goes_on_at(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    return (capitalized_word(t) && !cd_lex_has(cd_tok_entry(t), LX_SENTENCE_STARTERS)) || initial_opens(doc, k);
}

/* The word at token k heads a person's name, a word of it following on the line: a capitalized
 * honorific (data/ent_honorifics.tsv: "Sir"), a given name (cd_tok_plain_given_name: "Ann") or an
 * initial, with its period or without ("J." of "J. Quorra", "J" of "J Quorra"). Returns the head's
 * first token, or SIZE_MAX for none. */
static size_t name_head_before(const cd_doc *doc, size_t k, size_t line_first)
{
    if (cd_tok_is_punct(doc, k, '.') && k > line_first && !(doc->toks[k].flags & TF_SPACE_BEFORE))
        return initial_letter(doc, k - 1) ? k - 1 : SIZE_MAX;
    if (!capitalized_word(&doc->toks[k])) return initial_letter(doc, k) ? k : SIZE_MAX;
    return cd_tok_plain_given_name(doc, k) || cd_tok_in(doc, k, LX_ENT_HONORIFICS) ? k : SIZE_MAX;
}

/* The name headed at token h opens there: h follows on its line a lower-case word or a title that
 * stands before a name ("said Ann", "Minister Sir Ivo"), or h is an initial after a given name ("Ann
 * J. Quorra"). In a line of capitalized words a given name may be a common word ("Taxes Rose Again",
 * "Grace Notes Return"). */
static int name_opens_at(const cd_doc *doc, size_t h, size_t line_first)
{
    return h > line_first && (lower_word(doc, h - 1) || title_before_name(doc, h - 1) ||
                              (initial_letter(doc, h) && cd_tok_plain_given_name(doc, h - 1)));
}

static int dateline_opens(const cd_doc *doc, size_t k);

/* The line from token k opens with two capitalized words: a name of its own ("Kestrel Lines said"),
 * not the last word of a name the line before began ("Vance said"). */
static int two_capitalized_words(const cd_doc *doc, size_t k)
{
    return k + 1 < doc->n_toks && capitalized_word(&doc->toks[k]) && capitalized_word(&doc->toks[k + 1]) &&
           !(doc->toks[k + 1].flags & TF_NEWLINE_BEFORE);
}

/* Token k follows a lower-case preposition on its line ("to" of "Farewell to Ann Roe"). */
static int after_preposition(const cd_doc *doc, size_t k)
{
    return !starts_line(doc, k) && preposition_word(doc, k - 1);
}

/* Token i ends its line inside a person's name the next line (at the margin: an indent opens a wire
 * paragraph) goes on: i follows a word that heads a name (name_head_before: "Sir Ivo" / "Marsh",
 * "J. Quorra" / "Vance", "Ann Quorra" / "Vance") where a name opens (name_opens_at) and no verb
 * before it makes the line a headline ("Kestrel ousts Ann Roe"); i is an initial after a given name
 * opening a name ("said Ann L" / "Roe"); or i ends lower-case particles after a capitalized word,
 * the first one of those that open a particle run ("Ann de" / "Roe", "Banco Rural del" / "Norte",
 * "Ann von der" / "Roe"; not "Ann der"). The next line opens no dateline (dateline_opens:
 * "Farewell to Sir Ivo" / "Kestrel, May 2 - The"), and after a preposition a headline's name is
 * whole when the next line opens with two capitalized words, a name of its own ("Farewell to Ann
 * Roe" / "Kestrel Lines said"). */
static int inside_person_name(const cd_doc *doc, size_t i, const para_state *ps)
{
    if (starts_line(doc, i) || doc->toks[i + 1].start != line_start(doc, i + 1) || dateline_opens(doc, i + 1))
        return 0;
    const cd_token *t = &doc->toks[i];
    if (t->type == TOK_WORD && !(t->flags & TF_CAP) && !(t->flags & TF_ALLCAPS)) {
        size_t k = i; /* back over the particles: "Ursula von der" / "Leyen", the first one of kind 1 */
        while (k > ps->line_first && cd_tok_name_particle(doc, k - 1, 0)) k--;
        return k > ps->line_first && cd_tok_name_particle(doc, k, 0) == 1 && capitalized_word(&doc->toks[k - 1]);
    }
    if (initial_letter(doc, i))
        return cd_tok_plain_given_name(doc, i - 1) && capitalized_word(&doc->toks[i - 1]) &&
               name_opens_at(doc, i - 1, ps->line_first);
    size_t head = capitalized_word(t) ? name_head_before(doc, i - 1, ps->line_first) : SIZE_MAX;
    return head != SIZE_MAX && name_opens_at(doc, head, ps->line_first) && !verb_before(doc, ps->line_first, head) &&
           !(after_preposition(doc, head) && two_capitalized_words(doc, i + 1));
}

/* The line from token k opens a name that an organization's word closes (org_name_opens) or a titled
 * person's name (titled_name_opens). */
static int long_name_opens(const cd_doc *doc, size_t k)
{
    return org_name_opens(doc, k) || titled_name_opens(doc, k);
}

/* Token i, ending its line, awaits a name on the next: a possessive "'s" ("the bank's" / "Lending
 * Unit") or a role in lower case (role_awaits_name). */
static int possessive_or_role(const cd_doc *doc, size_t i, const para_state *ps)
{
    return cd_tok_possessive(doc, i) || role_awaits_name(doc, i, ps);
}

/* Token i is a name's abbreviation ending the line, in brackets after the name (bracketed_after_name)
 * or in capitals in a line in mixed case (abbreviation_in_line), and the next line opens a name
 * (long_name_opens): "Lumen Optics Inc <LUM.O>" / "Chairman Ann Roe". */
static int abbreviation_across(const cd_doc *doc, size_t i)
{
    return (bracketed_after_name(doc, i) || abbreviation_in_line(doc, i)) && long_name_opens(doc, i + 1);
}

/* Token i, a capitalized word, follows on its line a title ("Harbour Minister Quorra" / "Vance said",
 * "the line's chairman Quorra" / "Vance said"), unless a verb before the title makes the line a
 * headline ("ousts chairman Roe"), or a lower-case determiner, preposition or conjunction
 * (open_ended: "head of the Northern" / "Orchard Growers Union"). */
static int after_title_or_open_word(const cd_doc *doc, size_t i, const para_state *ps)
{
    if (starts_line(doc, i)) return 0; /* the word before is on the line */
    if (title_before_name(doc, i - 1)) return !verb_before(doc, ps->line_first, i - 1);
    return open_ended(doc, i - 1) == ENDS_OPEN;
}

/* Token i is a capitalized word (not in capitals) ending its line inside a name: the next line opens
 * a name (long_name_opens: "Kestrel" / "Fruit Growers Inc said"), i is a title or a given name
 * (data/ent_first_names.tsv, not a modal's "Will": "Finance Minister Ann" / "Roe said"), or it
 * follows a title or an open word (after_title_or_open_word). */
static int capitalized_across(const cd_doc *doc, size_t i, const para_state *ps)
{
    if (!capitalized_word(&doc->toks[i])) return 0;
    return long_name_opens(doc, i + 1) || title_before_name(doc, i) || cd_tok_plain_given_name(doc, i) ||
           after_title_or_open_word(doc, i, ps);
}

/* The line ending at token i ends inside a name that runs on into the next line, which opens with a
 * word a name goes on with (name_goes_on_at). */
static int name_across(const cd_doc *doc, size_t i, const para_state *ps)
{
    if (!name_goes_on_at(doc, i + 1)) return 0;
    return possessive_or_role(doc, i, ps) || abbreviation_across(doc, i) || capitalized_across(doc, i, ps) ||
           inside_person_name(doc, i, ps);
}

#define DATELINE_PLACE_WORDS 4 /* capitalized words of a dateline's place: "PORT ROE, Maine (AP) -" */
#define DATELINE_AFTER_COMMA 4 /* tokens read after its comma for a date, "(" or a dash */

/* The line from token k opens with two words in capitals: a dateline's place ("PORT ROE (AP) -") or
 * a line in capitals; one abbreviation ("KXW Cargo", "KFB fees") goes on a sentence. */
static int capitals_open(const cd_doc *doc, size_t k)
{
    const cd_token *a = &doc->toks[k], *b = k + 1 < doc->n_toks ? &doc->toks[k + 1] : NULL;
    return a->type == TOK_WORD && (a->flags & TF_ALLCAPS) && b && b->type == TOK_WORD && (b->flags & TF_ALLCAPS) &&
           !(b->flags & TF_NEWLINE_BEFORE);
}

/* Token k is a dash set off by a space on its line. */
static int spaced_dash(const cd_doc *doc, size_t k)
{
    if (k >= doc->n_toks) return 0;
    const cd_token *t = &doc->toks[k];
    return t->type == TOK_PUNCT && cd_is_hyphen_or_dash(t->cp) && (t->flags & TF_SPACE_BEFORE) &&
           !(t->flags & TF_NEWLINE_BEFORE);
}

/* Token k opens what follows a dateline's place or date: a spaced dash, or an agency's one word in
 * brackets before one ("(Reuters) -"); a name's abbreviation in brackets ("Quay Lines Inc (QLI)
 * for") has no dash after it. */
static int dateline_mark(const cd_doc *doc, size_t k)
{
    if (spaced_dash(doc, k)) return 1;
    return cd_tok_is_punct(doc, k, '(') && !(doc->toks[k].flags & TF_NEWLINE_BEFORE) && k + 3 < doc->n_toks &&
           doc->toks[k + 1].type == TOK_WORD && cd_tok_is_punct(doc, k + 2, ')') && spaced_dash(doc, k + 3);
}

/* The line from token k opens like a wire story's dateline: one to four capitalized words (a place),
 * then "(" or a spaced dash ("KESTREL (Reuters) -", "Kestrel - The port"), or a comma and, within a
 * few tokens on the line, a month, "(" or a dash ("Kestrel, Nov 30 -", "Port Roe, Maine (AP) -").
 * A headline ends the line before it. */
static int dateline_opens(const cd_doc *doc, size_t k)
{
    size_t words = 0;
    while (k < doc->n_toks && words < DATELINE_PLACE_WORDS && doc->toks[k].type == TOK_WORD &&
           (doc->toks[k].flags & (TF_CAP | TF_ALLCAPS)) && (words == 0 || !(doc->toks[k].flags & TF_NEWLINE_BEFORE)))
        k++, words++;
    if (!words || k >= doc->n_toks || (doc->toks[k].flags & TF_NEWLINE_BEFORE)) return 0;
    if (dateline_mark(doc, k)) return 1;
    if (!cd_tok_is_punct(doc, k, ',')) return 0;
    for (size_t j = k + 1; j < doc->n_toks && j <= k + DATELINE_AFTER_COMMA; j++) {
        if (doc->toks[j].flags & TF_NEWLINE_BEFORE) return 0;
        if (dateline_mark(doc, j) || cd_tok_in(doc, j, LX_TIME_MONTHS)) return 1;
    }
    return 0;
}

/* The line of token i reads as a clause that has not ended: i is a lower-case word and the line, up
 * to i, holds a lower-case auxiliary or speech verb (data/claim_phrase_stops.tsv role aux: "has",
 * "will", "said"; data/quote_verbs.tsv kind 1: "told") ("Harbour Freight said it bought" / "Quay
 * Lines for 4 mln dlrs", a wire story's first line cut short by its dateline). A table row or a
 * headline in notes ("Shr 12 cts vs 9 cts prior", "Net not available") has no such verb. A sentence
 * that lost its period still ends so: when the next line opens with a sentence's first word
 * (data/sentence_starters.tsv: "The", "He") or with an indent (a wire paragraph's or sign-off's).
 * A headline in sentence case ends so too: it keeps its break before a line in capitals or one that
 * opens like a dateline (dateline_opens: "Ferry fares will rise" / "Kestrel, May 2 - The").
 * The next line goes on only with a word, a figure or a ticker ("<"); a list's "1." or dash opens
 * an item after a lead-in that ends so ("Here is what to do" / "1. Open the box"). */
static int clause_runs_on(const cd_doc *doc, size_t i, const para_state *ps)
{
    const cd_token *next = &doc->toks[i + 1];
    int goes_on = next->type == TOK_WORD || (next->type == TOK_NUM && !numbered_item(doc, i + 1)) ||
                  (next->type == TOK_PUNCT && next->cp == '<');
    if (!goes_on || !lower_word(doc, i) || cd_lex_has(cd_tok_entry(next), LX_SENTENCE_STARTERS) ||
        next->start != line_start(doc, i + 1) || capitals_open(doc, i + 1) ||
        dateline_opens(doc, i + 1))
        return 0;
    for (size_t k = ps->line_first; k <= i; k++) {
        if (doc->toks[k].type != TOK_WORD || (doc->toks[k].flags & (TF_CAP | TF_ALLCAPS))) continue;
        const cd_lexrec *speech = cd_tok_rec(doc, k, LX_QUOTE_VERBS);
        if ((speech && speech->num == 1) || cd_str_is(cd_tok_role(doc, k, LX_CLAIM_PHRASE_STOPS), "aux")) return 1;
    }
    return 0;
}

/* Every word from token first to token last is in capitals, two at least: a headline in capitals
 * ("KESTREL FEES RISE"), not a name's abbreviation ending a line ("Kestrel AG"). */
static int line_in_capitals(const cd_doc *doc, size_t first, size_t last)
{
    size_t words = 0;
    for (size_t k = first; k <= last; k++) {
        if (doc->toks[k].type != TOK_WORD) continue;
        if (!(doc->toks[k].flags & TF_ALLCAPS)) return 0;
        words++;
    }
    return words >= 2;
}

/* Token k is an opening bracket that holds one word with a letter, closed with no space ("(LOI)",
 * "<LUM.O>"; not a list's "(1)"): the first token after its closer, else 0. */
static size_t bracketed_word_after(const cd_doc *doc, size_t k)
{
    const cd_token *open = &doc->toks[k];
    uint32_t closer = open->type == TOK_PUNCT ? bracket_closer(open->cp) : 0;
    if (!closer) return 0;
    uint32_t b = open->start + 1;
    int letters = 0;
    for (; b < doc->text_len && (unsigned char)doc->text[b] > ' ' && (unsigned char)doc->text[b] != closer; b++)
        letters |= ((doc->text[b] | 0x20) >= 'a' && (doc->text[b] | 0x20) <= 'z') || (unsigned char)doc->text[b] >= 0x80;
    if (!letters || b >= doc->text_len || (unsigned char)doc->text[b] != closer) return 0;
    while (k < doc->n_toks && doc->toks[k].start <= b) k++;
    return k;
}

/* The next line opens with one word in brackets, an abbreviation or a ticker, right after a name
 * ending this line (a capitalized word or a possessive, or its own bracketed word): "Lumen Optics
 * Inc" / "(LOI) said", "the Harbour Board's" / "<HB.L> unit", "Lumen Optics Inc <LUM.O>" / "(Lumen)
 * said"; it names what the line ended with and goes on with it. Not a headline's end: a dash after
 * the bracket makes it a dateline's agency ("Frost Hits the Valley" / "(AP) - Frost"), a bracket
 * with no letter is a list's "(1)", and a line in capitals is a headline (line_in_capitals). */
static int bracket_across(const cd_doc *doc, size_t i, const para_state *ps)
{
    if (doc->toks[i + 1].type != TOK_PUNCT || line_in_capitals(doc, ps->line_first, i) ||
        !(name_ends(doc, i) || bracketed_after_name(doc, i)))
        return 0;
    size_t k = bracketed_word_after(doc, i + 1);
    return k && !spaced_dash(doc, k); /* "(Reuters) -": a dateline after a headline */
}

/* The line of token i ends inside brackets: a "(", "[" or "<" on it, glued to the word after it, is
 * not closed by token i ("the bank <Banca Lontra del" / "Porto> said", "the price index (base" /
 * "1980) rose"); a spaced "<" is less than ("fees < 4 pct"). */
static int inside_brackets(const cd_doc *doc, size_t i, const para_state *ps)
{
    int depth = 0;
    for (size_t k = ps->line_first; k <= i; k++) {
        const cd_token *t = &doc->toks[k];
        if (t->type != TOK_PUNCT) continue;
        if (bracket_closer(t->cp) && k < i && !(doc->toks[k + 1].flags & TF_SPACE_BEFORE)) depth++;
        else if (closes_bracket(t->cp) && depth > 0) depth--;
    }
    return depth > 0;
}

/* A month name ending a line and a day of one or two digits opening the next: one date ("its third
 * quarter, ending March / 31, sales"). */
static int date_across(const cd_doc *doc, size_t i)
{
    const cd_token *t = &doc->toks[i], *next = &doc->toks[i + 1];
    return t->type == TOK_WORD && (t->flags & TF_CAP) && cd_lex_has(cd_tok_entry(t), LX_TIME_MONTHS) &&
           next->type == TOK_NUM && next->len <= 2;
}

/* A figure or a date opens the line at token k: a number, a month or a weekday ("until / July 1", "a
 * low of / 140.40"). */
static int figure_or_date(const cd_doc *doc, size_t k)
{
    const cd_token *t = &doc->toks[k];
    return t->type == TOK_NUM || (t->type == TOK_WORD && (cd_lex_has(cd_tok_entry(t), LX_TIME_MONTHS) ||
                                                         cd_lex_has(cd_tok_entry(t), LX_TIME_WEEKDAYS)));
}

/* Token k is a lower-case past form: one data/time_tense.tsv lists as a past (-1: "rose", "fell",
 * "sold") or, unlisted, a form in -ed of five letters or more ("totalled", "voted"). */
static int past_form(const cd_doc *doc, size_t k)
{
    if (!lower_word(doc, k)) return 0;
    const cd_lexrec *r = cd_tok_rec(doc, k, LX_TIME_TENSE);
    if (r) return r->num == -1;
    return doc->toks[k].len >= 5 && cd_tok_ed_form(doc, k);
}

/* The number at token k counts a thing: a lower-case word follows it on its line that is no
 * preposition nor conjunction (data/claim_phrase_stops.tsv) unless "of", and no unit, currency or
 * scale (data/num_unit.tsv, num_currency.tsv, num_suffix.tsv, num_word.tsv): "12 boats", "120 of
 * its workers"; not "4 pct", "12,000 tonnes", "5 mln dlrs", a tally's "350 to 73", a price's "5-3/8
 * on". */
static int counts_a_thing(const cd_doc *doc, size_t k)
{
    if (k + 1 >= doc->n_toks || !lower_word(doc, k + 1)) return 0;
    if (cd_lex_match(doc, k + 1, LX_NUM_UNIT, NULL) || cd_tok_in(doc, k + 1, LX_NUM_CURRENCY) ||
        cd_tok_in(doc, k + 1, LX_NUM_SUFFIX) || cd_tok_in(doc, k + 1, LX_NUM_WORD))
        return 0;
    const char *role = cd_tok_role(doc, k + 1, LX_CLAIM_PHRASE_STOPS);
    return cd_tok_is(doc, k + 1, "of") || !(cd_str_is(role, "prep") || cd_str_is(role, "conj"));
}

/* The line of token i ends with a past form (past_form) and the next line, at the margin, opens with
 * a figure that is no year nor a list's marker and counts no thing (counts_a_thing), or with a month
 * and a day: the verb's amount or date ("Harbour fees rose" / "4 pct in May", "in the week ended" /
 * "March 19"). A headline's verb is in the present ("Fees rise"); news copy spells out a figure that
 * opens a sentence but for a year or a count ("Ferry services suspended" / "2025 was a hard year",
 * "Kestrel mill closed" / "120 workers lost their jobs"). */
static int past_before_figure(const cd_doc *doc, size_t i)
{
    const cd_token *next = &doc->toks[i + 1];
    if (!past_form(doc, i) || next->start != line_start(doc, i + 1)) return 0;
    if (next->type == TOK_NUM)
        return !cd_year_shape(doc, next) && !numbered_item(doc, i + 1) && !counts_a_thing(doc, i + 1);
    return i + 2 < doc->n_toks && cd_tok_in(doc, i + 1, LX_TIME_MONTHS) && doc->toks[i + 2].type == TOK_NUM &&
           !(doc->toks[i + 2].flags & TF_NEWLINE_BEFORE);
}

/* The characters of the next line's first word as a wrapper measures it: from token k's start to
 * the next white space, its glued punctuation and the rest of a hyphenated or possessive word
 * with it ('Rosneft.', '(ELAA)', '"respectable"', '$427bn', 'Rolls-Royces', "Europe's"); a wrapper
 * breaks lines only at spaces. */
static size_t next_word_chars(const cd_doc *doc, size_t k)
{
    uint32_t a = doc->toks[k].start, b = a;
    while (b < doc->text_len && doc->text[b] != ' ' && doc->text[b] != '\t' && doc->text[b] != '\n' &&
           doc->text[b] != '\r')
        b++;
    return tok_chars(doc, a, b);
}

/* The next line's first word, after token i, would not have fitted on i's line: a wrap put it there. */
static int word_wrapped_after(const cd_doc *doc, size_t i, para_state *ps)
{
    return word_did_not_fit(doc, i, next_word_chars(doc, i + 1), ps);
}

/* The first token of the line after token k's, in k's paragraph; doc->n_toks when the paragraph
 * (or the text) ends first. */
static size_t next_line_in_paragraph(const cd_doc *doc, size_t k)
{
    size_t j = k + 1;
    while (j < doc->n_toks && !(doc->toks[j].flags & TF_NEWLINE_BEFORE)) j++;
    return j < doc->n_toks && !(doc->toks[j].flags & TF_PARA_BEFORE) ? j : doc->n_toks;
}

/* The number at token k opening a line and glued to a period is a wrapped sentence's last figure, not
 * a list's "1." ("come in at" / "57. Of the 20 sectors", "their shows on Radio" / "1. \"It is"):
 * the line before, in the same paragraph, ends with a word or a figure, is no list item, the
 * number with its period would not have fitted on it, and the next line opens no list item ("2."). */
static int number_wrapped(const cd_doc *doc, size_t k, para_state *ps)
{
    if (k == 0 || (doc->toks[k].flags & TF_PARA_BEFORE)) return 0;
    const cd_token *p = &doc->toks[k - 1];
    if (p->type != TOK_WORD && p->type != TOK_NUM) return 0;
    size_t lf = k - 1;
    while (lf > ps->first && !(doc->toks[lf].flags & TF_NEWLINE_BEFORE)) lf--;
    if (bullet_len(doc, lf) || !did_not_fit(doc, lf, k - 1, next_word_chars(doc, k), ps)) return 0;
    size_t next = next_line_in_paragraph(doc, k);
    return next == doc->n_toks || (!bullet_len(doc, next) && !numbered_item(doc, next));
}

/* The line after token i opens with a spaced dash that a wrap put there, not a list item's: the line
 * before ends with a word or a figure (a list's lead-in ends with a colon, an item with its own
 * words after a bullet), is no list item itself, and the line after the dash's opens with no
 * bullet either, nor indented under the item's text unless the dash's line ended a sentence
 * ("rose to 4.64 million" / "- with many sectors laying off workers" is wrapped prose; "- the
 * first item, which" / "  goes on here" an item); whether the dash would have fitted on the line
 * before is left to the width test. */
static int dash_wrapped(const cd_doc *doc, size_t i, const para_state *ps)
{
    const cd_token *t = &doc->toks[i], *dash = &doc->toks[i + 1];
    if (dash->type != TOK_PUNCT || !cd_is_hyphen_or_dash(dash->cp)) return 0;
    if ((t->type != TOK_WORD && t->type != TOK_NUM) || bullet_len(doc, ps->line_first)) return 0;
    size_t k = next_line_in_paragraph(doc, i + 1);
    if (k == doc->n_toks) return 1;
    if (bullet_len(doc, k)) return 0;
    uint32_t indent = doc->toks[k].start - line_start(doc, k), dash_indent = dash->start - line_start(doc, i + 1);
    return indent <= dash_indent || is_terminal(&doc->toks[k - 1]);
}

/* The period at i, ending its line, follows an initial (one capital letter: "Arthur D.", "U.S.", not
 * "1960s.") and a wrap put the next word on the next line: it would not have fitted on this one, and
 * that line starts at the margin (wire copy opens a paragraph or a sign-off with an indent: "in the
 * U.S." / "    CityFed said" or / " Reuter" ends). Abbreviations of a word ("Inc.", "Calif.") end
 * sentences at a line's end as before. */
static int initial_wrapped(const cd_doc *doc, size_t i, para_state *ps)
{
    const cd_token *w = &doc->toks[i - 1], *next = &doc->toks[i + 1];
    if (tok_chars(doc, w->start, cd_tok_stop(w)) != 1 || !(w->flags & TF_CAP)) return 0;
    if (i >= 2 && doc->toks[i - 2].type == TOK_NUM && !(w->flags & TF_SPACE_BEFORE)) return 0; /* "1960s." */
    return next->start == line_start(doc, i + 1) && word_wrapped_after(doc, i, ps);
}

#define LEGAL_FORM_CHARS 4 /* "AG", "NV", "N.V.", "Oy": a company's legal form before its ticker */

/* The next line opens with a short word, a company's legal form (in capitals, with periods, or one
 * data/ent_org_suffixes.tsv lists), then its ticker or abbreviation in brackets, right after a
 * capitalized word ending this line: "Kestrel Marine" / "AG <KMA.F> said", "Nordlys" / "Oy (NOY)
 * said". No headline's next line opens so; a dash after the bracket is a
 * dateline's. */
static int legal_form_across(const cd_doc *doc, size_t i, const para_state *ps)
{
    const cd_token *form = &doc->toks[i + 1];
    unsigned char c = (unsigned char)doc->text[form->start];
    if (form->type != TOK_WORD || c < 'A' || c > 'Z' || !name_ends(doc, i) || line_in_capitals(doc, ps->line_first, i))
        return 0;
    size_t chars = next_word_chars(doc, i + 1);
    if (chars > LEGAL_FORM_CHARS) return 0;
    size_t k = i + 1;
    while (k < doc->n_toks && doc->toks[k].start < form->start + chars) k++; /* "N.V." is four tokens */
    /* a word alone is a legal form in capitals ("AB", "NV") or as data/ent_org_suffixes.tsv lists it
     * ("Oy"), not a place's "Oslo" before an agency's bracket; letters with periods ("N.V.") are one */
    if (k == i + 2 && !(form->flags & TF_ALLCAPS) && !cd_tok_in(doc, i + 1, LX_ENT_ORG_SUFFIXES)) return 0;
    if (k >= doc->n_toks || (doc->toks[k].flags & TF_NEWLINE_BEFORE) || !(doc->toks[k].flags & TF_SPACE_BEFORE))
        return 0;
    size_t after = bracketed_word_after(doc, k);
    return after && !spaced_dash(doc, after);
}

/* Token i ends its line and the next line starts in the same paragraph: is that line break the
 * end of a segment? */
static int line_break_ends(const cd_doc *doc, size_t i, para_state *ps)
{
    if (i + 1 >= doc->n_toks || !(doc->toks[i + 1].flags & TF_NEWLINE_BEFORE)) return 0;
    if (doc->toks[i + 1].flags & TF_PARA_BEFORE) return 1;
    if (bullet_len(doc, i + 1) && !dash_wrapped(doc, i, ps)) return 1;
    const cd_token *t = &doc->toks[i], *next = &doc->toks[i + 1];
    if (t->type == TOK_PUNCT && (t->cp == ',' || t->cp == ';' || t->cp == ':' || cd_is_hyphen_or_dash(t->cp) ||
                                 t->cp == '(' || t->cp == '&'))
        return 0;
    if (next->type == TOK_WORD && !(next->flags & (TF_CAP | TF_ALLCAPS))) return 0; /* wrapped mid-sentence */
    int ends = open_ended(doc, i);
    if (ends == ENDS_OPEN || (ends == ENDS_TIME && figure_or_date(doc, i + 1)) || date_across(doc, i) ||
        name_across(doc, i, ps) || clause_runs_on(doc, i, ps) || bracket_across(doc, i, ps) ||
        inside_brackets(doc, i, ps) || past_before_figure(doc, i) || legal_form_across(doc, i, ps))
        return 0;
    return !word_wrapped_after(doc, i, ps);
}

/* A line cut off after a comma ("At the same meeting,") is a sentence broken off, never a headline.
 * A line cut off after a dash stays one: in debate transcripts it is an interrupted speaker ("Senator
 * --"), and of CLEF 2020's 166 such lines none is check-worthy. */
static int is_cut_off(const cd_token *t)
{
    return t->type == TOK_PUNCT && t->cp == ',';
}

static void add_sentence(cd_doc *doc, size_t first, size_t last)
{
    cd_sentence *s = CD_PUSH(doc, sents);
    cd_sent_info *si = CD_PUSH(doc, sinfo);
    if (!s || !si) return;
    s->span = cd_tokspan(doc, first, last);
    size_t k = last;
    while (k > first && is_closer(&doc->toks[k])) k--;
    s->headline = !is_terminal(&doc->toks[k]) && !is_cut_off(&doc->toks[k]);
    si->tok_first = first;
    si->tok_count = last - first + 1;
}

/* The first token from i on that may end a sentence or a line: terminal punctuation, the last
 * token, or one before a line break, read from the tokenizer's list (cd_doc.breaks, which holds
 * every punctuation token too; *b is where the reading goes on). The words and numbers skipped
 * are inside a line, so none of them starts a line or a paragraph either (a paragraph break is a
 * line break too: TF_PARA_BEFORE comes with TF_NEWLINE_BEFORE). */
static size_t next_candidate(const cd_doc *doc, size_t i, size_t *b)
{
    size_t last = doc->n_toks - 1;
    while (*b < doc->n_breaks && doc->breaks[*b] < i) ++*b;
    for (; *b < doc->n_breaks && doc->breaks[*b] < last; ++*b) {
        /* most listed tokens are punctuation inside a line (commas, quotes, brackets): no sentence
         * ends there (not . ! ? ...) and no line either, and the token after starts no line (nor a
         * paragraph: TF_PARA_BEFORE comes with TF_NEWLINE_BEFORE), so cd_split_sentences would do
         * nothing at either: go on to the next */
        size_t k = doc->breaks[*b];
        if (is_terminal(&doc->toks[k]) || (doc->toks[k + 1].flags & TF_NEWLINE_BEFORE)) return k;
    }
    return last;
}

void cd_split_sentences(cd_doc *doc)
{
    size_t first = 0, b = 0;
    para_state ps = {0, 0, 0, 0, 0};
    for (size_t i = 0; i < doc->n_toks; i++) {
        if (starts_paragraph(doc, i)) {
            ps.first = i;
            ps.bfirst = b;
            ps.width = WIDTH_UNKNOWN;
        }
        if (i == 0 || (doc->toks[i].flags & TF_NEWLINE_BEFORE)) ps.line_first = i;
        i = next_candidate(doc, i, &b);
        size_t last = i;
        if (ends_sentence(doc, i, &last, &ps) || line_break_ends(doc, i, &ps) || i + 1 == doc->n_toks ||
            starts_paragraph(doc, i + 1)) {
            add_sentence(doc, first, last);
            for (size_t k = i + 1; k <= last; k++)
                if (doc->toks[k].flags & TF_NEWLINE_BEFORE) ps.line_first = k;
            i = last;
            first = last + 1;
        }
    }
    if (first < doc->n_toks) add_sentence(doc, first, doc->n_toks - 1);
}
