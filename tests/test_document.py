import pickle

from rasd.document import Document
from rasd.pipeline import Pipeline, extract_text


def test_roundtrip_and_pickle(seed_text: str) -> None:
    doc = extract_text(seed_text, published="2016-12-15")
    data = doc.to_dict()
    again = Document.from_dict(data)
    assert again.to_dict() == data
    assert pickle.loads(pickle.dumps(doc)).to_dict() == data
    assert pickle.loads(pickle.dumps(Pipeline())).names == Pipeline().names


def test_output_is_deterministic(seed_text: str) -> None:
    a = extract_text(seed_text, published="2016-12-15").to_json()
    b = extract_text(seed_text, published="2016-12-15").to_json()
    assert a == b
