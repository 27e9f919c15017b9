"""Metrics on hand-computed cases; the eval table from a trained checkpoint."""

import json
import math
import os
import subprocess
import sys

import pytest
import torch

from jackpeer.dialog.metrics import (
    MiniLMEmbedder,
    corpus_bleu,
    distinct,
    embedding_scores,
    evaluate_texts,
    sentence_bleu,
    words,
)


def test_words_split_punctuation_and_lowercase():
    assert words("Hi, how ARE you?") == ["hi", ",", "how", "are", "you", "?"]


def test_corpus_bleu_hand_computed():
    hyps = [words("i am fine thanks"), words("hello there")]
    refs = [words("i am good thanks"), words("hi there")]
    assert corpus_bleu(hyps, refs, 1) == pytest.approx(4 / 6)  # clipped unigram matches / hyp unigrams
    assert corpus_bleu(hyps, refs, 2) == pytest.approx(math.sqrt(4 / 6 * 1 / 4))
    assert corpus_bleu(hyps, refs, 3) == 0.0  # no smoothing: no trigram match
    short = [["a"]], [["a", "b", "c"]]
    assert corpus_bleu(*short, 1) == pytest.approx(math.exp(1 - 3))  # brevity penalty


def test_sentence_bleu_method1():
    h, r = words("i am fine thanks"), words("i am good thanks")
    # p1 = 3/4, p2 = 1/3, p3 = 0 -> 0.1/2, p4 = 0 (0 of 1) -> 0.1/1
    expected = math.exp((math.log(3 / 4) + math.log(1 / 3) + math.log(0.1 / 2) + math.log(0.1)) / 4)
    assert sentence_bleu(h, r, 4) == pytest.approx(expected)


def test_distinct():
    hyps = [["a", "b", "a"], ["a", "c"]]
    assert distinct(hyps, 1) == pytest.approx(3 / 5)
    assert distinct(hyps, 2) == pytest.approx(3 / 3)
    assert distinct(hyps, 2, per_token=True) == pytest.approx(3 / 5)


def test_embedding_scores_hand_computed():
    e1, e2 = torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0])
    avg, ext, grd = embedding_scores(torch.stack([e1]), torch.stack([e1, e2]))
    assert avg == pytest.approx(1 / math.sqrt(2))
    assert ext == pytest.approx(1 / math.sqrt(2))  # extrema of ref = (1, 1)
    assert grd == pytest.approx(0.5 * (1.0 + 0.5))  # hyp->ref: 1; ref->hyp: mean(1, 0)
    neg = embedding_scores(torch.tensor([[-0.9, 0.1]]), torch.tensor([[1.0, 0.0]]))[1]
    assert neg < 0  # extrema keeps the sign of the largest-magnitude value


def test_minilm_embeddings_rank_paraphrase_above_unrelated():
    emb = MiniLMEmbedder()
    close = evaluate_texts(["i am fine"], ["i am good"], emb)["emb_greedy"]
    far = evaluate_texts(["the tax rate"], ["i am good"], emb)["emb_greedy"]
    assert close > far


def test_jack_eval_prints_table(tmp_path):
    from jackpeer.dialog.trainer import TrainConfig, Trainer

    lines = [json.dumps({"turns": [f"hello {i}", f"hi {i % 5}"]}) for i in range(40)]
    (tmp_path / "d.jsonl").write_text("\n".join(lines))
    Trainer(TrainConfig(data=str(tmp_path / "d.jsonl"), model_overrides={"dim": 32, "n_layers": 1, "ffn_dim": 64},
                        steps=2, batch_size=4, out=str(tmp_path / "run"), progress=False, max_context=32,
                        max_response=8)).train()
    out = tmp_path / "m.json"
    proc = subprocess.run([sys.executable, "-m", "jackpeer", "eval", str(tmp_path / "run"), "--no-embeddings",
                           "--json", str(out)], capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr
    assert "BLEU-4" in proc.stdout and "Dist-2" in proc.stdout and "teacher_forcing" in proc.stdout
    result = json.loads(out.read_text())[str(tmp_path / "run")]
    assert result["n"] == 2 and result["ppl"] > 1
