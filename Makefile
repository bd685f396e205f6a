# TermAlign: `make demo` and `make test` do all set-up on a fresh Debian 12 machine with Swift.
SWIFT ?= swift
# libicu-dev: normalization, segmentation, scripts; libhunspell-dev + dictionaries and libstemmer-dev:
# Russian and English lemma keys; libyaml-dev: YAML glossaries; poppler-utils: PDF input and its test; chromium + a CJK font: the HTML report's browser check and screenshot; time: the benchmarks' peak memory.
DEBIAN_PACKAGES := libicu-dev libyaml-dev libhunspell-dev hunspell-ru hunspell-en-us libstemmer-dev chromium fonts-wqy-zenhei poppler-utils time
SAMPLE := Examples/sample

.PHONY: setup build demo test screenshot docs build-bench bench-nltk bench bench-glossary bench-inputs bench-track bench-glossary-scale bench-startup spark-demo bench-batch bench-match bench-align bench-compare bench-hostile evaluate memory fuzz fixtures glossary clean

setup:
	@scripts/install-deps.sh $(DEBIAN_PACKAGES)

build: setup
	$(SWIFT) build

# The main job on the bundled sample: compare its three language versions with the shipped glossary
# and print the terminal summary, then how the 2023-style text's terms differ from the 2022-style one's.
demo: build
	.build/debug/termalign compare --top 40 $(SAMPLE)/statement.ru.txt $(SAMPLE)/statement.zh.txt $(SAMPLE)/statement.en.txt
	@echo
	.build/debug/termalign diff-terms $(SAMPLE)/statement-2022.en.txt $(SAMPLE)/statement.en.txt

# The browser check of the HTML report may not be skipped here: setup has installed Chromium.
test: setup
	TERMALIGN_REQUIRE_BROWSER=1 $(SWIFT) test
	scripts/check-docs.sh

# DocC for every library target, combined (articles in Sources/TermAlign/TermAlign.docc), warnings as
# errors, and no public symbol without a doc comment. Browse the archive with `docc preview` or serve
# .build/plugins/Swift-DocC/outputs/TermAlign.doccarchive.
docs: setup
	scripts/check-docs.sh

# The HTML report of the bundled sample, and a screenshot of it by headless Chromium (docs/report.png,
# shown in README.md). Open .build/report/sample.html in a browser to use it.
CHROMIUM_FLAGS := --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --no-first-run
screenshot: build
	mkdir -p .build/report
	.build/debug/termalign compare --format html --output .build/report/sample.html \
		$(SAMPLE)/statement.ru.txt $(SAMPLE)/statement.zh.txt $(SAMPLE)/statement.en.txt
	chromium $(CHROMIUM_FLAGS) --user-data-dir=.build/report/profile --window-size=1400,1800 \
		--screenshot=docs/report.png "file://$(CURDIR)/.build/report/sample.html" 2>/dev/null
	@echo "report: .build/report/sample.html, screenshot: docs/report.png"

# The benchmarks live in their own tool, termalign-bench, out of the user's termalign.
BENCH := .build/release/termalign-bench
build-bench: setup
	$(SWIFT) build -c release --product termalign
	$(SWIFT) build -c release --product termalign-bench

# Throughput next to raw ICU on a generated 24 MB ru/zh/en corpus (figures in docs/performance.md).
bench: build-bench
	$(BENCH) text

# Load time and peak memory of a generated 1,000,000-term TBX; hostile TBX refusal times.
bench-glossary: build-bench
	scripts/bench-glossary.sh .build/release/termalign

# Alignment accuracy and speed on perturbed real parallel documents (docs/alignment.md).
bench-align: build-bench
	$(BENCH) align --parallel ../shared/parallel

# NLTK's gale_church on the same generated pairs, same strict F1 (docs/alignment.md; needs pip install nltk).
bench-nltk: build-bench
	rm -rf bench-data/gale-church
	$(BENCH) align --parallel ../shared/parallel --write bench-data/gale-church
	python3 scripts/bench-nltk-gale-church.py bench-data/gale-church

# compare on 3 × 1 MB (the bundled sample repeated) with a 10,000-concept glossary (docs/comparison.md).
bench-compare: build-bench
	$(BENCH) compare --megabytes 1 --concepts 10000

# 1,000 statement-sized sets in one `termalign batch` against separate `compare` runs (docs/corpus-scale.md).
bench-batch: build-bench
	scripts/bench-batch.sh .build/release/termalign 1000 40

# track on a generated dated corpus of real sentences with planted renderings: CPU throughput on one
# thread, and its counts checked against the planted ones (docs/tracking.md).
bench-track: build-bench
	$(BENCH) track --parallel ../shared/parallel --documents 10000

# track and batch on Apache Spark in local mode (pyspark and Java installed when missing), checked
# byte for byte against one process (docs/corpus-scale.md says how it runs on a cluster).
spark-demo: build-bench
	scripts/spark-demo.sh .build/release/termalign $(BENCH)

# find with a 100,000-concept glossary against a 100-concept one on the same 10 MB, cold and with
# the start-up cache warm: time and peak memory (docs/corpus-scale.md).
bench-glossary-scale: build-bench
	$(BENCH) glossary-scale --concepts 100000 --megabytes 10 --runs 3

# compare of the sample with a warm start-up cache against a C program reading the same files
# through ICU NFKC_Casefold (docs/corpus-scale.md).
bench-startup: build-bench
	scripts/bench-startup.sh .build/release/termalign 31

# Reading a web page and a .docx against the same text as UTF-8, alone and with find's work (docs/inputs.md).
bench-inputs: build-bench
	$(BENCH) inputs --megabytes 6 --runs 5

# Term matching with a 100-term and a 100,000-term glossary on the same 10 MB text (docs/matching.md).
bench-match: build-bench
	$(BENCH) match --megabytes 10 --terms 100 100000

# Peak memory of analyzing a generated 100 MB document (docs/performance.md quotes it).
memory: build-bench
	scripts/measure-memory.sh .build/release/termalign

# Regenerates the lemma and term-form test data (needs pip install pymorphy3 inflect pyyaml).
fixtures:
	python3 scripts/generate-lemma-fixtures.py
	python3 scripts/generate-term-forms.py

# After editing the shipped glossary: refreshes its TBX export (the build embeds the YAML itself).
glossary: build
	scripts/export-glossary-tbx.sh

clean:
	rm -rf .build

# Coverage-guided fuzzing (libFuzzer), FUZZ_SECONDS per target (FUZZ_RUNS=N for a number of inputs
# instead): the text layer (any bytes, read lossily, analyzed fully, with the offset and idempotence
# invariants checked) and the YAML, TBX and CSV glossary readers (any bytes; what they accept must
# come back equal when written and read again). Corpora and crashes go to .build-fuzz/.
FUZZ_SECONDS ?= 120
FUZZ_RUNS ?= -1
FUZZ_TARGETS := TermAlignFuzz FuzzYAMLGlossary FuzzTBXGlossary FuzzCSVGlossary FuzzInputs
fuzz: setup
	cd Fuzz && $(SWIFT) build -c release --sanitize=fuzzer --scratch-path ../.build-fuzz
	scripts/fuzz-corpora.sh .build-fuzz/corpus
	for target in $(FUZZ_TARGETS); do \
		SWIFT_BACKTRACE=enable=no .build-fuzz/release/$$target .build-fuzz/corpus/$$target -max_len=8192 \
			-max_total_time=$(FUZZ_SECONDS) -runs=$(FUZZ_RUNS) -print_final_stats=1 \
			-artifact_prefix=.build-fuzz/crash-$$target- || exit 1; \
	done

# Time and memory of hostile inputs: one-line documents and termbases against the same bytes with
# line breaks, YAML aliases of a large scalar, characters that expand many times (docs/hardening.md).
bench-hostile: build-bench
	scripts/bench-hostile.sh .build/release/termalign

# The evaluation of comparing real versions (docs/evaluation.md): excerpts, abridged reposts, dropped
# and split sentences, quoted fragments and three-way sets built from ../shared/parallel, scored by
# case; then the same on the held-out FLORES-200 documents.
evaluate: setup
	$(SWIFT) build -c release --product TermAlignEvalTool
	.build/release/TermAlignEvalTool --parallel ../shared/parallel
	@echo
	@echo "Held out (FLORES-200):"
	.build/release/TermAlignEvalTool --parallel ../shared/parallel --held-out
