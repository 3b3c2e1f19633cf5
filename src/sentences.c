/* Sentence segmentation over tokens: abbreviations and initials do not end a sentence, closing
 * quotes stay with their sentence, and a line without final punctuation (a headline, a subhead,
 * page chrome) is a segment of its own. */
#include "internal.h"

static int is_terminal(const cd_token *t)
{
    return t->type == TOK_PUNCT && (t->cp == '.' || t->cp == '!' || t->cp == '?' || t->cp == 0x2026);
}

static int is_closer(const cd_token *t)
{
    return t->type == TOK_PUNCT && (t->cp == '"' || t->cp == '\'' || t->cp == 0x201D || t->cp == 0x2019 ||
                                    t->cp == ')' || t->cp == ']' || t->cp == 0xBB);
}

/* A period right after an abbreviation ("Sen.", "Dec.") or an initial ("U.", "J.") does not end
 * the sentence unless the next word cannot continue it. */
static int period_is_abbrev(const cd_doc *doc, size_t i)
{
    if (i == 0 || doc->toks[i].cp != '.') return 0;
    const cd_token *w = &doc->toks[i - 1];
    if (w->type != TOK_WORD || (doc->toks[i].flags & TF_SPACE_BEFORE)) return 0;
    if (w->stop - w->start == 1) return 1; /* initials, U.S., a.m. */
    return cd_lex_has(w->lex, LX_ABBREVIATIONS);
}

static int ends_sentence(const cd_doc *doc, size_t i, size_t *last)
{
    const cd_token *t = &doc->toks[i];
    size_t j = i;
    while (j + 1 < doc->n_toks && is_closer(&doc->toks[j + 1]) && !(doc->toks[j + 1].flags & TF_SPACE_BEFORE)) j++;
    *last = j;
    if (j + 1 >= doc->n_toks) return 1;
    const cd_token *next = &doc->toks[j + 1];
    if (next->flags & TF_PARA_BEFORE) return 1;
    if (!is_terminal(t)) return 0;
    if (!(next->flags & TF_SPACE_BEFORE)) return 0;
    if (period_is_abbrev(doc, i)) {
        /* "... in the U.S. The next ..." ends; "Sen. Smith" does not. */
        const cd_lexrec *r = cd_tok_rec(doc, i - 1, LX_ABBREVIATIONS);
        if ((r && r->num == 1) || doc->toks[i - 1].stop - doc->toks[i - 1].start == 1) {
            if (doc->toks[i - 1].stop - doc->toks[i - 1].start == 1 && i >= 2 &&
                cd_tok_is_punct(doc, i - 2, '.') && (next->flags & TF_CAP) && next->lex &&
                !(next->lex->mask & LXM(LX_ABBREVIATIONS)) && next->type == TOK_WORD &&
                (next->flags & TF_NEWLINE_BEFORE))
                return 1;
            return 0;
        }
        return next->type != TOK_WORD || (next->flags & TF_CAP) ? (next->flags & TF_NEWLINE_BEFORE) != 0 : 0;
    }
    return (next->flags & TF_CAP) || next->type == TOK_NUM || is_closer(next) ||
           (next->type == TOK_PUNCT && cd_is_quote(next->cp)) || (next->flags & TF_NEWLINE_BEFORE);
}

/* A line break ends a segment when the line has no final punctuation: a headline or page chrome. */
static int line_break_ends(const cd_doc *doc, size_t i)
{
    if (i + 1 >= doc->n_toks || !(doc->toks[i + 1].flags & TF_NEWLINE_BEFORE)) return 0;
    const cd_token *t = &doc->toks[i];
    if (t->type == TOK_PUNCT && (t->cp == ',' || t->cp == ';' || t->cp == ':' || t->cp == '-' ||
                                 t->cp == 0x2013 || t->cp == 0x2014 || t->cp == '('))
        return 0;
    return (doc->toks[i + 1].flags & (TF_CAP | TF_ALLCAPS)) != 0 || doc->toks[i + 1].type != TOK_WORD;
}

static void add_sentence(cd_doc *doc, size_t first, size_t last)
{
    cd_sentence *s = CD_PUSH(doc, sents);
    cd_sent_info *si = CD_PUSH(doc, sinfo);
    if (!s || !si) return;
    s->span = cd_tokspan(doc, first, last);
    size_t k = last;
    while (k > first && is_closer(&doc->toks[k])) k--;
    s->headline = !is_terminal(&doc->toks[k]);
    si->tok_first = first;
    si->tok_count = last - first + 1;
}

void cd_split_sentences(cd_doc *doc)
{
    size_t first = 0;
    for (size_t i = 0; i < doc->n_toks; i++) {
        size_t last;
        if (ends_sentence(doc, i, &last) || (last = i, line_break_ends(doc, i))) {
            add_sentence(doc, first, last);
            i = last;
            first = last + 1;
        }
    }
    if (first < doc->n_toks) add_sentence(doc, first, doc->n_toks - 1);
}
