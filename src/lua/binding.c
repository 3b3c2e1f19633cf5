/*
 * The Lua binding: the only code that touches the Lua API. Compiled once per ABI (Lua 5.4, and
 * LuaJIT for Neovim) from this one source, and never linked to liblua.
 *
 * Every native handle lives in a userdata with a __gc, created before any call that can raise a
 * Lua error, so that a memory error while building the result table leaks nothing.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "compat.h"
#include "copydesk.h"
#include "sink_keys.h"

#define FACTS_MT "copydesk.facts"
#define DOC_MT "copydesk.docbox"
#define BUF_MT "copydesk.buffer"
#define MAX_FACTS 64

/* ---- boxes ----------------------------------------------------------------------------------- */

typedef struct docbox {
    cd_doc *doc;
} docbox;

static int docbox_gc(lua_State *L)
{
    docbox *b = luaL_checkudata(L, 1, DOC_MT);
    cd_doc_free(b->doc);
    b->doc = NULL;
    return 0;
}

static docbox *new_docbox(lua_State *L)
{
    docbox *b = lua_newuserdata(L, sizeof *b);
    b->doc = NULL;
    luaL_getmetatable(L, DOC_MT);
    lua_setmetatable(L, -2);
    return b;
}

static int buf_gc(lua_State *L)
{
    char **hold = luaL_checkudata(L, 1, BUF_MT);
    free(*hold);
    *hold = NULL;
    return 0;
}

typedef struct factsbox {
    cd_facts *facts;
} factsbox;

static int facts_gc(lua_State *L)
{
    factsbox *b = luaL_checkudata(L, 1, FACTS_MT);
    cd_facts_free(b->facts);
    b->facts = NULL;
    return 0;
}

static int facts_count(lua_State *L)
{
    factsbox *b = luaL_checkudata(L, 1, FACTS_MT);
    lua_pushinteger(L, (lua_Integer)cd_facts_count(b->facts));
    return 1;
}

static int facts_tostring(lua_State *L)
{
    factsbox *b = luaL_checkudata(L, 1, FACTS_MT);
    lua_pushfstring(L, "copydesk.facts (%d facts)", (int)cd_facts_count(b->facts));
    return 1;
}

static int push_facts(lua_State *L, cd_status (*load)(lua_State *, cd_facts **, char *, size_t))
{
    char err[512] = "";
    factsbox *b = lua_newuserdata(L, sizeof *b);
    b->facts = NULL;
    luaL_getmetatable(L, FACTS_MT);
    lua_setmetatable(L, -2);
    if (load(L, &b->facts, err, sizeof err) != CD_OK) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    return 1;
}

static cd_status load_path(lua_State *L, cd_facts **out, char *err, size_t n)
{
    return cd_facts_load_file(lua_tostring(L, 1), out, err, n);
}

static cd_status load_string(lua_State *L, cd_facts **out, char *err, size_t n)
{
    size_t len;
    const char *xml = lua_tolstring(L, 1, &len);
    return cd_facts_load_memory(xml, len, luaL_optstring(L, 2, "fact sheet"), out, err, n);
}

/* load_facts(path) -> facts | nil, message */
static int l_load_facts(lua_State *L)
{
    luaL_checkstring(L, 1);
    return push_facts(L, load_path);
}

/* parse_facts(xml [, name]) -> facts | nil, message */
static int l_parse_facts(lua_State *L)
{
    luaL_checkstring(L, 1);
    luaL_optstring(L, 2, NULL);
    return push_facts(L, load_string);
}

/* ---- options --------------------------------------------------------------------------------- */

typedef struct lopts {
    cd_options o;
    const cd_facts *facts[MAX_FACTS];
} lopts;

static const char *opt_string(lua_State *L, int t, const char *key)
{
    lua_getfield(L, t, key);
    const char *s = NULL;
    if (!lua_isnil(L, -1)) {
        if (lua_type(L, -1) != LUA_TSTRING)
            luaL_error(L, "option '%s': string expected, got %s", key, luaL_typename(L, -1));
        s = lua_tostring(L, -1); /* stays alive: the options table holds it */
    }
    lua_pop(L, 1);
    return s;
}

static void add_fact(lua_State *L, lopts *o, int idx)
{
    factsbox *b = luaL_testudata(L, idx, FACTS_MT);
    if (!b) luaL_error(L, "option 'facts': fact sheet expected (from copydesk.load_facts), got %s", luaL_typename(L, idx));
    if (o->o.nfacts == MAX_FACTS) luaL_error(L, "option 'facts': more than %d fact sheets", MAX_FACTS);
    if (b->facts) o->facts[o->o.nfacts++] = b->facts;
}

static void read_facts(lua_State *L, int t, lopts *o)
{
    lua_getfield(L, t, "facts");
    int v = lua_gettop(L);
    if (lua_type(L, v) == LUA_TTABLE) {
        for (int i = 1;; i++) {
            lua_rawgeti(L, v, i);
            if (lua_isnil(L, -1)) {
                lua_pop(L, 1);
                break;
            }
            add_fact(L, o, lua_gettop(L));
            lua_pop(L, 1);
        }
    } else if (!lua_isnil(L, v)) {
        add_fact(L, o, v);
    }
    lua_pop(L, 1);
}

/* Reads the options table at index t (nil for none) into o. */
static void read_opts(lua_State *L, int t, lopts *o)
{
    memset(o, 0, sizeof *o);
    o->o.facts = o->facts;
    if (lua_isnoneornil(L, t)) return;
    luaL_checktype(L, t, LUA_TTABLE);
    o->o.date = opt_string(L, t, "date");
    o->o.filename = opt_string(L, t, "filename");
    const char *input = opt_string(L, t, "input");
    if (input) {
        int in = cd_input_parse(input);
        if (in < 0) luaL_error(L, "option 'input': expected auto, text, markdown, html or xml, got '%s'", input);
        o->o.input = (cd_input)in;
    }
    const char *attribution = opt_string(L, t, "attribution");
    if (attribution) {
        int a = cd_attribution_parse(attribution);
        if (a < 0) luaL_error(L, "option 'attribution': expected context or paragraph, got '%s'", attribution);
        o->o.attribution = (cd_attribution)a;
    }
    const char *language = opt_string(L, t, "language");
    if (language) {
        int l = cd_language_parse(language);
        if (l < 0) luaL_error(L, "option 'language': expected auto, english or other, got '%s'", language);
        o->o.language = (cd_language)l;
    }
    read_facts(L, t, o);
}

/* Analyzes argument i (the text, or with from_file a file's path) with the options at i + 1 into a
 * box left on the stack. NULL: the file could not be read, and err says why ("PATH: why"). */
static cd_doc *analyze_arg(lua_State *L, int i, int from_file, char *err, size_t errlen)
{
    size_t len;
    const char *arg = luaL_checklstring(L, i, &len);
    if (from_file && strlen(arg) != len) luaL_argerror(L, i, "a path with a NUL byte");
    lopts o;
    read_opts(L, i + 1, &o);
    o.o.borrow = 1; /* the string stays at index i while the document is read: no copy needed */
    docbox *b = new_docbox(L);
    cd_status st = from_file ? cd_analyze_file(arg, &o.o, &b->doc, err, errlen)
                             : cd_analyze(arg, len, &o.o, &b->doc, err, errlen);
    if (st == CD_OK) return b->doc;
    if (from_file && (st == CD_ERR_IO || st == CD_ERR_TOO_LARGE)) return NULL;
    luaL_error(L, "copydesk: %s", err);
    return NULL;
}

/* nil and the message, as io.open gives them, for a file that could not be read. */
static int unreadable(lua_State *L, const char *err)
{
    lua_pushnil(L);
    lua_pushstring(L, err);
    return 2;
}

/* ---- the Lua sink: the record as plain tables ------------------------------------------------- */

#define MAX_DEPTH 16

/* An object's table is made when it opens, with room for as many keys as the last object closed
 * at its depth had (the items of a list come in runs of one shape: a table made empty was resized
 * as its keys arrived, at 1, 2, 4 and 8 keys, which cost more than the whole analysis), and each
 * pair goes into it as it comes. An array's items go into its table as they come too (their count
 * is not known up front; an array grows by doubling, few times per item). */
typedef struct lsink {
    lua_State *L;
    int depth;
    int is_object[MAX_DEPTH];
    int table[MAX_DEPTH];         /* an object's: its table's stack index */
    int pairs[MAX_DEPTH];         /* an object's: its keys so far */
    int guess[MAX_DEPTH];         /* the keys of the last object closed at this depth */
    lua_Integer index[MAX_DEPTH]; /* an array's: its items so far */
    int keys;                     /* the stack index of the key strings' table, by slot (ls_key) */
    cd_key_cache cached;          /* which key each of those strings is */
} lsink;

/* Stores the value on top of the stack: into the open object's table under the key below it, or
 * into the open array's (below it) as its next item. */
static int store(lsink *s)
{
    if (s->depth == 0) return 0;
    if (s->is_object[s->depth]) lua_rawset(s->L, s->table[s->depth]);
    else lua_rawseti(s->L, -2, (int)++s->index[s->depth]);
    return 0;
}

static int ls_open_object(void *ud)
{
    lsink *s = ud;
    /* room for its table, a key (and its copy, ls_key) and a value: pairs no longer pile up */
    if (s->depth + 1 >= MAX_DEPTH || !lua_checkstack(s->L, 4)) return -1;
    s->depth++;
    s->is_object[s->depth] = 1;
    s->pairs[s->depth] = 0;
    lua_createtable(s->L, 0, s->guess[s->depth]);
    s->table[s->depth] = lua_gettop(s->L);
    return 0;
}

/* The object's table, on top of the stack, goes where its value belongs. */
static int ls_close_object(void *ud)
{
    lsink *s = ud;
    s->guess[s->depth] = s->pairs[s->depth];
    s->depth--;
    return store(s);
}

static int ls_open_array(void *ud)
{
    lsink *s = ud;
    if (s->depth + 1 >= MAX_DEPTH || !lua_checkstack(s->L, 4)) return -1;
    lua_newtable(s->L);
    s->depth++;
    s->is_object[s->depth] = 0;
    s->index[s->depth] = 0;
    return 0;
}

static int ls_close_array(void *ud)
{
    lsink *s = ud;
    s->depth--;
    return store(s);
}

/* A key's string, pushed once and then copied from the table of keys by its slot (sink_keys.h),
 * where lua_pushstring measured and hashed it each time. */
static int ls_key(void *ud, const char *key)
{
    lsink *s = ud;
    lua_State *L = s->L;
    s->pairs[s->depth]++;
    size_t k;
    if (cd_key_cached(&s->cached, key, &k)) {
        lua_rawgeti(L, s->keys, (int)k + 1);
        return 0;
    }
    lua_pushstring(L, key);
    lua_pushvalue(L, -1);
    lua_rawseti(L, s->keys, (int)k + 1);
    s->cached.key[k] = key;
    return 0;
}

static int ls_string(void *ud, const char *str, size_t len)
{
    lua_pushlstring(((lsink *)ud)->L, str, len);
    return store(ud);
}

static int ls_number(void *ud, double v)
{
    lsink *s = ud;
    if (v > -9e15 && v < 9e15 && v == (double)(lua_Integer)v) lua_pushinteger(s->L, (lua_Integer)v);
    else lua_pushnumber(s->L, v);
    return store(s);
}

static int ls_integer(void *ud, long long v)
{
    lua_pushinteger(((lsink *)ud)->L, (lua_Integer)v);
    return store(ud);
}

static int ls_boolean(void *ud, int b)
{
    lua_pushboolean(((lsink *)ud)->L, b);
    return store(ud);
}

static const cd_sink lua_sink = {ls_open_object, ls_close_object, ls_open_array, ls_close_array, ls_key,
                                 ls_string,      ls_number,       ls_integer,    ls_boolean};

/* The document's record as plain tables, and frees the document now rather than at the next
 * collection. */
static int push_record(lua_State *L, cd_doc *doc)
{
    int box = lua_gettop(L);
    lsink s;
    memset(&s, 0, sizeof s);
    s.L = L;
    lua_createtable(L, CD_KEY_SLOTS, 0);
    s.keys = lua_gettop(L);
    if (cd_doc_emit(doc, &lua_sink, &s) != 0) luaL_error(L, "copydesk: the record is nested too deeply");
    lua_pushnil(L);
    lua_setmetatable(L, box);
    cd_doc_free(doc);
    ((docbox *)lua_touserdata(L, box))->doc = NULL;
    return 1;
}

/* analyze(text [, opts]) -> document table */
static int l_analyze(lua_State *L)
{
    char err[512] = "";
    return push_record(L, analyze_arg(L, 1, 0, err, sizeof err));
}

/* analyze_file(path [, opts]) -> document table | nil, message */
static int l_analyze_file(lua_State *L)
{
    char err[512] = "";
    cd_doc *doc = analyze_arg(L, 1, 1, err, sizeof err);
    return doc ? push_record(L, doc) : unreadable(L, err);
}

/* The count of the document's findings of error severity. */
static lua_Integer error_count(const cd_doc *doc)
{
    size_t nf, errors = 0;
    const cd_finding *f = cd_doc_findings(doc, &nf);
    for (size_t i = 0; i < nf; i++) errors += f[i].severity == CD_SEV_ERROR;
    return (lua_Integer)errors;
}

/* The document as a JSON string (its "source" key when source is not NULL), and its count of error
 * findings. */
static int push_json(lua_State *L, cd_doc *doc, const char *source)
{
    char **hold = lua_newuserdata(L, sizeof *hold); /* frees the JSON if pushing it raises */
    *hold = NULL;
    luaL_getmetatable(L, BUF_MT);
    lua_setmetatable(L, -2);
    size_t len = 0;
    if (cd_doc_to_json(doc, source, hold, &len) != CD_OK) luaL_error(L, "copydesk: out of memory");
    lua_pushlstring(L, *hold, len);
    free(*hold);
    *hold = NULL;
    lua_pushinteger(L, error_count(doc));
    return 2;
}

/* json(text [, opts [, source]]) -> JSON string, count of error findings */
static int l_json(lua_State *L)
{
    const char *source = luaL_optstring(L, 3, NULL);
    char err[512] = "";
    return push_json(L, analyze_arg(L, 1, 0, err, sizeof err), source);
}

/* json_file(path [, opts [, source]]) -> JSON string, count of error findings | nil, message */
static int l_json_file(lua_State *L)
{
    const char *source = luaL_optstring(L, 3, NULL);
    char err[512] = "";
    cd_doc *doc = analyze_arg(L, 1, 1, err, sizeof err);
    return doc ? push_json(L, doc, source) : unreadable(L, err);
}

/* A mark's field as a C string: a Lua string (kept alive by the marks table), or "" when absent. */
static const char *mark_field(lua_State *L, const char *key)
{
    lua_getfield(L, -1, key); /* returns nothing in Lua 5.1 / LuaJIT, hence lua_type */
    int t = lua_type(L, -1);
    if (t != LUA_TSTRING && t != LUA_TNIL) luaL_error(L, "copydesk: a mark's %s must be a string", key);
    const char *s = t == LUA_TNIL ? "" : lua_tostring(L, -1);
    lua_pop(L, 1);
    return s;
}

/* The marks table at index i (claim number from 1 -> {note, who, when}) as cd_doc_write_json_marked
 * takes them, for a record of n claims: held in a userdata pushed on the stack; NULL when i is
 * absent or nil. */
static const cd_json_mark *const *check_marks(lua_State *L, int i, size_t n)
{
    if (lua_isnoneornil(L, i)) return NULL;
    luaL_checktype(L, i, LUA_TTABLE);
    const cd_json_mark **ptr = lua_newuserdata(L, n * (sizeof *ptr + sizeof(cd_json_mark)) + 1);
    cd_json_mark *marks = (cd_json_mark *)(void *)(ptr + n);
    for (size_t k = 0; k < n; k++) {
        ptr[k] = NULL;
        lua_rawgeti(L, i, (int)k + 1);
        int t = lua_type(L, -1);
        if (t == LUA_TTABLE) {
            marks[k] = (cd_json_mark){mark_field(L, "note"), mark_field(L, "who"), mark_field(L, "when")};
            ptr[k] = &marks[k];
        } else if (t != LUA_TNIL) {
            luaL_error(L, "copydesk: the mark of claim %d is not a table", (int)k + 1);
        }
        lua_pop(L, 1);
    }
    return ptr;
}

/* Analyzes argument 2 (a text, or with from_file a path; options at 3) and writes its JSON to the
 * io file at 1 (source at 4; verified marks of claims at 5, see check_marks): the count of error
 * findings; nil and a message for a file that cannot be read; nil, a message and errno, as
 * file:write gives them, when the write fails. */
static int write_json(lua_State *L, int from_file)
{
    FILE *f = cd_checkfile(L, 1);
    const char *source = luaL_optstring(L, 4, NULL);
    luaL_checkstring(L, 2); /* before settop: a missing text is "no value", as it always was */
    if (!lua_isnoneornil(L, 5)) luaL_checktype(L, 5, LUA_TTABLE);
    lua_settop(L, 5); /* the document's box goes above the arguments, not at 5 */
    char err[512] = "";
    cd_doc *doc = analyze_arg(L, 2, from_file, err, sizeof err);
    if (!doc) return unreadable(L, err);
    int box = lua_gettop(L);
    size_t n = 0;
    cd_doc_claims(doc, &n);
    const cd_json_mark *const *marks = check_marks(L, 5, n);
    lua_Integer errors = error_count(doc);
    cd_status st = cd_doc_write_json_marked(doc, f, source, marks, marks ? n : 0, err, sizeof err);
    int error = errno;
    cd_doc_free(doc); /* now rather than at the next collection: a story's record can be large */
    ((docbox *)lua_touserdata(L, box))->doc = NULL;
    if (st == CD_ERR_IO) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        lua_pushinteger(L, error);
        return 3;
    }
    if (st != CD_OK) luaL_error(L, "copydesk: %s", err);
    lua_pushinteger(L, errors);
    return 1;
}

/* write_json(file, text [, opts [, source [, marks]]]) -> count of error findings | nil, message, errno */
static int l_write_json(lua_State *L)
{
    return write_json(L, 0);
}

/* write_json_file(file, path [, opts [, source [, marks]]]) -> count of error findings | nil, message (the
 * file cannot be read) | nil, message, errno (the write failed) */
static int l_write_json_file(lua_State *L)
{
    return write_json(L, 1);
}

static void set_int(lua_State *L, const char *key, size_t v)
{
    lua_pushinteger(L, (lua_Integer)v);
    lua_setfield(L, -2, key);
}

/* The offset map as a list of {tstart, tstop, start, stop}: 1-based inclusive positions, so that
 * text:sub(tstart, tstop) came from source:sub(start, stop) (stop = start - 1: an inserted break).
 * Runs without text (the placeholder of an empty extraction) are left out. */
static void push_map(lua_State *L, cd_doc *doc, size_t text_len)
{
    size_t n = cd_doc_segments(doc, 0, NULL), out = 0;
    lua_createtable(L, n < 1 ? 1 : (int)(n < 0x7fffffff ? n : 0x7fffffff), 0);
    cd_segment s = {0, text_len, 0, text_len}; /* plain text: one run, the identity */
    for (size_t i = 0; i < (n ? n : (text_len ? 1 : 0)); i++) {
        if (n) cd_doc_segments(doc, i, &s);
        if (s.text_len == 0) continue;
        lua_createtable(L, 0, 4);
        set_int(L, "tstart", s.text + 1);
        set_int(L, "tstop", s.text + s.text_len);
        set_int(L, "start", s.src + 1);
        set_int(L, "stop", s.src + s.src_len);
        lua_rawseti(L, -2, (int)++out);
    }
}

/* text(source [, opts]) -> analyzed text, input kind, story date, offset map */
static int l_text(lua_State *L)
{
    char err[512] = "";
    cd_doc *doc = analyze_arg(L, 1, 0, err, sizeof err);
    size_t len;
    const char *t = cd_doc_text(doc, &len);
    lua_pushlstring(L, t, len);
    lua_pushstring(L, cd_input_name(cd_doc_input(doc)));
    const char *date = cd_doc_date(doc);
    if (date) lua_pushstring(L, date);
    else lua_pushnil(L);
    luaL_checkstack(L, 4, "copydesk: offset map");
    push_map(L, doc, len);
    return 4;
}

static void set_str(lua_State *L, const char *key, const char *v)
{
    lua_pushstring(L, v);
    lua_setfield(L, -2, key);
}

/* rules() -> the catalogue of finding rules: a list of {name, severity, summary} */
static int l_rules(lua_State *L)
{
    size_t n;
    const cd_rule_info *r = cd_rules(&n);
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        lua_createtable(L, 0, 3);
        set_str(L, "name", r[i].name);
        set_str(L, "severity", cd_severity_name(r[i].severity));
        set_str(L, "summary", r[i].summary);
        lua_rawseti(L, -2, (int)i + 1);
    }
    return 1;
}

static int l_abi(lua_State *L)
{
#if defined(LUAJIT_VERSION)
    lua_pushstring(L, LUAJIT_VERSION);
#else
    lua_pushstring(L, LUA_VERSION);
#endif
    return 1;
}

static const luaL_Reg functions[] = {
    {"analyze", l_analyze},       {"analyze_file", l_analyze_file}, {"json", l_json},
    {"json_file", l_json_file},   {"write_json", l_write_json}, {"write_json_file", l_write_json_file},
    {"text", l_text},
    {"load_facts", l_load_facts}, {"parse_facts", l_parse_facts}, {"abi", l_abi},
    {"rules", l_rules},           {NULL, NULL}};

static const luaL_Reg facts_methods[] = {{"count", facts_count}, {NULL, NULL}};

int luaopen_copydesk_core(lua_State *L);

int luaopen_copydesk_core(lua_State *L)
{
    cd_checkversion(L);
    luaL_newmetatable(L, DOC_MT);
    lua_pushcfunction(L, docbox_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    luaL_newmetatable(L, BUF_MT);
    lua_pushcfunction(L, buf_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    luaL_newmetatable(L, FACTS_MT);
    lua_pushcfunction(L, facts_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, facts_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_newtable(L);
    cd_setfuncs(L, facts_methods);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    lua_newtable(L);
    cd_setfuncs(L, functions);
    lua_pushstring(L, cd_version());
    lua_setfield(L, -2, "version");
    return 1;
}
