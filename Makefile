# dtree: the two set-up commands are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/debug/dtree
TREE := Trees/back-numbness.yaml
OUT := out

.PHONY: demo test build deps asan valgrind bench fuzz clean

deps:
	@./scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

## demo: install what is missing, build, then the main job on the shipped tree: validate it,
## render it (and one patient's path) to SVG, and walk that path.
demo: build
	$(BIN) validate Trees/
	@mkdir -p $(OUT)
	$(BIN) render $(TREE) -o $(OUT)/back-numbness.svg
	$(BIN) render $(TREE) -o $(OUT)/back-numbness-path.svg \
	  --answer red_flags=none --answer recurring=yes --answer injury=no --answer therapist_finding=ovaries
	@echo "wrote $(OUT)/back-numbness.svg and $(OUT)/back-numbness-path.svg"
	printf 'none\nyes\nno\novaries\n' | $(BIN) run $(TREE)

## test: every test: the Swift suite, the terminal test, then the shipped trees through the CLI.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	./scripts/tty-test.sh $(BIN)
	$(BIN) validate Trees/
	$(BIN) test --min-coverage 100 Trees/

## asan: the rendering tests under AddressSanitizer (see scripts/asan.sh).
asan: deps
	./scripts/asan.sh

## valgrind: validate, run, test and export under memcheck; fails on a definite leak.
valgrind: deps
	./scripts/valgrind.sh

## fuzz: the libFuzzer targets in FuzzTesting/ (tree, scenario, batch), FUZZ_SECONDS each
## (default 60), seeded from the repository's fixtures; fails on a crash, leak or timeout.
FUZZ_SECONDS ?= 60
fuzz: deps
	./scripts/fuzz.sh $(FUZZ_SECONDS)

## bench: the benchmarks behind BENCHMARKS.md (slow; needs hyperfine, python3, graphviz).
bench: deps
	Benchmarks/validate/bench-validate.sh
	Benchmarks/render/bench-render.sh 2000
	Benchmarks/layout/bench-layout.sh
	Benchmarks/run/api-bench.sh
	Benchmarks/run/cli-vs-zen.sh 20000

clean:
	rm -rf .build $(OUT)
