#!/usr/bin/env bash
# Runs the rendering library tests, and the loader's tests that read node bodies through
# unsafe buffer views of libyaml's events (Loading/NodeBodyEvents) and feed it bad input,
# under AddressSanitizer (with LeakSanitizer). Not LargeTreeLayoutTests: ASan's allocator
# ignores glibc's mallopt, which one of them checks.
#
#   scripts/asan.sh            # build into .build-asan and run the render tests
#   scripts/asan.sh FILTER     # another --filter expression
#
# Exit status is the test run's: any ASan report (use-after-free, overflow, a leak not
# suppressed in scripts/asan-suppressions.txt) fails it. Suppressions cover only one-time
# allocations inside fontconfig, pango, cairo, glib and the test runtime; see that file.
set -euo pipefail
cd "$(dirname "$0")/.."
filter="${1:-DOTWriterTests|GraphvizRenderTests|PathHighlightTests|AtomicFileWriterTests|StreamedNodesTests|FastPathTests|BadInputTests}"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:fast_unwind_on_malloc=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/scripts/asan-suppressions.txt:print_suppressions=1:report_objects=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec swift test --scratch-path .build-asan --sanitize=address --filter "$filter"
