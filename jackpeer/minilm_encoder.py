"""MiniLM's encoder (BERT) for inference, in plain PyTorch: the screen's heads read every message through it.

The same math as transformers' BertModel in eval mode (embeddings + LayerNorm, then per layer: self-attention
with the padding mask, residual + LayerNorm, GELU feed-forward, residual + LayerNorm), with the query, key and
value projections as one matrix. transformers' modules spend most of a short message's time in Python: a
12-token message took 5.3 ms through BertModel and 3.0 ms here (bf16, two cores), and a screen check asks one
to three of these encoders. Training (guard/tuned.py) still runs through BertModel; this reads its weights.
"""

import torch
import torch.nn.functional as F


class MiniLMEncoder:
    """Last hidden states [batch, tokens, hidden] of a BertModel's weights (shared, except the fused QKV)."""

    def __init__(self, bert):
        cfg = bert.config
        if cfg.hidden_act != "gelu" or getattr(cfg, "position_embedding_type", "absolute") != "absolute":
            raise ValueError(f"MiniLMEncoder reads BERT with gelu and absolute positions, not {cfg.hidden_act}")
        self.heads, self.eps = cfg.num_attention_heads, cfg.layer_norm_eps
        emb = bert.embeddings
        self.words, self.positions = emb.word_embeddings.weight, emb.position_embeddings.weight
        self.token_type = emb.token_type_embeddings.weight[0]
        self.norm_w, self.norm_b = emb.LayerNorm.weight, emb.LayerNorm.bias
        self.layers = []
        for layer in bert.encoder.layer:
            att, out = layer.attention, layer.output
            q, k, v = att.self.query, att.self.key, att.self.value
            self.layers.append({
                "qkv_w": torch.cat([q.weight, k.weight, v.weight]).detach(),
                "qkv_b": torch.cat([q.bias, k.bias, v.bias]).detach(),
                "o_w": att.output.dense.weight, "o_b": att.output.dense.bias,
                "n1_w": att.output.LayerNorm.weight, "n1_b": att.output.LayerNorm.bias,
                "up_w": layer.intermediate.dense.weight, "up_b": layer.intermediate.dense.bias,
                "down_w": out.dense.weight, "down_b": out.dense.bias,
                "n2_w": out.LayerNorm.weight, "n2_b": out.LayerNorm.bias,
            })

    @torch.inference_mode()
    def __call__(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor | None = None) -> torch.Tensor:
        """token_type_ids is accepted (the tokenizer passes it) and taken as all zeros, as in every MiniLM caller."""
        b, t = input_ids.shape
        d = self.words.size(1)
        x = self.words[input_ids] + self.positions[:t] + self.token_type
        x = F.layer_norm(x, (d,), self.norm_w, self.norm_b, self.eps)
        keep = attention_mask[:, None, None, :].bool()  # [b, 1, 1, t]: which keys each query may read
        for p in self.layers:
            q, k, v = F.linear(x, p["qkv_w"], p["qkv_b"]).view(b, t, 3, self.heads, -1).permute(2, 0, 3, 1, 4)
            att = F.scaled_dot_product_attention(q, k, v, attn_mask=keep).transpose(1, 2).reshape(b, t, d)
            x = F.layer_norm(x + F.linear(att, p["o_w"], p["o_b"]), (d,), p["n1_w"], p["n1_b"], self.eps)
            up = F.gelu(F.linear(x, p["up_w"], p["up_b"]))
            x = F.layer_norm(x + F.linear(up, p["down_w"], p["down_b"]), (d,), p["n2_w"], p["n2_b"], self.eps)
        return x


def mean_pooled(hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    """Float32 sentence vectors [batch, hidden]: the mean of the hidden states over real tokens, L2-normalised (as
    sentence-transformers pools all-MiniLM-L6-v2)."""
    mask = attention_mask.unsqueeze(-1).float()
    return F.normalize((hidden.float() * mask).sum(1) / mask.sum(1).clamp(min=1e-9), dim=-1)
