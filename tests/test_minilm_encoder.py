"""The plain-PyTorch MiniLM encoder reads text as transformers' BertModel does."""

import torch

from jackpeer.guard.semantic import pooled_embeddings
from jackpeer.minilm import fresh_minilm
from jackpeer.minilm_encoder import MiniLMEncoder

TEXTS = ["lol enjoy having zero friends on monday then", "can we use spaghetti for the bridge", "a",
         "Mia: i want to go home << Leo: ok | Ava: what about the bridge we made yesterday"]


def test_it_gives_bertmodels_hidden_states_padding_and_all():
    tokenizer, bert = fresh_minilm()
    bert.eval()
    enc = tokenizer(TEXTS, padding=True, return_tensors="pt")
    with torch.inference_mode():
        want = bert(**enc).last_hidden_state
    got = MiniLMEncoder(bert)(**enc)
    real = enc["attention_mask"].bool()  # padded positions are never read
    assert got.shape == want.shape and torch.allclose(got[real], want[real], atol=1e-4)


def test_pooled_embeddings_are_the_same_through_either_in_bf16():
    tokenizer, bert = fresh_minilm()
    bert = bert.to(torch.bfloat16).eval()
    with torch.inference_mode():
        want = pooled_embeddings(bert, tokenizer, TEXTS)
    got = pooled_embeddings(MiniLMEncoder(bert), tokenizer, TEXTS)
    assert got.dtype == torch.float32 and (got * want).sum(-1).min() > 0.999
