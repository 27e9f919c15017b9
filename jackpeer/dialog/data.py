"""Pairs -> token sequences `[context ; SEP ; response ; EOS]` and padded batches with loss masks."""

from dataclasses import dataclass

import torch

from jackpeer.dialog.corpora import Pair
from jackpeer.dialog.tokenizer import ByteTokenizer


@dataclass
class Example:
    """One encoded example: ids = context + separator + response + EOS; response starts at resp_start."""

    ids: list[int]
    resp_start: int
    truncated: bool = False


@dataclass
class Batch:
    """Right-padded ids [B, L] and tmask [B, L]: position i is trained to predict ids[i+1] (a response token)."""

    ids: torch.Tensor
    tmask: torch.Tensor

    def to(self, device: str | torch.device) -> "Batch":
        """The batch on a device."""
        return Batch(self.ids.to(device), self.tmask.to(device))

    @property
    def targets(self) -> torch.Tensor:
        """ids shifted left by one (the token each position predicts); the last column is padding."""
        return torch.cat([self.ids[:, 1:], self.ids[:, -1:]], dim=1)

    def __len__(self) -> int:
        return self.ids.size(0)


class ByteEncoder:
    """Plain format for from-scratch models: BOS, persona and turns joined by newlines, SEP, response, EOS."""

    def __init__(self, tokenizer: ByteTokenizer | None = None, max_context: int = 256, max_response: int = 40):
        self.tok = tokenizer or ByteTokenizer()
        self.max_context, self.max_response = max_context, max_response
        self.pad_id, self.eos_id = self.tok.pad_id, self.tok.eos_id

    def context_ids(self, pair: Pair) -> list[int]:
        """Context ids up to and including the separator (left-truncated: recent turns matter most)."""
        ctx = self.tok.encode("\n".join(pair.persona + pair.context))
        ctx = ctx[-(self.max_context - 2) :]
        return [self.tok.bos_id] + ctx + [self.tok.sep_id]

    def encode(self, pair: Pair) -> Example:
        """One training example."""
        ctx = self.context_ids(pair)
        resp = self.tok.encode(pair.response)
        truncated = len(resp) > self.max_response or len(ctx) >= self.max_context
        return Example(ctx + resp[: self.max_response] + [self.eos_id], len(ctx), truncated)


class ChatEncoder:
    """For a loaded chat checkpoint: the context as a chat prompt (its own template), the reply + stop token."""

    def __init__(self, lm, max_context: int = 256, max_response: int = 40):
        self.tok, self.fmt = lm.tokenizer, lm.chat_format
        self.max_context, self.max_response = max_context, max_response
        self.eos_id = self._end_of_turn()
        self.pad_id = self.eos_id  # padding sits after the last target; its value never matters

    def _end_of_turn(self) -> int:
        """The id that ends an assistant turn in this chat format (Llama 3 <|eot_id|>, ChatML <|im_end|>)."""
        for name in ("<|eot_id|>", "<|im_end|>"):
            try:
                return self.tok.special_id(name)
            except KeyError:
                continue
        return self.tok.eos_id

    def context_ids(self, pair: Pair) -> list[int]:
        """The chat prompt for the reply: persona as system, turns alternating so the reply is the assistant's."""
        messages = [{"role": "system", "content": " ".join(pair.persona)}] if pair.persona else []
        n = len(pair.context)
        turns = [{"role": "user" if (n - i) % 2 else "assistant", "content": t} for i, t in enumerate(pair.context)]
        while True:  # drop whole old turns rather than cut a template header in half
            ids = self.fmt.encode_dialog(messages + turns, add_generation_prompt=True)
            if len(ids) <= self.max_context or len(turns) <= 1:
                return ids[-self.max_context :]
            turns = turns[1:]

    def encode(self, pair: Pair) -> Example:
        """One training example."""
        ctx = self.context_ids(pair)
        resp = self.tok.encode(pair.response)
        truncated = len(resp) > self.max_response
        return Example(ctx + resp[: self.max_response] + [self.eos_id], len(ctx), truncated)


def collate(examples: list[Example], pad_id: int, pad_to: int | None = None) -> Batch:
    """Right-pad examples into a Batch; with causal attention, right padding never affects real positions."""
    L = max([len(e.ids) for e in examples] + [pad_to or 0])
    ids = torch.full((len(examples), L), pad_id, dtype=torch.long)
    tmask = torch.zeros((len(examples), L), dtype=torch.bool)
    for b, e in enumerate(examples):
        ids[b, : len(e.ids)] = torch.tensor(e.ids)
        tmask[b, e.resp_start - 1 : len(e.ids) - 1] = True
    return Batch(ids, tmask)
