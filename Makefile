# fflab: the two commands are `make reproduce` (the main job) and `make test` (the tests).
MVN ?= mvn -B -q
FFLAB = ./bin/fflab

.PHONY: build test reproduce accuracy jar clean

build: target/.built

target/.built: pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) package -DskipTests
	@touch $@

## the default test suite (real data, a few minutes on 2 cores)
test:
	$(MVN) verify

## trains the default FF and BP models on MNIST and prints both test accuracies
reproduce: build
	$(FFLAB) train --model ff-mlp --dataset mnist
	$(FFLAB) train --model bp-mlp --dataset mnist

## one self-contained jar: target/fflab.jar
jar:
	$(MVN) -Pfatjar package -DskipTests

clean:
	$(MVN) clean
