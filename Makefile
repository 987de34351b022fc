# Thin wrapper around CMake.  `make demo` and `make test` are the two
# commands README gives for a fresh Debian 12 machine; both install missing
# packages first (scripts/install-deps.sh does nothing when all are there).
BUILD       ?= build
JOBS        ?= 2
CMAKE_FLAGS ?=

.PHONY: all deps build demo test sanitize fuzz fuzz-smoke bench clean

all: build

deps:
	@./scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@./scripts/demo.sh $(BUILD)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DPGN_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS)

fuzz: deps
	CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DPGN_FUZZ=ON -DPGN_TESTS=OFF $(CMAKE_FLAGS)
	cmake --build build-fuzz -j $(JOBS)

# Each fuzz target for FUZZ_SECONDS on its seed corpus (part of CI).
FUZZ_SECONDS ?= 30
fuzz-smoke: fuzz
	./scripts/fuzz-smoke.sh build-fuzz $(FUZZ_SECONDS)

bench: build
	./scripts/run-bench.sh $(BUILD)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
