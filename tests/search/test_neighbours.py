"""Nearest threads by meaning: quantised vectors, the per-process matrix and its refresh."""
import numpy as np

from forum import create_app
from forum.extensions import db
from forum.search import embedding, neighbours
from forum.search.neighbours import VectorMatrix, matrix
from forum.search.vectors import quantise, store_vectors
from tests.conftest import TEST_CONFIG
from tests.factories import make_thread


def unit_vectors(count, seed=1):
    vectors = np.random.default_rng(seed).standard_normal((count, embedding.DIMENSIONS)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_int8_codes_keep_the_cosine():
    vectors = unit_vectors(50)
    codes, scales = quantise(vectors)
    restored = codes.astype(np.float32) * scales[:, None]
    cosines = np.sum(restored * vectors, axis=1) / np.linalg.norm(restored, axis=1)
    assert codes.dtype == np.int8 and cosines.min() > 0.99


def test_a_large_forum_is_searched_in_two_steps_with_the_same_best_matches(monkeypatch):
    monkeypatch.setattr(neighbours, "EXACT_ROWS", 500)
    monkeypatch.setattr(neighbours, "PCA_SAMPLE", 400)
    monkeypatch.setattr(neighbours, "COARSE_CANDIDATES", 200)
    # Clustered, as real questions are: 20 subjects with variations.
    centres = unit_vectors(20, seed=2)
    noise = unit_vectors(2000, seed=3) * 0.4
    vectors = centres[np.arange(2000) % 20] + noise
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    codes, scales = quantise(vectors)
    exact = VectorMatrix(ids=np.arange(2000), codes=codes, scales=scales)
    large = VectorMatrix(ids=np.arange(2000), codes=codes.copy(), scales=scales.copy())
    large._update_coarse(np.zeros(0, dtype=np.int64))
    assert large.basis is not None and large.coarse.shape == (2000, 64)
    for row in (0, 7, 1999):
        assert len(large.candidates(vectors[row])) == 200
        assert large.nearest(vectors[row], 5) == exact.nearest(vectors[row], 5)
        assert large.nearest(vectors[row], 1)[0][0] == row


def test_the_matrix_loads_new_and_changed_vectors_only(app):
    first, second, third = (make_thread(title=f"Vraag {number}").id for number in range(3))
    vectors = unit_vectors(3)
    store_vectors([first, second], vectors[:2])
    db.session.commit()
    loaded = matrix()
    assert sorted(loaded.ids.tolist()) == [first, second]
    assert loaded.nearest(vectors[1], 1)[0][0] == second
    store_vectors([third], vectors[2:])
    store_vectors([first], vectors[2:])  # its text changed: the same vector as the third now
    db.session.commit()
    assert matrix() is loaded and sorted(loaded.ids.tolist()) == [first, second, third]
    assert float(loaded.vector_of(first) @ vectors[2]) > 0.99
    assert {thread_id for thread_id, _ in loaded.nearest(vectors[2], 2)} == {first, third}


def test_new_vectors_are_written_into_the_loaded_matrix_not_into_a_copy(app, monkeypatch):
    """Workers forked from a preloading master share its matrix as long as they do not copy it:
    a new thread's vector goes into the spare rows kept behind it."""
    monkeypatch.setattr(neighbours, "EXACT_ROWS", 3)
    monkeypatch.setattr(neighbours, "PCA_SAMPLE", 4)
    monkeypatch.setattr(neighbours, "COARSE_DIMENSIONS", 2)
    threads = [make_thread(title=f"Vraag {number}").id for number in range(6)]
    vectors = unit_vectors(6)
    store_vectors(threads[:4], vectors[:4])
    db.session.commit()
    loaded = matrix()
    stores = {name: loaded.stores[name] for name in ("ids", "codes", "scales", "coarse")}
    assert loaded.coarse.shape == (4, 2)
    store_vectors(threads[4:], vectors[4:])
    db.session.commit()
    assert matrix() is loaded and sorted(loaded.ids.tolist()) == threads
    for name, store in stores.items():
        assert getattr(loaded, name).base is store and loaded.stores[name] is store, name
    assert loaded.coarse.shape == (6, 2)
    assert loaded.nearest(vectors[5], 1)[0][0] == threads[5]


def test_preloading_loads_the_vectors_when_the_app_is_made(app, tmp_path):
    thread = make_thread(title="Openingstijden van de milieustraat").id
    store_vectors([thread], unit_vectors(1))
    db.session.commit()
    database = {key: app.config[key] for key in ("SQLALCHEMY_DATABASE_URI", "SQLALCHEMY_ENGINE_OPTIONS")}
    preloaded = create_app({**TEST_CONFIG, **database, "PRELOAD_VECTORS": True})
    assert preloaded.extensions["thread_vectors"].ids.tolist() == [thread]
    # Before the first `db upgrade` there is nothing to load, and the app is still made.
    empty = create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'new.sqlite'}",
                        "PRELOAD_VECTORS": True})
    assert "thread_vectors" not in empty.extensions


def test_the_spread_leaves_out_threads_that_name_nothing():
    """Their zero vectors (cosine 0 to everything) would widen the spread until no thread stood out."""
    vectors = unit_vectors(200)
    codes, scales = quantise(vectors)
    named = VectorMatrix(ids=np.arange(200), codes=codes, scales=scales)
    with_zeros = VectorMatrix(ids=np.arange(220), codes=np.vstack([codes, np.zeros((20, embedding.DIMENSIONS), np.int8)]),
                              scales=np.concatenate([scales, np.ones(20, np.float32)]))
    query = unit_vectors(1, seed=9)[0]
    assert np.allclose(with_zeros.spread(query), named.spread(query), atol=1e-6)
    only_zeros = VectorMatrix(ids=np.arange(3), codes=np.zeros((3, embedding.DIMENSIONS), np.int8),
                              scales=np.ones(3, np.float32))
    assert only_zeros.spread(query) == (0.0, 1.0)
