# fflab: the two commands are `make reproduce` (the main job) and `make test` (the tests).
MVN ?= mvn -B -q
FFLAB = ./bin/fflab
ACCURACY_DIR ?= results/accuracy

.PHONY: build test reproduce accuracy bench bench-quick jar clean

build: target/.built

target/.built: pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) package -DskipTests
	@touch $@

## the default test suite (real data, a few minutes on 2 cores)
test:
	$(MVN) verify

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
