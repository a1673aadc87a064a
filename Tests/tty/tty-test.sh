#!/usr/bin/env bash
# Terminal test for `dtree run`: drives the interactive session in a real pseudo-terminal
# (tmux; util-linux `script` runs a shorter check only when TTY_TEST_WITH=script asks for it)
# and checks the prompts, an invalid answer re-asked, back, help (of a refer step passed on
# the way, and on the end screen), restart, a clean Ctrl-D (exit 1, "stopped at NODE"), a
# clean Ctrl-C (exit 130; at the end screen too, recording nothing), a number question (values
# with their unit, one out of bounds refused), colour only without NO_COLOR, and a walk in
# Russian (--lang ru). Exits non-zero on any failure,
# and when the tool it drives the terminal with is missing (`make test-deps` installs tmux).
#
#   Tests/tty/tty-test.sh [path/to/dtree]      (default: .build/debug/dtree)
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN="${1:-${DTREE:-.build/debug/dtree}}"
# The engine's frozen test tree, so clinical edits to the shipped tree do not move this test.
TREE=Tests/Fixtures/engine/back-numbness.yaml
[ -x "$BIN" ] || { echo "tty-test: no executable at $BIN (build first)" >&2; exit 2; }
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
TTY_TEST_WITH="${TTY_TEST_WITH:-tmux}"
case "$TTY_TEST_WITH" in
  tmux) command -v tmux >/dev/null 2>&1 ||
    { echo "tty-test: FAIL: tmux is missing (run make test-deps, or apt-get install tmux)" >&2; exit 2; } ;;
  script) script --version 2>&1 | grep -q util-linux ||
    { echo "tty-test: FAIL: util-linux script is missing (TTY_TEST_WITH=script; run make test-deps, or apt-get install bsdutils)" >&2; exit 2; } ;;
  *) echo "tty-test: TTY_TEST_WITH must be tmux or script, not '$TTY_TEST_WITH'" >&2; exit 2 ;;
esac
failures=0
fail() { echo "tty-test: FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "tty-test: ok: $*"; }

if [ "$TTY_TEST_WITH" = tmux ]; then
  SOCKET="dtree-tty-test-$$"
  T() { tmux -L "$SOCKET" "$@"; }
  trap 'T kill-server 2>/dev/null' EXIT
  T new-session -d -s keep "sleep 600"   # keeps the server up between sessions
  session=0
  screen() { T capture-pane -p -J -S - -t "tty$session" "$@"; }
  # wait_for REGEX [flags for capture-pane]: polls the screen for up to 10 s.
  wait_for() {
    local pattern="$1"; shift
    for _ in $(seq 1 100); do
      if screen "$@" | grep -Eq -- "$pattern"; then return 0; fi
      sleep 0.1
    done
    return 1
  }
  start() { # start ENV...: a fresh session running dtree, then printing its exit status
    [ "$session" -gt 0 ] && T kill-session -t "tty$session" 2>/dev/null
    session=$((session + 1))
    T new-session -d -s "tty$session" -x 100 -y 50 "env $* '$BIN' run $TREE ${RUN_ARGS:-}; echo \"exit=\$?\"; sleep 30"
  }
  check() { # check DESCRIPTION REGEX
    if wait_for "$2"; then pass "$1"; else fail "$1: no /$2/ on screen"; screen >&2; fi
  }
  check_n() { # check_n DESCRIPTION REGEX N: at least N matching lines (for text already seen once)
    for _ in $(seq 1 100); do
      if [ "$(screen | grep -Ec -- "$2")" -ge "$3" ]; then pass "$1"; return; fi
      sleep 0.1
    done
    fail "$1: fewer than $3 lines match /$2/"; screen >&2
  }
  keys() { T send-keys -t "tty$session" "$@"; }

  start NO_COLOR=1
  check "title and disclaimer" "^Numb back - which doctor to see"
  check "numbered checklist items" "^  5\. Active urination"
  check "prompt" "^> "
  keys "maybe" Enter
  check "invalid answer re-asked with the valid choices" "“maybe” is not one of the choices\. Type numbers 1–5"
  keys "?" Enter
  check "help shows help and source" "^Source: “Do not hesitate"
  keys "0" Enter
  check "question after the checklist" "Has the numbness come back since it first happened\?  \(recurring, step 2\)"
  keys "b" Enter
  check "back returns to the checklist" "↩ Back\."
  check_n "checklist asked again after back" "\(red_flags, step 1\)" 2
  keys "none" Enter
  keys "yes" Enter
  keys "2" Enter
  check "refer step passed through, urgency not stated so not shown" "→ Refer to: therapist: "
  keys "?" Enter
  check "help names the refer step passed on the way" "therapist, passed on the way:"
  check "and shows its source" "^Source: “With such a problem"
  keys "r" Enter
  check "restart" "↺ Starting again\."
  keys "0" Enter
  check_n "asked again after restart" "\(recurring, step 2\)" 3
  keys C-d
  check "Ctrl-D names the node" "^stopped at recurring$"
  check "Ctrl-D exits 1" "^exit=1$"
  if screen | grep -Eqi "stack trace|fatal error|Current stack"; then fail "stack trace after Ctrl-D"; fi

  start NO_COLOR=1
  check "second session" "^> "
  keys "3" Enter
  check "outcome summary" "^Refer to: neurologist  \(neurologist_now\)"
  check "urgency in summary" "^Urgency: urgent"
  check "numbered path" "^  1\. red_flags → Tingling"
  keys "?" Enter
  check "help on the end screen shows the outcome's source" "^Source: “If at least one of these"
  check_n "and the session goes on" "Press Enter to finish, or b back · r restart · \? help\." 2
  keys "b" Enter
  check_n "back from the end" "\(red_flags, step 1\)" 2
  keys C-c
  check "Ctrl-C exits 130" "^exit=130$"
  if screen | grep -Eqi "stack trace|fatal error|Current stack"; then fail "stack trace after Ctrl-C"; fi

  # Ctrl-C on the end screen: exit 130, and --record records nothing.
  RECORD="$(mktemp -d)/end.tests.yaml"
  printf 'tree: %s\ncases: []\n' "$PWD/$TREE" > "$RECORD"
  cp "$RECORD" "$RECORD.before"
  RUN_ARGS="--record $RECORD" start NO_COLOR=1
  check "recording session" "^> "
  keys "3" Enter
  check "end screen" "Press Enter to finish, or b back"
  keys C-c
  check "Ctrl-C on the end screen exits 130" "^exit=130$"
  if cmp -s "$RECORD" "$RECORD.before"; then pass "Ctrl-C on the end screen records nothing"; else fail "Ctrl-C on the end screen recorded the session"; fi
  if screen | grep -q "recorded case"; then fail "Ctrl-C on the end screen said it recorded a case"; fi
  rm -rf "$(dirname "$RECORD")"

  # A number question (docs/examples/laptop.yaml): ranges listed with the unit, the allowed
  # values named, a value refused and asked again, a value with its unit taken.
  TREE=docs/examples/laptop.yaml start NO_COLOR=1
  check "number: the ranges with their unit" "≥ 1200 EUR"
  check "number: the allowed values" "Type a whole number from 0 to 10000 \(EUR\)"
  keys "10001" Enter
  check "number: out of bounds is refused" "“10001” is not an allowed value"
  keys "950 eur" Enter
  check "number: a value with its unit is taken" "\(battery, step 2\)"
  keys "10.5" Enter
  check "number: the end" "A laptop with a large battery"
  check "number: the path shows the value and unit" "budget → 950 EUR"
  keys C-c
  check "number session ends" "^exit=130$"

  start
  check "colour session" "^> "
  if screen -e | grep -q $'\e\[1m'; then pass "bold at a terminal without NO_COLOR"; else fail "no bold at a terminal"; fi
  keys C-c
  check "colour session ends" "^exit=130$"
  start NO_COLOR=1
  check "no-colour session" "^> "
  if screen -e | grep -q $'\e\[1m'; then fail "bold printed with NO_COLOR set"; else pass "no colour with NO_COLOR"; fi
  keys C-c

  # The walk in Russian (docs/examples/knee.ru.po, an unreviewed translation): the tree's words
  # and dtree's own, the mark in the title, a translated label typed as the answer.
  ENGINE_TREE="$TREE"; TREE=docs/examples/knee.yaml
  RUN_ARGS="--lang ru" start NO_COLOR=1
  check "Russian: the title carries the unreviewed mark" "^Боль в колене \(⚠ перевод не проверен\)"
  check "Russian: dtree's own words" "^Введите номер или ответ\. Команды: b назад"
  check "Russian: the question and its translated answers" "^  1\. Да, после падения"
  keys "может" Enter
  check "Russian: a wrong answer re-asked in Russian" "«может» — нет такого варианта\. Введите номер 1–2 или ответ"
  keys "?" Enter
  check "Russian: no help, said in Russian" "Для этого шага пояснения нет\."
  keys "да, после падения" Enter
  check "Russian: the referral" "^Направление: Ортопед  \(ortho\)"
  check "Russian: the urgency in the translation's words" "^Срочность: в ближайшие дни"
  keys C-c
  check "Russian: Ctrl-C exits 130" "^exit=130$"
  TREE="$ENGINE_TREE"
else
  out="$(mktemp)"
  { sleep 1; printf '0\n'; sleep 0.3; printf 'b\n'; sleep 0.3; printf 'maybe\n'; sleep 0.3; printf '0\n'; sleep 0.3; printf '\004'; sleep 0.5; } |
    NO_COLOR=1 script -qfec "'$BIN' run $TREE; echo exit=\$?" /dev/null > "$out" 2>&1
  for pattern in "^Numb back" "Has the numbness come back" "↩ Back\." "is not one of the choices" "stopped at recurring" "exit=1"; do
    if tr -d '\r' < "$out" | grep -Eq -- "$pattern"; then pass "$pattern"; else fail "no /$pattern/"; fi
  done
  rm -f "$out"
fi

if [ "$failures" -gt 0 ]; then echo "tty-test: $failures failure(s)" >&2; exit 1; fi
echo "tty-test: all checks passed"
