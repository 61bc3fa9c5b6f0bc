# Lucid build. `make` builds liblucid and the lucid executable into build/;
# `make test` runs every test; `make asan` builds with ASan+UBSan into
# build-asan/ and runs the same tests; `make fuzz` builds and runs the
# libFuzzer target over the image loader (clang).

CC ?= cc
BUILD ?= build
OPT ?= -O2
SAN ?=
CFLAGS_BASE = -std=gnu11 $(OPT) -g -Wall -Wextra -Werror -Wno-unused-parameter \
              -Iinclude -Isrc -MMD -MP $(SAN)
CFLAGS += $(CFLAGS_BASE)
LDFLAGS += $(SAN)
LDLIBS = -lm -lffi -ldl

LIB_SRCS := $(wildcard src/image/*.c src/loader/*.c src/vm/*.c src/gc/*.c src/icall/*.c src/jit/*.c src/diag/*.c)
LIB_OBJS := $(LIB_SRCS:%.c=$(BUILD)/%.o)
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/unit/%)

FUZZ_SECONDS ?= 60
FUZZ_BUILD = build-fuzz

.PHONY: all test unit asan fuzz fuzz-build sample bench conformance clean
all: $(BUILD)/lucid $(UNIT_BINS)

$(BUILD)/liblucid.a: $(LIB_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/lucid: $(BUILD)/src/lucid.o $(BUILD)/liblucid.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/unit/%: $(BUILD)/tests/unit/%.o $(BUILD)/liblucid.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

test: all
	python3 tests/run --build $(BUILD)

asan:
	$(MAKE) BUILD=build-asan OPT=-O1 SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" all
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 python3 tests/run --build build-asan

fuzz-build:
	$(MAKE) CC=clang BUILD=$(FUZZ_BUILD) OPT=-O1 SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all" $(FUZZ_BUILD)/liblucid.a
	clang -std=gnu11 -O1 -g -Iinclude -Isrc -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    -o $(FUZZ_BUILD)/fuzz_image fuzz/fuzz_image.c $(FUZZ_BUILD)/liblucid.a -lm

# Seeds: the checked-in hostile files and small real assemblies.
fuzz: fuzz-build
	sh fuzz/run.sh $(FUZZ_BUILD)/fuzz_image $(FUZZ_SECONDS)

# The README's first command ends here: compile the C# hello world with
# mcs and run it on Lucid against Mono's class libraries.
sample: $(BUILD)/lucid
	mcs -out:$(BUILD)/hello.exe samples/hello.cs
	$(BUILD)/lucid $(BUILD)/hello.exe

# Measurements, not tests (neither is part of `make test`). `make bench`
# times bench/programs on Lucid, mono and mono --interpreter (BENCH_RUNS,
# BENCH_ONLY, BENCH_DEEP=1, ...: see bench/run.py); `make conformance` runs
# the programs of shared/conformance/dev-tests.tsv and mono/mini's
# regression suites on Lucid and mono (CONFORMANCE_ARGS: see
# conformance/run.py).
bench: $(BUILD)/lucid
	python3 bench/run.py --lucid $(BUILD)/lucid

conformance: $(BUILD)/lucid
	python3 conformance/run.py --lucid $(BUILD)/lucid $(CONFORMANCE_ARGS)

clean:
	rm -rf build build-asan build-fuzz

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
