# fflab: the two commands are `make reproduce` (the main job) and `make test` (the tests).
MVN ?= mvn -B -q
FFLAB = ./bin/fflab
ACCURACY_DIR ?= results/accuracy

.PHONY: accuracy-summary build test test-report report reproduce reproduce-estimate claims claims-screenshot regression regression-reference accuracy bench bench-quick jar clean \
  spark-jar spark-test

# experiments: `make reproduce` (cpu scale), `make reproduce SCALE=paper`; resumable (finished runs are kept)
SCALE ?= cpu
WORKERS ?= 1
RESULTS ?= results
REPORTS ?= reports
REPRODUCE_SPECS = experiments/paper-mnist.yaml experiments/paper-fashion.yaml experiments/training-dynamics.yaml \
  experiments/ff-cnn.yaml
CLAIMS = experiments/claims/claims.yaml
# CI accuracy regression: always fresh runs of the current code
REGRESSION_SPEC = experiments/ci-regression.yaml
REGRESSION_DIR = target/regression
REGRESSION_REFERENCE = results/reference/ci-regression.json
# extra sweep arguments, e.g. REGRESSION_SET="--set models.ff-mlp.theta=1e6" to see the check fail
REGRESSION_SET ?=

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

# the reports of the reproduction specs: reports/<experiment>/index.html
REPORT = for spec in $(REPRODUCE_SPECS); do \
	  name=$$(basename $$spec .yaml); \
	  $(FFLAB) report $(RESULTS)/$$name --out $(REPORTS)/$$name/index.html || exit 1; \
	done

## runs the reproduction specs (the three papers: paper-mnist, paper-fashion, training-dynamics, ff-cnn) at
## $(SCALE) scale into $(RESULTS)/ under one progress bar (fflab reproduce: sweeps, then the CNNs' CAM figures),
## then their reports and the claims page $(REPORTS)/index.html; rerun to resume: finished runs are skipped.
## Every spec runs even when one has failed runs. `make reproduce-estimate` prints the estimated time left.
reproduce: build
	@status=0; \
	$(FFLAB) reproduce --scale $(SCALE) --results $(RESULTS) --workers $(WORKERS) $(REPRODUCE_SPECS) || status=1; \
	( $(REPORT) ) || status=1; \
	$(FFLAB) claims --claims $(CLAIMS) --results $(RESULTS) --reports $(REPORTS) || status=1; \
	exit $$status

reproduce-estimate: build
	@$(FFLAB) reproduce --estimate --scale $(SCALE) --results $(RESULTS) $(REPRODUCE_SPECS)

## the claims page alone, from what $(RESULTS)/ and $(REPORTS)/ hold now
claims: build
	$(FFLAB) claims --claims $(CLAIMS) --results $(RESULTS) --reports $(REPORTS)

## docs/claims-table.png: a headless-Chromium screenshot of $(REPORTS)/index.html (make reproduce first)
CHROMIUM ?= chromium
claims-screenshot:
	@test -f $(REPORTS)/index.html || { echo "no $(REPORTS)/index.html: run 'make reproduce' first" >&2; exit 1; }
	@command -v $(CHROMIUM) >/dev/null || { echo "$(CHROMIUM) is not installed (apt-get install chromium)" >&2; exit 1; }
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,2600 \
	  --user-data-dir=$$(mktemp -d) --screenshot=$(CURDIR)/docs/claims-table.png \
	  "file://$(abspath $(REPORTS))/index.html"

## one self-contained HTML report per experiment folder under $(RESULTS)/ that holds runs: $(REPORTS)/<experiment>/index.html
report: build
	@for dir in $(RESULTS)/*/; do \
	  name=$$(basename "$$dir"); \
	  if [ -z "$$(find "$$dir" -maxdepth 4 \( -name metrics.json -o -name config.json -o -name failed.json \) -print -quit)" ]; then \
	    echo "report: skipping $$dir (no runs)"; continue; \
	  fi; \
	  $(FFLAB) report "$$dir" --out "$(REPORTS)/$$name/index.html" || exit 1; \
	done

## CI accuracy regression: fresh ci-regression runs, each metric against its floor in $(REGRESSION_REFERENCE)
regression: build
	rm -rf $(REGRESSION_DIR)
	@status=0; \
	$(FFLAB) sweep $(REGRESSION_SPEC) --results $(REGRESSION_DIR) $(REGRESSION_SET) || status=1; \
	$(FFLAB) regression check --runs $(REGRESSION_DIR)/ci-regression/runs.csv \
	  --reference $(REGRESSION_REFERENCE) || status=1; \
	exit $$status

## records the floors again: ci-regression with 6 seeds (CI runs seeds 1-3; the spread comes from all 6)
regression-reference: build
	rm -rf target/regression-reference
	$(FFLAB) sweep $(REGRESSION_SPEC) --results target/regression-reference --set 'seed=[1,2,3,4,5,6]'
	$(FFLAB) regression reference --runs target/regression-reference/ci-regression/runs.csv \
	  --ci-seeds 1,2,3 --out $(REGRESSION_REFERENCE)
	cp target/regression-reference/ci-regression/runs.csv results/reference/ci-regression-runs.csv


## the long accuracy runs behind results/reference/accuracy/ (hours on 2 CPU cores; ACCURACY_RUNS picks some)
BEST_FF = --model ff-mlp --hidden 1000,1000,1000 --schedule simultaneous --batch-size 100 --epochs 60 \
  --goodness sum --theta 1000 --input-norm rms --optimizer sgd --lr 0.001 --weight-decay 3e-4 \
  --lr-schedule cooldown --peer-normalisation 0.03 --resample-negatives --skip-first-layer --eval-every 5
# the same network and 60 epochs, predicting by Hinton's linear readout of all three layers (Adam 1e-2, 20 epochs, as FF_READOUT)
BEST_FF_READOUT = --model ff-mlp --hidden 1000,1000,1000 --schedule simultaneous --batch-size 100 --epochs 60 \
  --goodness sum --theta 1000 --input-norm rms --optimizer sgd --lr 0.001 --weight-decay 3e-4 \
  --lr-schedule cooldown --peer-normalisation 0.03 --resample-negatives --eval-every 10 \
  --classifier linear --readout-epochs 20 --readout-learning-rate 0.01
BP_REF = --model bp-mlp --epochs 20 --lr-schedule cooldown
# Hinton's recipe on 2 x 1000 for 10 epochs, predicting by his linear readout of both layers (Adam 1e-2, chosen on
# validation accuracy among 3e-4, 3e-3, 1e-2, 3e-2, 1e-1 and layers 2 or 1-2); its control: the readout of untrained layers
FF_READOUT_NET = --model ff-mlp --hidden 1000,1000 --schedule simultaneous --batch-size 100 \
  --goodness sum --theta 1000 --input-norm rms --optimizer sgd --lr 0.001 --weight-decay 3e-4 \
  --lr-schedule cooldown --peer-normalisation 0.03 --resample-negatives --eval-every 0 \
  --classifier linear --readout-epochs 20 --readout-learning-rate 0.01
FF_READOUT = $(FF_READOUT_NET) --epochs 10
# the FF-CNN trained by channel-wise competition (CwComp), predicting by its own goodness (no readout); with
# 2 FF epochs and the linear readout against the readout of its untrained layers, 5 seeds (experiments/ff-cnn-channelwise.yaml)
FF_CNN_CW_NET = --model ff-cnn --rule channel-wise --filters 20,40,80 --eval-every 0 --probe-train-size 0
FF_CNN_CW = $(FF_CNN_CW_NET) --classifier goodness --epochs 6
CW_SEEDS = 1 2 3 4 5
CW_FASHION_SEEDS = 1 2 3 4 5
ACCURACY_RUNS ?= ff-reference-mnist bp-mnist bp-fashion-mnist best-ff-mnist best-ff-fashion-mnist \
  best-ff-readout-mnist best-ff-readout-fashion-mnist \
  bp-cnn-mnist ff-cnn-mnist ff-cnn-untrained-mnist ff-cnn-4epochs-mnist bp-cnn-fashion-mnist \
  ff-cnn-fashion-mnist ff-cnn-untrained-fashion-mnist ff-cnn-4epochs-fashion-mnist \
  ff-cnn-cw-mnist ff-cnn-cw-fashion-mnist ff-readout-mnist ff-readout-untrained-mnist \
  $(foreach s,$(CW_SEEDS),ff-cnn-cw-readout-mnist-seed$(s) ff-cnn-cw-untrained-mnist-seed$(s)) \
  $(foreach s,$(CW_FASHION_SEEDS),ff-cnn-cw-readout-fashion-mnist-seed$(s) ff-cnn-cw-untrained-fashion-mnist-seed$(s)) \
  $(foreach s,$(CW_FASHION_SEEDS),ff-cnn-cw-readout-4epochs-fashion-mnist-seed$(s)) \
  $(foreach s,$(CW_SEEDS),ff-cnn-cw-readout-4epochs-mnist-seed$(s))
accuracy: build
	for run in $(ACCURACY_RUNS); do $(MAKE) --no-print-directory $(ACCURACY_DIR)/$$run/metrics.json || exit 1; done

## results/reference/accuracy/summary.csv and README's accuracy table, from the run summaries kept there
accuracy-summary: build
	$(FFLAB) accuracy-summary results/reference/accuracy --readme README.md
$(ACCURACY_DIR)/ff-reference-mnist/metrics.json:
	$(FFLAB) train --model ff-mlp --dataset mnist --eval-every 100 --out $(@D)
$(ACCURACY_DIR)/bp-%/metrics.json:
	$(FFLAB) train $(BP_REF) --dataset $* --out $(@D)
$(ACCURACY_DIR)/best-ff-%/metrics.json:
	$(FFLAB) train $(BEST_FF) --dataset $* --out $(@D)
$(ACCURACY_DIR)/best-ff-readout-%/metrics.json:
	$(FFLAB) train $(BEST_FF_READOUT) --dataset $* --out $(@D)
$(ACCURACY_DIR)/bp-cnn-%/metrics.json:
	$(FFLAB) train --model bp-cnn --dataset $* --out $(@D)
$(ACCURACY_DIR)/ff-cnn-%/metrics.json:
	$(FFLAB) train --model ff-cnn --dataset $* --probe-train-size 0 --out $(@D)
# the control: the same readout of the untrained layers (make picks the rule with the shorter stem)
$(ACCURACY_DIR)/ff-cnn-untrained-%/metrics.json:
	$(FFLAB) train --model ff-cnn --epochs 0 --dataset $* --probe-train-size 0 --out $(@D)
$(ACCURACY_DIR)/ff-cnn-cw-%/metrics.json:
	$(FFLAB) train $(FF_CNN_CW) --dataset $* --out $(@D)
$(ACCURACY_DIR)/ff-cnn-cw-readout-mnist-seed%/metrics.json:
	$(FFLAB) train $(FF_CNN_CW_NET) --classifier linear --epochs 2 --dataset mnist --seed $* --out $(@D)
$(ACCURACY_DIR)/ff-cnn-cw-untrained-mnist-seed%/metrics.json:
	$(FFLAB) train $(FF_CNN_CW_NET) --classifier linear --epochs 0 --dataset mnist --seed $* --out $(@D)
$(ACCURACY_DIR)/ff-cnn-cw-readout-fashion-mnist-seed%/metrics.json:
	$(FFLAB) train $(FF_CNN_CW_NET) --classifier linear --epochs 2 --dataset fashion-mnist --seed $* --out $(@D)
# what more FF epochs give the readout: 4 instead of 2 (the untrained controls above are its controls too)
$(ACCURACY_DIR)/ff-cnn-cw-readout-4epochs-fashion-mnist-seed%/metrics.json:
	$(FFLAB) train $(FF_CNN_CW_NET) --classifier linear --epochs 4 --dataset fashion-mnist --seed $* --out $(@D)
$(ACCURACY_DIR)/ff-cnn-cw-readout-4epochs-mnist-seed%/metrics.json:
	$(FFLAB) train $(FF_CNN_CW_NET) --classifier linear --epochs 4 --dataset mnist --seed $* --out $(@D)
$(ACCURACY_DIR)/ff-cnn-cw-untrained-fashion-mnist-seed%/metrics.json:
	$(FFLAB) train $(FF_CNN_CW_NET) --classifier linear --epochs 0 --dataset fashion-mnist --seed $* --out $(@D)
$(ACCURACY_DIR)/ff-readout-%/metrics.json:
	$(FFLAB) train $(FF_READOUT) --dataset $* --out $(@D)
$(ACCURACY_DIR)/ff-readout-untrained-%/metrics.json:
	$(FFLAB) train $(FF_READOUT_NET) --epochs 0 --dataset $* --out $(@D)
$(ACCURACY_DIR)/ff-cnn-4epochs-%/metrics.json:
	$(FFLAB) train --model ff-cnn --epochs 4 --dataset $* --probe-train-size 0 --out $(@D)

## the JMH suite: JSON in results/bench/, a summary table on stdout (BENCH=regex picks benchmarks, BENCH_ARGS="-p shape=..." passes JMH options)
BENCH ?=
BENCH_ARGS ?=
bench: build
	$(MVN) test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
	@mkdir -p results/bench
	java -cp "target/test-classes:target/classes:$$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
	    -rf json -rff results/bench/jmh.json $(if $(BENCH),'$(BENCH)',) $(BENCH_ARGS)
	java -cp "target/test-classes:target/classes:$$(cat target/bench-classpath.txt)" fflab.bench.BenchSummary \
	    results/bench/jmh.json | tee results/bench/summary.txt

## one FF epoch against ND4J's matrix multiply, in a minute
bench-quick: build
	$(FFLAB) bench

## one self-contained jar: target/fflab.jar
jar:
	$(MVN) -Pfatjar package -DskipTests

## distributed sweeps (docs/distributed-sweeps.md): target/fflab-spark.jar, fflab and its libraries without Spark,
## for spark-submit or bin/fflab-spark; builds in target/spark/, so the default build never sees Spark
spark-jar:
	$(MVN) -Pspark package -DskipTests

## the Spark engine's tests: a real standalone master and 2 one-core workers on 127.0.0.1, child JVMs (minutes)
spark-test:
	$(MVN) -Pspark test -Dtest='fflab.spark.**' -Dsurefire.failIfNoSpecifiedTests=false

clean:
	$(MVN) clean
