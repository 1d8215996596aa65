# resuMAX front door. `make run` serves the app on http://localhost:8080; `make test` runs
# the whole suite. Both install what is missing first.
.PHONY: deps build build-debug build-fuzz web run test fuzz bench format lint clean corpus

JOBS ?= $(shell nproc)

deps:
	@scripts/install-deps

web: deps
	@if [ -f web/package.json ]; then cd web && npm run --silent build; fi

build: deps web
	@cmake --preset release >/dev/null
	@cmake --build --preset release -j $(JOBS)

build-debug: deps
	@cmake --preset debug >/dev/null
	@cmake --build --preset debug -j $(JOBS)

# The libFuzzer targets (clang, build-fuzz/); `make test` runs each for a minute.
build-fuzz: deps
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -j $(JOBS)

run: build
	./build/resumax serve

# The generated parser corpus: labelled resumes rendered by real layout engines (corpus/README.md).
corpus: deps
	@cd corpus && node generate.mjs

test: build-debug build-fuzz web corpus
	@scripts/run-tests

# Fuzzes the resume readers and the job-description pipeline, FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 150
fuzz: build-fuzz
	@scripts/fuzz --no-build $(FUZZ_SECONDS)

bench: build
	@bench/run

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

lint: build-debug
	@git ls-files 'server/src/*.cpp' | grep -v _test.cpp | \
	  xargs clang-tidy -p build-debug --quiet --extra-arg=-Wno-unknown-warning-option

clean:
	rm -rf build build-debug build-fuzz
