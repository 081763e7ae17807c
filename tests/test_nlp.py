import pytest

from kg import nlp


def test_model_name_prefers_the_argument_then_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(nlp.MODEL_ENV, "xx_custom_pipeline")
    assert nlp.model_name("en_other") == "en_other"
    assert nlp.model_name() == "xx_custom_pipeline"


def test_a_missing_pipeline_gives_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(nlp.ModelNotFound, match="Install it, or set"):
        nlp.load.__wrapped__("xx_no_such_pipeline")


@pytest.mark.slow
def test_paragraph_breaks_always_start_a_sentence() -> None:
    doc = nlp.load()('"We are ready," he said. "We will not wait\n\nHe stressed that talks must go on.')
    starts = [sentence.text.strip() for sentence in doc.sents]
    assert any(s.startswith("He stressed") for s in starts)
    assert all("\n" not in s for s in starts)


@pytest.mark.slow
def test_doc_text_is_the_documents_text_joined_once() -> None:
    doc = nlp.load()("Seoul protested.\n\nTokyo did not reply.")
    assert nlp.doc_text(doc) == doc.text
    assert nlp.doc_text(doc) is nlp.doc_text(doc)  # read back, not rebuilt from the tokens
