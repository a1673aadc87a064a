# dtree: the two set-up commands are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/debug/dtree
TREE := Trees/back-numbness.yaml
OUT := out

.PHONY: demo test build deps test-deps asan valgrind bench fuzz clean pre-commit-try format lint install uninstall man

deps:
	@./scripts/ensure-deps.sh

## test-deps: the Debian packages the tests use (Chromium, Neovim, valgrind, ...), when missing.
test-deps:
	@./scripts/ensure-test-deps.sh

build: deps
	$(SWIFT) build

## demo: install what is missing, build, then the main job on the shipped tree: validate it (its
## cites against ../shared/seed when that folder is there),
## render it (and one patient's path) to SVG, and walk that path.
demo: build
	@if [ -d ../shared/seed ]; then \
	  echo "$(BIN) validate --sources ../shared/seed Trees/"; \
	  $(BIN) validate --sources ../shared/seed Trees/; \
	else \
	  echo "$(BIN) validate Trees/"; \
	  $(BIN) validate Trees/; \
	fi
	@mkdir -p $(OUT)
	$(BIN) render $(TREE) -o $(OUT)/back-numbness.svg
	$(BIN) render $(TREE) -o $(OUT)/back-numbness-path.svg \
	  --answer red_flags=none --answer injury=no --answer doctor_signs=1 --answer therapist_finding=ovaries
	$(BIN) review $(TREE) -o $(OUT)/back-numbness.html
	@echo "wrote $(OUT)/back-numbness.svg, $(OUT)/back-numbness-path.svg and $(OUT)/back-numbness.html"
	printf 'none\nno\n1\novaries\n' | $(BIN) run $(TREE)

## test: every test (Tests/README.md lists each kind, where it lives and what it needs): the
## Swift suite, the terminal test (Tests/tty), the instruction-count guard (Tests/perf-guard),
## the FHIR round trip (Tests/fhir), the review page in Chromium (Tests/browser), the shipped
## trees through the CLI (their cites checked against ../shared/seed when that folder exists),
## the ecosystem tests (Tests/ecosystem: SARIF, JSON Schemas), then the language server in
## pytest-lsp and in Neovim (Tests/lsp). test-deps installs every tool these use first; a test
## whose tool is missing fails rather than skips.
test: deps test-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test
	./Tests/tty/tty-test.sh $(BIN)
	./Tests/perf-guard/perf-guard.sh $(BIN)
	./Tests/fhir/run.sh $(BIN)
	./Tests/browser/browser-test.sh $(BIN)
	$(BIN) validate Trees/
	$(BIN) test --min-coverage 100 Trees/
	$(BIN) test --mutants --min-score 100 Trees/
	@if [ -d ../shared/seed ]; then \
	  echo "$(BIN) validate --strict --sources ../shared/seed Trees/"; \
	  $(BIN) validate --strict --sources ../shared/seed Trees/; \
	fi
	DTREE=$(BIN) ./Tests/ecosystem/run.sh
	DTREE=$(BIN) ./Tests/lsp/run.sh
	./Tests/lsp/nvim-lsp-test.sh $(BIN)
	./Tests/install/install-test.sh

## format: apply the swift-format configuration (.swift-format) to every Swift file in git.
SWIFT_FILES = $$(git ls-files '*.swift')
format:
	$(SWIFT) format format --in-place --parallel $(SWIFT_FILES)

## lint: fail when a Swift file is not as `make format` leaves it (part of make test).
lint:
	$(SWIFT) format lint --strict --parallel $(SWIFT_FILES)

## install: a release build with the Swift runtime linked in statically, stripped, into
## $(DESTDIR)$(PREFIX)/bin; a man page for dtree and each subcommand (swift-argument-parser's
## generate-manual plugin) into share/man/man1; bash, zsh and fish completions where each shell
## looks. At run time the binary needs only libyaml's, libcrypto's and Graphviz's libraries
## (libyaml-0-2, libssl3, libgvc6; the last two opened on first use). uninstall removes
## exactly what install wrote.
PREFIX ?= /usr/local
INSTALL_BUILD := .build-install
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

man: build
	@rm -rf .build/man && mkdir -p .build/man
	$(SWIFT) package --allow-writing-to-directory .build/man generate-manual \
	  --configuration debug --multi-page --output-directory .build/man --authors "the dtree authors"

install: deps man
	$(SWIFT) build -c release --static-swift-stdlib --product dtree --scratch-path $(INSTALL_BUILD)
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 -s $(INSTALL_BUILD)/release/dtree $(BINDIR)/dtree
	install -m 644 .build/man/dtree.1 .build/man/dtree.*.1 $(MANDIR)/
	$(INSTALL_BUILD)/release/dtree --generate-completion-script bash > $(BASHDIR)/dtree
	$(INSTALL_BUILD)/release/dtree --generate-completion-script zsh > $(ZSHDIR)/_dtree
	$(INSTALL_BUILD)/release/dtree --generate-completion-script fish > $(FISHDIR)/dtree.fish

uninstall:
	rm -f $(BINDIR)/dtree $(MANDIR)/dtree.1 $(MANDIR)/dtree.*.1 $(BASHDIR)/dtree $(ZSHDIR)/_dtree $(FISHDIR)/dtree.fish

## asan: the rendering and loading tests under AddressSanitizer (see scripts/asan.sh).
asan: deps
	./scripts/asan.sh

## valgrind: validate, run, test and export under memcheck; fails on a definite leak.
valgrind: deps test-deps
	./scripts/valgrind.sh

## pre-commit-try: the pre-commit hooks through `pre-commit try-repo` in a scratch repository
## (slow: pre-commit builds dtree in release mode first).
pre-commit-try:
	./scripts/try-pre-commit.sh

## fuzz: the libFuzzer targets in FuzzTesting/ (tree, scenario, batch, lsp), FUZZ_SECONDS each
## (default 60), seeded from the repository's fixtures; fails on a crash, leak or timeout.
FUZZ_SECONDS ?= 60
fuzz: deps
	./scripts/fuzz.sh $(FUZZ_SECONDS)

## bench: the benchmarks behind BENCHMARKS.md (slow; needs hyperfine, python3, graphviz).
bench: deps
	Benchmarks/installed/bench-installed.sh
	Benchmarks/startup/bench-startup.sh
	Benchmarks/validate/bench-validate.sh
	Benchmarks/render/bench-render.sh 2000
	Benchmarks/layout/bench-layout.sh
	Benchmarks/run/api-bench.sh
	Benchmarks/mutation/bench-mutation.sh
	Benchmarks/run/cli-vs-zen.sh 20000
	Benchmarks/lsp/bench-lsp.sh 50

clean:
	rm -rf .build $(OUT)
