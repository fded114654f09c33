# fflab: the two commands are `make reproduce` (the main job) and `make test` (the tests).
MVN ?= mvn -B -q
FFLAB = ./bin/fflab
ACCURACY_DIR ?= results/accuracy

.PHONY: build test reproduce accuracy bench-quick jar clean

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

## one FF epoch against ND4J's matrix multiply, in a minute
bench-quick: build
	$(FFLAB) bench

## one self-contained jar: target/fflab.jar
jar:
	$(MVN) -Pfatjar package -DskipTests

clean:
	$(MVN) clean
