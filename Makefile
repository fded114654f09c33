# fflab: the two commands are `make reproduce` (the main job) and `make test` (the tests).
MVN ?= mvn -B -q
FFLAB = ./bin/fflab
ACCURACY_DIR ?= results/accuracy

.PHONY: build test test-report report reproduce accuracy bench bench-quick jar clean

build: target/.built

target/.built: pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) package -DskipTests
	@touch $@

## the default test suite (real data, a few minutes on 2 cores); Allure results in target/allure-results
test:
	rm -rf target/allure-results
	$(MVN) verify

## the Allure HTML report of the last test run (make test first): target/site/allure-maven-plugin/index.html
## (the Allure command line comes from Maven Central through the allure-maven plugin, cached in ~/.m2)
test-report:
	@test -d target/allure-results || { echo "no target/allure-results: run 'make test' first" >&2; exit 1; }
	$(MVN) allure:report
	@echo "Allure report: target/site/allure-maven-plugin/index.html"

RESULTS_DIR ?= results
REPORTS_DIR ?= reports
## one self-contained HTML report per experiment folder under results/ that holds runs: reports/<experiment>/index.html
report: build
	@for dir in $(RESULTS_DIR)/*/; do \
	  name=$$(basename "$$dir"); \
	  if [ -z "$$(find "$$dir" -maxdepth 4 \( -name metrics.json -o -name config.json -o -name failed.json \) -print -quit)" ]; then \
	    echo "report: skipping $$dir (no runs)"; continue; \
	  fi; \
	  $(FFLAB) report "$$dir" --out "$(REPORTS_DIR)/$$name/index.html" || exit 1; \
	done

## trains the default FF and BP models on MNIST and prints both test accuracies
reproduce: build
	$(FFLAB) train --model ff-mlp --dataset mnist --out results/reproduce/ff-mlp-mnist
	$(FFLAB) train --model bp-mlp --dataset mnist --out results/reproduce/bp-mlp-mnist

## the long accuracy runs behind results/reference/ (hours on 2 CPU cores)
accuracy: build
	$(FFLAB) train --model ff-mlp --dataset mnist --out $(ACCURACY_DIR)/ff-reference-mnist
	$(FFLAB) train --model bp-mlp --dataset mnist --out $(ACCURACY_DIR)/bp-mnist
	$(FFLAB) train --model bp-mlp --dataset fashion-mnist --out $(ACCURACY_DIR)/bp-fashion-mnist

## the JMH suite: JSON in results/bench/, a summary table on stdout (BENCH=regex picks benchmarks)
BENCH ?=
bench: build
	$(MVN) test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
	@mkdir -p results/bench
	java -cp "target/test-classes:target/classes:$$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
	    -rf json -rff results/bench/jmh.json $(BENCH)
	java -cp "target/test-classes:target/classes:$$(cat target/bench-classpath.txt)" fflab.bench.BenchSummary \
	    results/bench/jmh.json | tee results/bench/summary.txt

## one FF epoch against ND4J's matrix multiply, in a minute
bench-quick: build
	$(FFLAB) bench

## one self-contained jar: target/fflab.jar
jar:
	$(MVN) -Pfatjar package -DskipTests

clean:
	$(MVN) clean
