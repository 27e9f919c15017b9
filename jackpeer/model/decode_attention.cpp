// One decode step's attention on a CPU (one query per sequence): softmax(q·kᵀ·scale + mask)·v for each
// query head against its KV head's cached keys and values (GQA), skipping the keys the mask hides.
// PyTorch's SDPA took 25–35 µs per layer for this on the bundled model (9 query heads, 256 keys), most
// of it fixed cost; here one thread per query head does the arithmetic directly, scoring 16 keys at a time.
// Rows whose prefix was copied from another row (best-of-N candidates) read it from there, so a room's
// long prompt is read once per step, not once per candidate. kv_write puts a step's new keys and values
// into the cache in place. Built by native.py.

#include <ATen/Parallel.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty_like.h>
#include <c10/util/BFloat16.h>
#include <c10/util/Half.h>
#include <immintrin.h>
#include <torch/library.h>

#include "simd_load.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <type_traits>
#include <vector>

namespace {

constexpr int kMaxChunks = 16;  // head_dim up to 256, in 16-float chunks held in registers

using jackpeer_simd::load16;

// e^x for x ≤ 0 (scores after their maximum is subtracted): 2^(x·log2 e) = 2^n · 2^f with f in
// [-0.5, 0.5], 2^f by its Taylor series to degree 6 (relative error < 2e-7), 2^n applied by scalef.
inline __m512 exp_nonpositive(__m512 x) {
  const __m512 t = _mm512_mul_ps(_mm512_max_ps(x, _mm512_set1_ps(-87.f)), _mm512_set1_ps(1.4426950408889634f));
  const __m512 n = _mm512_roundscale_ps(t, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  const __m512 f = _mm512_sub_ps(t, n);
  __m512 p = _mm512_set1_ps(1.5403530393381606e-4f);  // ln2⁶/6!
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(1.3333558146428443e-3f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(9.618129107628477e-3f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(5.550410866482158e-2f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(0.2402265069591007f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(0.6931471805599453f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(1.f));
  return _mm512_scalef_ps(p, n);
}

// The lane sums of 16 vectors as one vector (lane i: the sum of v[i]'s lanes). Each level adds pairs of
// half-vectors: 4 levels, 15 additions, where 16 separate reductions took 64.
inline __m512 sums16(__m512 v[16]) {
  static const __m512i pick[4][2] = {
      {_mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23),
       _mm512_setr_epi32(8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31)},
      {_mm512_setr_epi32(0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27),
       _mm512_setr_epi32(4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31)},
      {_mm512_setr_epi32(0, 1, 4, 5, 8, 9, 12, 13, 16, 17, 20, 21, 24, 25, 28, 29),
       _mm512_setr_epi32(2, 3, 6, 7, 10, 11, 14, 15, 18, 19, 22, 23, 26, 27, 30, 31)},
      {_mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30),
       _mm512_setr_epi32(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31)},
  };
  for (int level = 0, n = 16; level < 4; ++level, n /= 2)
    for (int i = 0; i < n / 2; ++i)
      v[i] = _mm512_add_ps(_mm512_permutex2var_ps(v[2 * i], pick[level][0], v[2 * i + 1]),
                           _mm512_permutex2var_ps(v[2 * i], pick[level][1], v[2 * i + 1]));
  return v[0];
}

// One query head's scores q·k·scale into p [S] (-inf where hidden), 16 keys at a time; returns their maximum.
// bf16 keys and queries are multiplied pairwise with AVX-512 BF16's dot product where the CPU has it
// (exact products, float32 sums), with no conversion of the keys to float32 first.
template <typename T>
float scores(const T* q, const T* k, const T* ks, int64_t shared, int64_t stride, const bool* visible, int64_t S,
             int64_t dh, float scale, float* p) {
  const int chunks = static_cast<int>(dh / 16);
#ifdef __AVX512BF16__
  constexpr bool bf16 = std::is_same_v<T, c10::BFloat16>;
  const bool pairs = bf16 && dh % 32 == 0;  // q and the keys multiplied as they are, scaled after the sum
  __m512bh qh[kMaxChunks / 2];
  if constexpr (bf16)
    for (int c = 0; pairs && c < chunks / 2; ++c) qh[c] = (__m512bh)_mm512_loadu_si512(q + 32 * c);
#else
  const bool pairs = false;
#endif
  __m512 qv[kMaxChunks];  // else q·scale in float32
  for (int c = 0; !pairs && c < chunks; ++c) qv[c] = _mm512_mul_ps(load16(q + 16 * c), _mm512_set1_ps(scale));
  const __m512 hidden = _mm512_set1_ps(-std::numeric_limits<float>::infinity());
  __m512 top = hidden;
  for (int64_t j0 = 0; j0 < S; j0 += 16) {
    const int64_t n = std::min<int64_t>(16, S - j0);
    const __mmask16 in = n == 16 ? __mmask16(0xFFFF) : __mmask16((1u << n) - 1);
    const __mmask16 shown = _mm_mask_cmpneq_epi8_mask(in, _mm_maskz_loadu_epi8(in, visible + j0), _mm_setzero_si128());
    __m512 block = hidden;
    if (shown) {
      __m512 acc[16];
      for (int jj = 0; jj < 16; ++jj) {
        acc[jj] = _mm512_setzero_ps();
        if (!(shown >> jj & 1)) continue;
        const T* kj = (j0 + jj < shared ? ks : k) + (j0 + jj) * stride;
#ifdef __AVX512BF16__
        if constexpr (bf16) {
          if (pairs) {
            for (int c = 0; c < chunks / 2; ++c)
              acc[jj] = _mm512_dpbf16_ps(acc[jj], qh[c], (__m512bh)_mm512_loadu_si512(kj + 32 * c));
            continue;
          }
        }
#endif
        for (int c = 0; c < chunks; ++c) acc[jj] = _mm512_fmadd_ps(qv[c], load16(kj + 16 * c), acc[jj]);
      }
      __m512 sums = sums16(acc);
      if (pairs) sums = _mm512_mul_ps(sums, _mm512_set1_ps(scale));
      block = _mm512_mask_blend_ps(shown, hidden, sums);
      top = _mm512_max_ps(top, block);
    }
    _mm512_mask_storeu_ps(p + j0, in, block);
  }
  return _mm512_reduce_max_ps(top);
}

// One query head's softmax weights over its keys into p [S] (exactly 0 for hidden keys); returns 1 / their sum
// (0 when no key is visible: zeros, not NaN). Keys before `shared` are read from ks (see attend).
template <typename T>
float weights(const T* q, const T* k, const T* ks, int64_t shared, int64_t stride, const bool* visible, int64_t S,
              int64_t dh, float scale, float* p) {
  const float hidden = -std::numeric_limits<float>::infinity();
  const float top = scores(q, k, ks, shared, stride, visible, S, dh, scale, p);
  __m512 total = _mm512_setzero_ps();
  for (int64_t j = 0; j < S; j += 16) {
    const __mmask16 in = S - j >= 16 ? __mmask16(0xFFFF) : __mmask16((1u << (S - j)) - 1);
    const __m512 s = _mm512_mask_loadu_ps(_mm512_set1_ps(hidden), in, p + j);
    const __mmask16 shown = _mm512_mask_cmp_ps_mask(in, s, _mm512_set1_ps(hidden), _CMP_NEQ_OQ);
    const __m512 e = _mm512_maskz_mov_ps(shown, exp_nonpositive(_mm512_sub_ps(s, _mm512_set1_ps(top))));
    _mm512_mask_storeu_ps(p + j, in, e);
    total = _mm512_add_ps(total, e);
  }
  const float sum = _mm512_reduce_add_ps(total);
  return sum > 0.f ? 1.f / sum : 0.f;
}

template <typename T>
void store_row(const __m512* acc, int chunks, float norm, T* out) {
  float row[16 * kMaxChunks];
  for (int c = 0; c < chunks; ++c) _mm512_storeu_ps(row + 16 * c, _mm512_mul_ps(acc[c], _mm512_set1_ps(norm)));
  for (int64_t d = 0; d < 16 * chunks; ++d) out[d] = static_cast<T>(row[d]);
}

// One query head: q [dh] against keys and values [S, dh] (rows `stride` elements apart) where visible[j];
// keys and values before `shared` are read from ks, vs (another row holding the same ones), the rest from k, v.
template <typename T>
void attend(const T* q, const T* k, const T* v, const T* ks, const T* vs, int64_t shared, int64_t stride,
            const bool* visible, int64_t S, int64_t dh, float scale, float* p /* [S] scratch */, T* out) {
  const int chunks = static_cast<int>(dh / 16);
  const float norm = weights(q, k, ks, shared, stride, visible, S, dh, scale, p);
  __m512 acc[kMaxChunks];
  for (int c = 0; c < chunks; ++c) acc[c] = _mm512_setzero_ps();
  for (int64_t j = 0; j < S; ++j) {
    if (p[j] == 0.f) continue;
    const __m512 w = _mm512_set1_ps(p[j]);
    const T* vj = (j < shared ? vs : v) + j * stride;
    for (int c = 0; c < chunks; ++c) acc[c] = _mm512_fmadd_ps(w, load16(vj + 16 * c), acc[c]);
  }
  store_row(acc, chunks, norm, out);
}

// Up to N query heads of one KV head together (CH = dh / 16): each head's weights as in attend, then every value
// row is loaded (and converted from bf16 or fp16) once for all of them, into N × CH accumulators held in registers.
// One head at a time, a value row was converted once per head, and each head's CH accumulators formed dependent
// chains of multiply-adds. On the bundled model's shapes, old and new kernels alternating: 32 rows × 600 keys (best-of-4
// candidates sharing a prefix) 524–549 → 487–498 µs a layer, 20 rows × 600 keys 336 → 308–318; at 16 rows × 90 keys no
// change (51–53 against 50–62): the scores, one head at a time as before, are most of the work.
template <int CH, int N, typename T>
void attend_heads(const T* q, int heads, const T* k, const T* v, const T* ks, const T* vs, int64_t shared,
                  int64_t stride, const bool* visible, int64_t S, float scale, float* p /* [N, S] scratch */,
                  T* out) {
  constexpr int64_t dh = 16 * CH;
  float norm[N];
  for (int g = 0; g < heads; ++g) norm[g] = weights(q + g * dh, k, ks, shared, stride, visible, S, dh, scale, p + g * S);
  __m512 acc[N][CH];
  for (int g = 0; g < N; ++g)
    for (int c = 0; c < CH; ++c) acc[g][c] = _mm512_setzero_ps();
  for (int64_t j = 0; j < S; ++j) {
    bool any = false;
    for (int g = 0; g < N; ++g) any |= g < heads && p[g * S + j] != 0.f;
    if (!any) continue;
    const T* vj = (j < shared ? vs : v) + j * stride;
    __m512 row[CH];
    for (int c = 0; c < CH; ++c) row[c] = load16(vj + 16 * c);
    for (int g = 0; g < N; ++g) {
      if (g >= heads) break;
      const __m512 w = _mm512_set1_ps(p[g * S + j]);
      for (int c = 0; c < CH; ++c) acc[g][c] = _mm512_fmadd_ps(w, row[c], acc[g][c]);
    }
  }
  for (int g = 0; g < heads; ++g) store_row(acc[g], CH, norm[g], out + g * dh);
}

template <typename T>
void attend_all(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, const at::Tensor& visible, double scale,
                const int64_t* shared, at::Tensor& out) {
  const int64_t B = q.size(0), KV = q.size(1), G = q.size(2), dh = q.size(3), S = k.size(2);
  const T *qp = q.data_ptr<T>(), *kp = k.data_ptr<T>(), *vp = v.data_ptr<T>();
  T* op = out.data_ptr<T>();
  const bool* mp = visible.data_ptr<bool>();
  // A task is a block of query heads of one KV head: all of them (up to 4 at head_dim 64, 2 at 128) where there are
  // tasks enough for the threads, else one (batch 1 on the bundled model: 9 one-head tasks rather than 3 of 3).
  const int64_t per = (dh == 64 || dh == 128) && B * KV >= 2 * at::get_num_threads() ? std::min<int64_t>(G, 256 / dh) : 1;
  const int64_t blocks = (G + per - 1) / per;
  at::parallel_for(0, B * KV * blocks, 1, [&](int64_t begin, int64_t end) {
    std::vector<float> p(per * S);
    for (int64_t t = begin; t < end; ++t) {
      const int64_t b = t / (KV * blocks), h = t / blocks % KV, first = t % blocks * per;
      const int heads = static_cast<int>(std::min(per, G - first));
      const int64_t cache = b * k.stride(0) + h * k.stride(1);
      const int64_t from = shared ? shared[2 * b] * k.stride(0) + h * k.stride(1) : cache;
      const int64_t n = shared ? shared[2 * b + 1] : 0, qo = ((b * KV + h) * G + first) * dh;
      const bool* seen = mp + (visible.size(0) == 1 ? 0 : b * S);
      const float sc = static_cast<float>(scale);
      if (per == 1)
        attend(qp + qo, kp + cache, vp + cache, kp + from, vp + from, n, k.stride(2), seen, S, dh, sc, p.data(), op + qo);
      else if (dh == 64)
        attend_heads<4, 4>(qp + qo, heads, kp + cache, vp + cache, kp + from, vp + from, n, k.stride(2), seen, S, sc,
                           p.data(), op + qo);
      else
        attend_heads<8, 2>(qp + qo, heads, kp + cache, vp + cache, kp + from, vp + from, n, k.stride(2), seen, S, sc,
                           p.data(), op + qo);
    }
  });
}

// q [B, KV, G, dh]: the G query heads sharing each KV head; k, v [≥B, KV, S, dh] (a cache, its first B
// rows used); visible [1 or B, S] bool; shared, where given, int64 [B, 2]: row b's first shared[b, 1] keys and
// values are read from row shared[b, 0], which holds the same ones (best-of-N candidates and prompts that
// copied another row's prefix: read once from memory instead of once per row). Returns [B, KV, G, dh].
at::Tensor decode_attention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, const at::Tensor& visible,
                            double scale, const std::optional<at::Tensor>& shared) {
  TORCH_CHECK(q.dim() == 4 && q.is_contiguous(), "decode_attention: q must be a contiguous [B, KV, G, dh] tensor");
  TORCH_CHECK(k.dim() == 4 && k.sizes() == v.sizes() && k.strides() == v.strides() && k.stride(3) == 1,
              "decode_attention: k and v must be [B, KV, S, dh] caches of one layout");
  TORCH_CHECK(k.scalar_type() == q.scalar_type() && v.scalar_type() == q.scalar_type(), "decode_attention: one dtype");
  const int64_t B = q.size(0), KV = q.size(1), G = q.size(2), dh = q.size(3), S = k.size(2);
  TORCH_CHECK(k.size(0) >= B && k.size(1) == KV && k.size(3) == dh, "decode_attention: q and the cache disagree");
  TORCH_CHECK(dh % 16 == 0 && dh <= 16 * kMaxChunks, "decode_attention: head_dim must be a multiple of 16, ≤ 256");
  TORCH_CHECK(visible.scalar_type() == at::kBool && visible.dim() == 2 && visible.is_contiguous() &&
                  visible.size(1) == S && (visible.size(0) == 1 || visible.size(0) == B),
              "decode_attention: visible must be a contiguous [1 or B, S] bool mask");
  const int64_t* from = nullptr;
  if (shared.has_value()) {
    const at::Tensor& rows = *shared;
    TORCH_CHECK(rows.scalar_type() == at::kLong && rows.dim() == 2 && rows.size(0) == B && rows.size(1) == 2 &&
                    rows.is_contiguous(),
                "decode_attention: shared must be a contiguous int64 [B, 2] tensor");
    from = rows.data_ptr<int64_t>();
    for (int64_t b = 0; b < B; ++b)
      TORCH_CHECK(from[2 * b] >= 0 && from[2 * b] < k.size(0) && from[2 * b + 1] >= 0 && from[2 * b + 1] <= S,
                  "decode_attention: a shared row or length is outside the cache");
  }
  at::Tensor out = at::empty_like(q);
  switch (q.scalar_type()) {
    case at::kFloat: attend_all<float>(q, k, v, visible, scale, from, out); break;
    case at::kBFloat16: attend_all<c10::BFloat16>(q, k, v, visible, scale, from, out); break;
    case at::kHalf: attend_all<c10::Half>(q, k, v, visible, scale, from, out); break;
    default: TORCH_CHECK(false, "decode_attention: float32, bfloat16 or float16 expected");
  }
  return out;
}

at::Tensor decode_attention_meta(const at::Tensor& q, const at::Tensor&, const at::Tensor&, const at::Tensor&, double,
                                 const std::optional<at::Tensor>&) {
  return at::empty_like(q);
}

// Write new keys and values k, v [B, KV, T, dh] into layer `layer` of the caches [layers, ≥B, KV, S, dh] at
// positions pos [T] (every row at the same positions) or [B, T] (each row its own), in place. As a graph's own op
// it runs on the cache as it is: written with indexing, the compiled batched step also copied each layer's whole
// cache view per step (2 of 13 ms at 16 rows). It takes every layer's cache and the layer's index rather than the
// layer's view: given such a view, whose offset follows the dynamic cache length, a compiled step wrote every layer's
// keys into layer 0 (PyTorch 2.13).
void kv_write(at::Tensor k_store, at::Tensor v_store, int64_t layer, const at::Tensor& pos, const at::Tensor& k,
              const at::Tensor& v) {
  TORCH_CHECK(k_store.dim() == 5 && k_store.sizes() == v_store.sizes() && k_store.strides() == v_store.strides() &&
                  k_store.stride(4) == 1,
              "kv_write: the caches must be [layers, B, KV, S, dh] tensors of one layout");
  TORCH_CHECK(layer >= 0 && layer < k_store.size(0), "kv_write: no such layer");
  const at::Tensor k_cache = k_store.select(0, layer), v_cache = v_store.select(0, layer);
  TORCH_CHECK(k.dim() == 4 && k.sizes() == v.sizes() && k.stride(3) == 1 && v.stride(3) == 1,
              "kv_write: k and v must be [B, KV, T, dh]");
  const int64_t B = k.size(0), KV = k.size(1), T = k.size(2), dh = k.size(3), S = k_cache.size(2);
  TORCH_CHECK(k_cache.size(0) >= B && k_cache.size(1) == KV && k_cache.size(3) == dh,
              "kv_write: the new keys and the cache disagree on their shape");
  TORCH_CHECK(k.scalar_type() == k_cache.scalar_type() && v.scalar_type() == k_cache.scalar_type(),
              "kv_write: the new keys and the cache must have one dtype");
  TORCH_CHECK(pos.scalar_type() == at::kLong && pos.is_contiguous() &&
                  ((pos.dim() == 1 && pos.size(0) == T) || (pos.dim() == 2 && pos.size(0) == B && pos.size(1) == T)),
              "kv_write: positions must be int64 [T] or [B, T]");
  const int64_t* pp = pos.data_ptr<int64_t>();
  for (int64_t i = 0; i < pos.numel(); ++i) TORCH_CHECK(pp[i] >= 0 && pp[i] < S, "kv_write: position out of the cache");
  const int64_t size = k.element_size(), bytes = dh * size;
  char *kc = static_cast<char*>(k_cache.data_ptr()), *vc = static_cast<char*>(v_cache.data_ptr());
  const char *kn = static_cast<const char*>(k.data_ptr()), *vn = static_cast<const char*>(v.data_ptr());
  for (int64_t b = 0; b < B; ++b)
    for (int64_t h = 0; h < KV; ++h)
      for (int64_t t = 0; t < T; ++t) {
        const int64_t p = pp[pos.dim() == 1 ? t : b * T + t];
        const int64_t at_cache = (b * k_cache.stride(0) + h * k_cache.stride(1) + p * k_cache.stride(2)) * size;
        std::memcpy(kc + at_cache, kn + (b * k.stride(0) + h * k.stride(1) + t * k.stride(2)) * size, bytes);
        std::memcpy(vc + at_cache, vn + (b * v.stride(0) + h * v.stride(1) + t * v.stride(2)) * size, bytes);
      }
}

void kv_write_meta(at::Tensor, at::Tensor, int64_t, const at::Tensor&, const at::Tensor&, const at::Tensor&) {}

}  // namespace

TORCH_LIBRARY_FRAGMENT(jackpeer, m) {
  m.def("decode_attention(Tensor q, Tensor k, Tensor v, Tensor visible, float scale, Tensor? shared=None) -> Tensor");
  m.def("kv_write(Tensor(a!) k_store, Tensor(b!) v_store, int layer, Tensor pos, Tensor k, Tensor v) -> ()");
}

TORCH_LIBRARY_IMPL(jackpeer, CPU, m) {
  m.impl("decode_attention", decode_attention);
  m.impl("kv_write", kv_write);
}

TORCH_LIBRARY_IMPL(jackpeer, Meta, m) {
  m.impl("decode_attention", decode_attention_meta);
  m.impl("kv_write", kv_write_meta);
}
