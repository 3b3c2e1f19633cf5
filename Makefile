# copydesk — build, test, measure. `make help` lists the targets.
#
# BUILD names the build folder, so that several builds (sanitizers, fuzzing, a helper's) can sit
# side by side: `make BUILD=build-asan CFLAGS_EXTRA=-fsanitize=address`.

BUILD    ?= build
CC       ?= cc
PREFIX   ?= /usr/local
DESTDIR  ?=
OPT      ?= -O2
CFLAGS_EXTRA  ?=
LDFLAGS_EXTRA ?=

XML_CFLAGS := $(shell pkg-config --cflags libxml-2.0 2>/dev/null || xml2-config --cflags 2>/dev/null)
XML_LIBS   := $(shell pkg-config --libs libxml-2.0 2>/dev/null || xml2-config --libs 2>/dev/null)
LUA54_INC  ?= $(firstword $(wildcard /usr/include/lua5.4) $(shell pkg-config --variable=includedir lua5.4 2>/dev/null))
LUAJIT_INC ?= $(firstword $(wildcard /usr/include/luajit-2.1) $(shell pkg-config --variable=includedir luajit 2>/dev/null))

WARN   := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS := -std=c11 $(OPT) -g -fPIC -D_POSIX_C_SOURCE=200809L $(WARN) -Iinclude -Isrc -I$(BUILD)/gen $(XML_CFLAGS) $(CFLAGS_EXTRA)
LDLIBS := $(XML_LIBS) -lm

DATA     := $(sort $(wildcard data/*.tsv))
# Word lists asked at a few places only, never of every token: they share one bit of the lexicon
# entry's 64-bit mask (tools/lexgen.c --shared), where each other list has a bit of its own, and a
# test of one of them reads the entry's records (cd_lex_rec reads them anyway). The markup's chrome
# words and the fact sheets' units are looked up whole (cd_lex_lookup, then cd_lex_rec).
# Other languages' function words are asked only where the shared bit is set (src/language.c).
LEX_SHARED := data/num_event_nouns.tsv data/check_units.tsv data/markup_chrome.tsv data/person_nouns.tsv data/lang_other.tsv \
              data/ent_works.tsv data/num_money_country.tsv data/num_misspelt.tsv data/time_nearest.tsv \
              data/quote_words.tsv data/time_data_nouns.tsv data/time_schedule.tsv \
              data/ev_deal_nouns.tsv data/claim_time_units.tsv data/claim_level_words.tsv \
              data/claim_result_words.tsv data/claim_sub_units.tsv data/ev_dismiss_views.tsv \
              data/ev_charge_sums.tsv data/ev_charge_books.tsv data/ev_session_marks.tsv \
              data/ev_close_idioms.tsv data/quote_gender.tsv data/ent_honorifics.tsv \
              data/ev_charge_duties.tsv data/compare_judgements.tsv data/age_words.tsv \
              data/time_runs.tsv data/ev_unreal.tsv data/ev_charge_answers.tsv \
              data/ev_job_nouns.tsv data/ev_object_ends.tsv data/ev_subject_preps.tsv \
              data/ev_object_verbs.tsv data/claim_level_leads.tsv data/time_named_days.tsv \
              data/markup_calls.tsv data/cw_rank_verbs.tsv data/claim_old_levels.tsv \
              data/ev_verb_prefixes.tsv data/ev_told_later.tsv data/ev_copulas.tsv \
              data/ev_market_units.tsv data/time_levels.tsv data/ev_market_nouns.tsv \
              data/ev_object_pronouns.tsv data/ev_object_adverbs.tsv \
              data/ev_adjunct_preps.tsv data/ev_particles.tsv data/ev_owner_pronouns.tsv \
              data/ev_bare_subs.tsv data/quote_org_kinds.tsv data/ev_intent_nouns.tsv \
              data/ev_owner_acts.tsv data/ev_control_verbs.tsv data/ev_ly_nouns.tsv data/ev_time_spans.tsv \
              data/ev_clause_opens.tsv data/ev_span_leads.tsv
CORE_SRC := $(sort $(wildcard src/*.c))
CORE_OBJ := $(CORE_SRC:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/lexicon_data.o $(BUILD)/obj/cw_words_data.o \
            $(BUILD)/obj/time_words_data.o
LIB_A    := $(BUILD)/libcopydesk.a
LIB_SO   := $(BUILD)/libcopydesk.so
MOD54    := $(BUILD)/lua5.4/copydesk/core.so
MODJIT   := $(BUILD)/luajit/copydesk/core.so
C_TESTS  := $(patsubst tests/c/%.c,$(BUILD)/tests/%,$(sort $(wildcard tests/c/test_*.c)))

.PHONY: all lib lua deps demo test test-c test-lua test-nvim test-cli test-install test-corpus-scan sanitize valgrind bench eval fuzz install uninstall clean help
.DEFAULT_GOAL := all

all: lib lua

help:
	@echo "make            build libcopydesk (static, shared) and the Lua modules (5.4, LuaJIT)"
	@echo "make demo       install missing Debian packages, build, check the bundled example story"
	@echo "make test       install missing Debian packages, build, run every test (C, Lua 5.4, LuaJIT, nvim, CLI, corpus scan)"
	@echo "make sanitize   the tests under AddressSanitizer and UndefinedBehaviorSanitizer"
	@echo "make valgrind   the Lua tests under valgrind"
	@echo "make fuzz       libFuzzer targets, FUZZ_SECONDS each"
	@echo "make bench      speed and memory figures, and time per doubling of hostile inputs (never fails on speed)"
	@echo "make eval       accuracy on third-party suites in ../shared/corpora (FORMAT=json)"
	@echo "make install    PREFIX=$(PREFIX) DESTDIR=..."

lib: $(LIB_A) $(LIB_SO)
lua: $(MOD54) $(MODJIT) lua/copydesk/core.so

# ---- generated lexicon --------------------------------------------------------------------------
$(BUILD)/lexgen: tools/lexgen.c src/lexnorm.h
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O1 -Wall -Wextra -Werror -o $@ tools/lexgen.c

# One run of lexgen writes both files: a grouped target (&:), so that make -j never runs it twice at
# once, each run truncating the other's output.
$(BUILD)/gen/lexicon_data.c $(BUILD)/gen/lexclasses.h &: $(BUILD)/lexgen $(DATA)
	@mkdir -p $(BUILD)/gen
	$(BUILD)/lexgen $(BUILD)/gen $(filter-out $(LEX_SHARED),$(DATA)) --shared $(LEX_SHARED)

# What the score (src/score_words.h, tools/cwgen) and the time pass (src/time_words.h,
# tools/timegen) read of each lexicon entry, worked out once from the lexicon by tools built with
# the lexicon's table (no sanitizer or library flags: they run at build time).
CWGEN_FLAGS := -std=c11 -O1 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc -I$(BUILD)/gen
$(BUILD)/cwgen $(BUILD)/timegen: $(BUILD)/%: tools/%.c $(BUILD)/gen/lexicon_data.c include/copydesk.h $(wildcard src/*.h)
	$(CC) $(CWGEN_FLAGS) -Wall -Wextra -Werror -c -o $@.o $<
	$(CC) $(CWGEN_FLAGS) -w -c -o $@-lexicon.o $(BUILD)/gen/lexicon_data.c
	$(CC) -o $@ $@.o $@-lexicon.o -lm

$(BUILD)/gen/cw_words_data.c: $(BUILD)/cwgen
	$(BUILD)/cwgen $@

$(BUILD)/gen/time_words_data.c: $(BUILD)/timegen
	$(BUILD)/timegen $@

# ---- the core -----------------------------------------------------------------------------------
# V=1 shows the compiler's command lines.
V ?= 0
ifeq ($(V),0)
Q := @
SAY = @echo "  $(1) $(2)"
else
Q :=
SAY = @true
endif

$(BUILD)/obj/%.o: src/%.c include/copydesk.h $(wildcard src/*.h) $(BUILD)/gen/lexclasses.h
	@mkdir -p $(dir $@)
	$(call SAY,CC,$<)
	$(Q)$(CC) $(CFLAGS) -c -o $@ $<

# The passes that run fewer instructions at -O3 (gcc 12 inlines their many small token tests, which
# -O2 leaves as calls): the time pass, numbers, the score, the document's chunks and comparisons,
# -1.6% of the whole analysis (callgrind, 2 MB of news). The others stay at -O2, where the tokenizer,
# entities and quotes run fewer. Only with the default OPT: a build that sets its own (the
# sanitizers' -O1) gets it everywhere.
# Tried and dropped: gcc 12 profile-guided optimization (-fprofile-generate, trained with the bench
# driver on bench/gen_corpus.lua, -fprofile-use, with or without -fprofile-partial-training). It is
# 5-12% slower in user time (-funroll-loops/-fpeel-loops that -fprofile-use turns on), and even with
# those off and trained on the very text measured, no faster than this build.
HOT_SRC := time numbers score doc compare
$(HOT_SRC:%=$(BUILD)/obj/%.o): CFLAGS += $(if $(filter -O2,$(OPT)),-O3)

$(BUILD)/obj/lexicon_data.o $(BUILD)/obj/cw_words_data.o $(BUILD)/obj/time_words_data.o: $(BUILD)/obj/%.o: $(BUILD)/gen/%.c include/copydesk.h $(wildcard src/*.h)
	@mkdir -p $(dir $@)
	$(call SAY,CC,$<)
	$(Q)$(CC) $(CFLAGS) -w -c -o $@ $<

$(LIB_A): $(CORE_OBJ)
	$(call SAY,AR,$@)
	$(Q)rm -f $@ && ar rcs $@ $^

$(LIB_SO): $(CORE_OBJ)
	$(call SAY,LD,$@)
	$(Q)$(CC) -shared -o $@ $^ $(LDLIBS) $(LDFLAGS_EXTRA)

# ---- the Lua modules: one binding source, built per ABI, never linked to liblua -----------------
$(BUILD)/lua5.4/copydesk/core.so: src/lua/binding.c src/lua/compat.h src/sink_keys.h $(LIB_A)
	@mkdir -p $(dir $@)
	$(call SAY,LUA5.4,$@)
	$(Q)$(CC) $(CFLAGS) -I$(LUA54_INC) -shared -o $@ $< $(LIB_A) $(LDLIBS) $(LDFLAGS_EXTRA)

$(BUILD)/luajit/copydesk/core.so: src/lua/binding.c src/lua/compat.h src/sink_keys.h $(LIB_A)
	@mkdir -p $(dir $@)
	$(call SAY,LUAJIT,$@)
	$(Q)$(CC) $(CFLAGS) -I$(LUAJIT_INC) -shared -o $@ $< $(LIB_A) $(LDLIBS) $(LDFLAGS_EXTRA)

# Neovim (LuaJIT) finds the module on its runtimepath.
lua/copydesk/core.so: $(MODJIT)
	cp $< $@

# ---- set-up and the main job --------------------------------------------------------------------
deps:
	@sh tools/deps.sh

demo: deps
	@$(MAKE) --no-print-directory all
	lua5.4 bin/copydesk --date 2026-03-02 --facts examples/facts.xml examples/story.txt; test $$? -le 1

# ---- tests --------------------------------------------------------------------------------------
$(BUILD)/tests/%: tests/c/%.c $(wildcard tests/c/*.h) $(LIB_A)
	@mkdir -p $(dir $@)
	$(call SAY,TEST,$@)
	$(Q)$(CC) $(CFLAGS) -Wno-missing-prototypes -o $@ $< $(LIB_A) -lcmocka $(LDLIBS) $(LDFLAGS_EXTRA)

test: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory test-c test-lua test-cli test-nvim test-install test-corpus-scan

test-c: $(C_TESTS)
	@set -e; for t in $(C_TESTS); do CD_FIXTURES=tests/fixtures $$t; done

test-lua: lua
	CD_BUILD=$(BUILD) lua5.4 tests/lua/run.lua
	CD_BUILD=$(BUILD) luajit tests/lua/run.lua

test-cli: lua
	CD_BUILD=$(BUILD) lua5.4 tests/lua/run.lua tests/lua/cli_*.lua

test-nvim: lua
	CD_BUILD=$(BUILD) sh tests/nvim/run.sh

# No run of 8+ words shared with the research-only corpora (../shared/corpora or $$CD_CORPORA; skipped without them).
test-corpus-scan:
	lua5.4 tools/corpus_scan.lua .

INSTALL_CHECK := local c = require("copydesk"); assert(c.available(), c.load_error); assert(\#c.analyze("One. Two.").sentences == 2)
# Installs into a scratch DESTDIR and loads both modules and the command from there alone.
test-install: all
	@set -e; d=$$(mktemp -d); trap 'rm -rf "$$d"' EXIT; \
	$(MAKE) --no-print-directory -s install DESTDIR=$$d PREFIX=/usr >/dev/null; \
	for v in 5.4:lua5.4 5.1:luajit; do abi=$${v%%:*}; lua=$${v##*:}; \
	  (cd / && LUA_PATH="$$d/usr/share/lua/$$abi/?.lua;$$d/usr/share/lua/$$abi/?/init.lua" \
	   LUA_CPATH="$$d/usr/lib/lua/$$abi/?.so" $$lua -e '$(INSTALL_CHECK)'); done; \
	echo "The council voted." | (cd / && LUA_PATH="$$d/usr/share/lua/5.4/?.lua;$$d/usr/share/lua/5.4/?/init.lua" \
	   LUA_CPATH="$$d/usr/lib/lua/5.4/?.so" lua5.4 $$d/usr/bin/copydesk --format json -) | grep -q '"sentences"'; \
	echo "install: 2 passed, 0 failed"

# The C tests and the Lua tests (lua5.4 with leak checking, luajit without: LuaJIT leaves its
# state to the OS at exit) against an ASan+UBSan build of the core and the modules (built by name,
# not with `lua`, which would copy the ASan module over Neovim's lua/copydesk/core.so).
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
sanitize:
	$(MAKE) --no-print-directory BUILD=build-san CC=clang OPT=-O1 CFLAGS_EXTRA="$(SAN_FLAGS)" \
	  LDFLAGS_EXTRA="-fsanitize=address,undefined" build-san/lua5.4/copydesk/core.so \
	  build-san/luajit/copydesk/core.so $(C_TESTS:$(BUILD)/%=build-san/%)
	@set -e; for t in $(C_TESTS:$(BUILD)/%=build-san/%); do CD_HOSTILE_MB=24 CD_FIXTURES=tests/fixtures $$t; done
	LD_PRELOAD=$$(clang -print-file-name=libclang_rt.asan-x86_64.so) CD_BUILD=build-san lua5.4 tests/lua/run.lua
	LD_PRELOAD=$$(clang -print-file-name=libclang_rt.asan-x86_64.so) ASAN_OPTIONS=detect_leaks=0 \
	  CD_BUILD=build-san luajit tests/lua/run.lua

valgrind: lua
	CD_BUILD=$(BUILD) CD_VALGRIND=1 valgrind -q --error-exitcode=1 --leak-check=full \
	  --errors-for-leak-kinds=definite,indirect lua5.4 tests/lua/run.lua

fuzz:
	sh fuzz/run.sh $(FUZZ_SECONDS)

bench: all
	CD_BUILD=$(BUILD) sh bench/run.sh
	CD_BUILD=$(BUILD) sh bench/scaling.sh

eval: all
	CD_BUILD=$(BUILD) lua5.4 eval/run.lua $(FORMAT)

# ---- install ------------------------------------------------------------------------------------
install: all
	install -d $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/bin
	install -m 644 $(LIB_A) $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(LIB_SO) $(DESTDIR)$(PREFIX)/lib/
	install -m 644 include/copydesk.h $(DESTDIR)$(PREFIX)/include/
	for v in 5.1:luajit 5.4:lua5.4; do \
	  abi=$${v%%:*}; dir=$${v##*:}; \
	  install -d $(DESTDIR)$(PREFIX)/lib/lua/$$abi/copydesk $(DESTDIR)$(PREFIX)/share/lua/$$abi/copydesk; \
	  install -m 755 $(BUILD)/$$dir/copydesk/core.so $(DESTDIR)$(PREFIX)/lib/lua/$$abi/copydesk/; \
	  install -m 644 lua/copydesk/*.lua $(DESTDIR)$(PREFIX)/share/lua/$$abi/copydesk/; \
	done
	install -m 755 bin/copydesk $(DESTDIR)$(PREFIX)/bin/copydesk

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/lib/libcopydesk.* $(DESTDIR)$(PREFIX)/include/copydesk.h \
	  $(DESTDIR)$(PREFIX)/lib/lua/5.1/copydesk $(DESTDIR)$(PREFIX)/lib/lua/5.4/copydesk \
	  $(DESTDIR)$(PREFIX)/share/lua/5.1/copydesk $(DESTDIR)$(PREFIX)/share/lua/5.4/copydesk \
	  $(DESTDIR)$(PREFIX)/bin/copydesk

clean:
	rm -rf build build-* lua/copydesk/core.so
