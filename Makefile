# dtree: the two set-up commands are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/debug/dtree
TREE := Trees/back-numbness.yaml

.PHONY: demo test build deps clean

deps:
	@./scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

## demo: install what is missing, build, and validate the shipped tree.
demo: build
	$(BIN) validate Trees/

## test: every test: the Swift suite, then the shipped trees through the CLI.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(BIN) validate Trees/

clean:
	rm -rf .build
