# journal: the two commands that matter are `make demo` and `make test`.
SHELL := /bin/bash
# Debian packages the build, the tests (poppler-utils and unzip read the PDF and XLSX reports back) and the demo need
# (checked by `make deps`).
DEBIAN_PACKAGES := libncurses-dev libsqlite3-dev sqlite3 tmux libxml2 zlib1g-dev \
	libxlsxwriter-dev libcairo2-dev libpango1.0-dev poppler-utils unzip
DEMO_DB ?= demo/demo.sqlite
DEMO_SIZE ?= school
DEMO_SEED ?= 1
SWIFT_TEST_FLAGS ?=

.PHONY: demo test deps build release clean-demo bench bench-quick bench-tui bench-diary bench-reports bench-witness faults

## Open the journal on a demo school (installs missing packages as root, builds, creates the demo).
demo: deps release
	@if [ ! -f "$(DEMO_DB)" ]; then \
		.build/release/journal demo --db "$(DEMO_DB)" --size "$(DEMO_SIZE)" --seed "$(DEMO_SEED)"; \
	else \
		.build/release/journal demo --db "$(DEMO_DB)" --logins; \
	fi
	@if [ -t 0 ]; then read -r -p "Enter — открыть журнал / open the journal " _; fi
	@.build/release/journal --db "$(DEMO_DB)"

## Run every test (unit, snapshot, end-to-end through tmux).
test: deps
	swift build --build-tests
	swift test --skip-build $(SWIFT_TEST_FLAGS)

## Install missing Debian packages when root; otherwise say which to install.
deps:
	@missing=""; \
	for package in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}' "$$package" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "Missing Debian packages:$$missing"; \
			echo "Install them with: sudo apt-get install$$missing"; \
			exit 1; \
		fi; \
	fi

build: deps
	swift build

# The two programs only: the test support target is built for testing (debug) alone.
release: deps
	swift build -c release --product journal
	swift build -c release --product journal-bench

clean-demo:
	rm -f "$(DEMO_DB)" "$(DEMO_DB)-wal" "$(DEMO_DB)-shm"

## Measure the journal on the large demo school (release build) and record the figures in BENCHMARKS.md.
bench: deps release
	.build/release/journal-bench run --report BENCHMARKS.md

## The terminal figures (pty) and the in-process grid figures, on a large demo school made for 2026-11-23.
TUI_SCHOOL ?= /tmp/journal-bench-large.sqlite
bench-tui: deps release
	@if [ ! -f "$(TUI_SCHOOL)" ]; then JOURNAL_NOW=2026-11-23 TZ=UTC .build/release/journal demo --db "$(TUI_SCHOOL)" --size large --password-rounds 1000 >/dev/null; fi
	JOURNAL_NOW=2026-11-23 TZ=UTC .build/release/journal-bench grid --db "$(TUI_SCHOOL)"
	python3 Benchmarks/tui/tui_bench.py .build/release/journal "$(TUI_SCHOOL)" --starts 100 --moves 200

## The diary of the demo student and parent: in-process opening and paging, and the bytes a pty receives.
bench-diary: deps release
	@if [ ! -f "$(TUI_SCHOOL)" ]; then JOURNAL_NOW=2026-11-23 TZ=UTC .build/release/journal demo --db "$(TUI_SCHOOL)" --size large --password-rounds 1000 >/dev/null; fi
	JOURNAL_NOW=2026-11-23 TZ=UTC .build/release/journal-bench diary --db "$(TUI_SCHOOL)"
	python3 Benchmarks/tui/diary_bench.py .build/release/journal "$(TUI_SCHOOL)"

## A class's сводная ведомость made and saved as CSV, XLSX and PDF on the large school.
bench-reports: deps release
	@if [ ! -f "$(TUI_SCHOOL)" ]; then JOURNAL_NOW=2026-11-23 TZ=UTC .build/release/journal demo --db "$(TUI_SCHOOL)" --size large --password-rounds 1000 >/dev/null; fi
	JOURNAL_NOW=2026-11-23 TZ=UTC .build/release/journal-bench reports --db "$(TUI_SCHOOL)"

## Seal, verify --witness and backup on the large school, and 64 writers' latency while a backup runs.
bench-witness: deps release
	.build/release/journal-bench witness

## The same, shorter (one generation, fewer repetitions, a 10-second load); records nothing.
bench-quick: deps release
	.build/release/journal-bench run --quick

FAULT_KILLS ?= 300
TUI_FAULT_KILLS ?= 200
FUZZ_FILES ?= 5000
## Full fault runs: 64 writing processes for 60 s, a few hundred SIGKILLs during writes, the bad-file tests, damaged КТП files.
faults: deps release
	.build/release/journal-bench load --size school --workers 64 --seconds 60 --max-p99 150 --backup-after 30
	.build/release/journal-bench crash --size small --kills $(FAULT_KILLS)
	rm -f /tmp/journal-faults-small.sqlite* && JOURNAL_NOW=2026-11-23 TZ=UTC .build/release/journal demo --db /tmp/journal-faults-small.sqlite --size small --password-rounds 1000 >/dev/null
	python3 Benchmarks/tui/tui_faults.py .build/release/journal /tmp/journal-faults-small.sqlite all --kills $(TUI_FAULT_KILLS)
	swift build --build-tests
	swift test --skip-build --filter BadFileTests
	JOURNAL_FUZZ_FILES=$(FUZZ_FILES) swift test --skip-build --filter PlanFileFuzzTests
