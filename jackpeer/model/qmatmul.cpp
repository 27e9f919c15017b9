// Quantized matmuls for decoding on a CPU: y = x · Wᵀ with 4-bit or 8-bit weights and integer dot
// products on AVX-512 VNNI. The activations are quantized on the fly per group of 32: to int8 against
// 4-bit weights (llama.cpp's q8 activations; `vpdpbusd`, four byte products per 32-bit lane), to int16
// against the 8-bit LM head (`vpdpwssd`), whose logits' near-ties int8 activations would flip.
// Built once per machine by native.py.
//
// Layouts (packed by quantize.py), for n output rows in blocks of 16 and k inputs in groups of 32:
//   q4: uint8 [n/16, k/32 · 4 · 16 rows · 4]: byte (p, r, j) of a group holds row r's weight at
//       k-offset 8p+j of the group in its low nibble and at 8p+4+j in its high nibble; w = q·scale + min,
//       with bf16 [n/16, k/32 · 2 · 16] holding the 16 rows' scales, then their mins, per group.
//   q8: uint8 [n/16, k/32 · 8 · 16 rows · 4]: byte (c, r, j) of a group holds row r's weight at k-offset
//       4c+j, plus 128; w = (q − 128)·scale with one float scale per row.
// One 64-byte vector is then 16 rows × 4 consecutive inputs: `vpdpbusd` multiplies it by 4 activation
// bytes broadcast to every row (q4); q8 widens each half to int16 for `vpdpwssd` against 4 int16 activations.
// From kTileMinRows activation rows on, where the CPU has AMX (Sapphire Rapids on), q4 runs on its tiles instead:
// that layout's 16 rows × 4 bytes are already a `tdpbsud` B-tile row, and 16 activation rows share each one.
// q8 does too: its layout's chunk c of a group is B-tile row c as it lies in memory, and
// the int16 activations are split into a signed high byte and an unsigned low byte (`tdpbsud` and `tdpbuud`), whose
// integer sums give the same products as `vpdpwssd`, scaled in the same order: the logits are bit for bit the same.

#include <ATen/Parallel.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <c10/util/BFloat16.h>
#include <c10/util/Half.h>
#include <immintrin.h>
#include <torch/library.h>

#if defined(__AMX_TILE__) && defined(__AMX_INT8__)
#include <sys/syscall.h>
#include <unistd.h>
#define JACKPEER_AMX 1
#endif

#include "simd_load.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <type_traits>
#include <vector>

#if !(defined(__AVX512VNNI__) && defined(__AVX512BW__))
#error "qmatmul needs AVX-512 VNNI: this CPU keeps PyTorch's own int4/int8 kernels"
#endif

namespace {

constexpr int kGroup = 32;   // inputs per activation (and q4 weight) group
constexpr int kRows = 16;    // output rows per block
constexpr int kTile = 4;     // activation rows that share each weight load
constexpr int kTileRows = 16;     // activation rows of one AMX tile
// From this many rows on, q4 and q8 run on AMX tiles (where there are any): at 8, VNNI is as fast (q8 on an Intel
// Xeon with AMX, 49,152 × 576: 1.15 ms on VNNI against 1.42 on tiles at 8 rows, 2.15 against 1.39-1.49 at 16).
constexpr int kTileMinRows = 12;

using jackpeer_simd::load16;

inline void store16(int8_t* p, __m512i q) { _mm_storeu_si128(reinterpret_cast<__m128i*>(p), _mm512_cvtepi32_epi8(q)); }
inline void store16(int16_t* p, __m512i q) { _mm256_storeu_si256(reinterpret_cast<__m256i*>(p), _mm512_cvtepi32_epi16(q)); }

// x's rows quantized per group of 32 to int8 (q4 weights) or int16 (q8 weights: the LM head, whose
// logits' near-ties int8 activations would flip): x ≈ d · q, with d · Σq per group kept for the
// weights' offsets (mins).
template <typename Q>
struct QuantizedRows {
  std::vector<Q> q;       // [M, k]
  std::vector<float> d;   // [M, k/32]
  std::vector<float> ds;  // [M, k/32]: d · Σ q over the group
  std::vector<int32_t> sum;  // [M, k/32]: Σ q over the group
};

// `rows` ≥ M rows, the ones past M zero: a tile reads whole tiles.
template <typename Q, typename T>
QuantizedRows<Q> quantize_rows(const T* x, int64_t M, int64_t k, int64_t rows) {
  const __m512 top = _mm512_set1_ps(std::numeric_limits<Q>::max());
  const int64_t groups = k / kGroup;
  QuantizedRows<Q> out{std::vector<Q>(rows * k), std::vector<float>(rows * groups), std::vector<float>(rows * groups),
                       std::vector<int32_t>(rows * groups)};
  for (int64_t i = 0; i < M * groups; ++i) {
    const __m512 a = load16(x + i * kGroup), b = load16(x + i * kGroup + 16);
    const float amax = _mm512_reduce_max_ps(_mm512_max_ps(_mm512_abs_ps(a), _mm512_abs_ps(b)));
    const __m512 inv = amax > 0.f ? _mm512_div_ps(top, _mm512_set1_ps(amax)) : _mm512_setzero_ps();
    // rounded to nearest, ties to even (the default rounding mode, as std::nearbyint)
    const __m512i qa = _mm512_cvtps_epi32(_mm512_mul_ps(a, inv)), qb = _mm512_cvtps_epi32(_mm512_mul_ps(b, inv));
    store16(out.q.data() + i * kGroup, qa);
    store16(out.q.data() + i * kGroup + 16, qb);
    const float d = amax / std::numeric_limits<Q>::max();
    out.d[i] = d;
    out.sum[i] = _mm512_reduce_add_epi32(_mm512_add_epi32(qa, qb));
    out.ds[i] = d * static_cast<float>(out.sum[i]);
  }
  return out;
}

inline int32_t four_bytes(const int8_t* p) {
  int32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// 16 rows' dot products with MT activation rows, for one q4 block (all groups).
template <int MT>
void q4_block(const uint8_t* w, const c10::BFloat16* sm, const QuantizedRows<int8_t>& x, int64_t m0, int64_t k,
              float* y /* [MT, 16] */) {
  const int64_t groups = k / kGroup;
  const __m512i low = _mm512_set1_epi8(0x0F);
  __m512 acc[MT];
  for (int m = 0; m < MT; ++m) acc[m] = _mm512_setzero_ps();
  for (int64_t g = 0; g < groups; ++g) {
    __m512i dot[MT];
    for (int m = 0; m < MT; ++m) dot[m] = _mm512_setzero_si512();
    for (int p = 0; p < 4; ++p) {
      const __m512i v = _mm512_loadu_si512(w + (g * 4 + p) * 64);
      const __m512i lo = _mm512_and_si512(v, low);
      const __m512i hi = _mm512_and_si512(_mm512_srli_epi16(v, 4), low);
      for (int m = 0; m < MT; ++m) {
        const int8_t* q = x.q.data() + (m0 + m) * k + g * kGroup + p * 8;
        dot[m] = _mm512_dpbusd_epi32(dot[m], lo, _mm512_set1_epi32(four_bytes(q)));
        dot[m] = _mm512_dpbusd_epi32(dot[m], hi, _mm512_set1_epi32(four_bytes(q + 4)));
      }
    }
    const __m512 scale = load16(sm + g * 32), min = load16(sm + g * 32 + 16);
    for (int m = 0; m < MT; ++m) {
      const int64_t i = (m0 + m) * groups + g;
      // Σ (q·scale + min)·d·qx = scale·d·Σ q·qx + min·d·Σ qx
      acc[m] = _mm512_fmadd_ps(scale, _mm512_mul_ps(_mm512_cvtepi32_ps(dot[m]), _mm512_set1_ps(x.d[i])), acc[m]);
      acc[m] = _mm512_fmadd_ps(min, _mm512_set1_ps(x.ds[i]), acc[m]);
    }
  }
  for (int m = 0; m < MT; ++m) _mm512_storeu_ps(y + m * kRows, acc[m]);
}

// The same for one q8 block, with int16 activations (`vpdpwssd`, two products per 32-bit lane); the
// row scales are applied by the caller.
template <int MT>
void q8_block(const uint8_t* w, const QuantizedRows<int16_t>& x, int64_t m0, int64_t k, float* y) {
  const int64_t groups = k / kGroup;
  const __m256i flip = _mm256_set1_epi8(static_cast<char>(0x80));
  const __m512i evens = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
  __m512 acc[MT];
  for (int m = 0; m < MT; ++m) acc[m] = _mm512_setzero_ps();
  for (int64_t g = 0; g < groups; ++g) {
    __m512i dot[MT][2];
    for (int m = 0; m < MT; ++m) dot[m][0] = dot[m][1] = _mm512_setzero_si512();
    for (int c = 0; c < 8; ++c) {
      // q − 128 widened to int16, rows 0–7 and rows 8–15: lane 2r holds row r's inputs 4c, 4c+1 and
      // lane 2r+1 its inputs 4c+2, 4c+3, so the 4 activations are broadcast as one 64-bit pattern.
      const uint8_t* wc = w + (g * 8 + c) * 64;
      const __m512i lo = _mm512_cvtepi8_epi16(_mm256_xor_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(wc)), flip));
      const __m512i hi = _mm512_cvtepi8_epi16(_mm256_xor_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(wc + 32)), flip));
      for (int m = 0; m < MT; ++m) {
        int64_t four;
        std::memcpy(&four, x.q.data() + (m0 + m) * k + g * kGroup + c * 4, 8);
        const __m512i xs = _mm512_set1_epi64(four);
        dot[m][0] = _mm512_dpwssd_epi32(dot[m][0], lo, xs);
        dot[m][1] = _mm512_dpwssd_epi32(dot[m][1], hi, xs);
      }
    }
    for (int m = 0; m < MT; ++m) {
      // each row's two lanes added, then rows 0–7 and 8–15 gathered into one vector
      const __m512i a = _mm512_add_epi32(dot[m][0], _mm512_shuffle_epi32(dot[m][0], _MM_PERM_CDAB));
      const __m512i b = _mm512_add_epi32(dot[m][1], _mm512_shuffle_epi32(dot[m][1], _MM_PERM_CDAB));
      const __m512i rows = _mm512_permutex2var_epi32(a, evens, b);
      acc[m] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(rows), _mm512_set1_ps(x.d[(m0 + m) * groups + g]), acc[m]);
    }
  }
  for (int m = 0; m < MT; ++m) _mm512_storeu_ps(y + m * kRows, acc[m]);
}

#ifdef JACKPEER_AMX
// Linux gives a process the tile registers only once it asks for them (arch_prctl ARCH_REQ_XCOMP_PERM,
// XFEATURE_XTILEDATA); where it refuses (an older kernel, a VM that hides them), or with JACK_AMX=0, q4 stays on VNNI.
bool tiles_granted() {
  static const bool granted = [] {
    const char* env = std::getenv("JACK_AMX");
    return !(env && std::strcmp(env, "0") == 0) && syscall(SYS_arch_prctl, 0x1023, 18) == 0;
  }();
  return granted;
}

struct alignas(64) TileConfig {
  uint8_t palette = 1, start_row = 0, reserved[14] = {};
  uint16_t colsb[16] = {};
  uint8_t rows[16] = {};
};

// Two sets of tiles, for even and odd groups: A (0, 3): 16 activation rows × one group (32 int8); B (1, 4): that
// group's weights for 16 rows as 8 rows of 16 × 4 bytes; C (2, 5): their 16 × 16 int32 products. Per thread.
void configure_tiles() {
  TileConfig cfg;
  for (int t : {0, 3}) cfg.rows[t] = kTileRows, cfg.colsb[t] = kGroup;
  for (int t : {1, 4}) cfg.rows[t] = kGroup / 4, cfg.colsb[t] = 64;
  for (int t : {2, 5}) cfg.rows[t] = kTileRows, cfg.colsb[t] = 64;
  asm volatile("" : : "r"(&cfg) : "memory");  // the stores above are read by ldtilecfg, which GCC cannot see
  _tile_loadconfig(&cfg);
}

// A group's 4-bit weights unpacked to bytes: B's 8 rows (nibbles of the layout's byte p are rows 2p and 2p+1).
inline void unpack_group(const uint8_t* w, uint8_t* b) {
  const __m512i low = _mm512_set1_epi8(0x0F);
  for (int p = 0; p < 4; ++p) {
    const __m512i v = _mm512_loadu_si512(w + p * 64);
    _mm512_store_si512(b + 2 * p * 64, _mm512_and_si512(v, low));
    _mm512_store_si512(b + (2 * p + 1) * 64, _mm512_and_si512(_mm512_srli_epi16(v, 4), low));
  }
}

// 16 weight rows' dot products with 16 activation rows (rows past M are zeros), for one q4 block, on AMX:
// per group, `tdpbsud` (signed activations × unsigned nibbles) multiplies while the group before is scaled,
// as q4_block scales, into accumulators that stay in registers.
void q4_tile_block(const uint8_t* w, const c10::BFloat16* sm, const QuantizedRows<int8_t>& x, int64_t m0, int64_t k,
                   float* y /* [16, 16] */) {
  const int64_t groups = k / kGroup;
  const int8_t* a = x.q.data() + m0 * k;
  alignas(64) uint8_t b[2][kGroup / 4 * 64];
  alignas(64) int32_t c[2][kTileRows * kRows];
  __m512 acc[kTileRows];
  for (auto& v : acc) v = _mm512_setzero_ps();
  const auto scale = [&](int64_t g, const int32_t* products) {
    const __m512 s = load16(sm + g * 32), min = load16(sm + g * 32 + 16);
#pragma GCC unroll 16
    for (int m = 0; m < kTileRows; ++m) {
      const int64_t i = (m0 + m) * groups + g;
      const __m512 dot = _mm512_cvtepi32_ps(_mm512_load_si512(products + m * kRows));
      acc[m] = _mm512_fmadd_ps(s, _mm512_mul_ps(dot, _mm512_set1_ps(x.d[i])), acc[m]);
      acc[m] = _mm512_fmadd_ps(min, _mm512_set1_ps(x.ds[i]), acc[m]);
    }
  };
  for (int64_t g = 0; g < groups; ++g) {
    if (g % 2 == 0) {
      unpack_group(w + g * 256, b[0]);
      _tile_loadd(1, b[0], 64);
      _tile_loadd(0, a + g * kGroup, k);
      _tile_zero(2);
      _tile_dpbsud(2, 0, 1);
      if (g > 0) _tile_stored(5, c[1], 64);
    } else {
      unpack_group(w + g * 256, b[1]);
      _tile_loadd(4, b[1], 64);
      _tile_loadd(3, a + g * kGroup, k);
      _tile_zero(5);
      _tile_dpbsud(5, 3, 4);
      _tile_stored(2, c[0], 64);
    }
    if (g > 0) scale(g - 1, c[(g - 1) % 2]);
  }
  if ((groups - 1) % 2 == 0) _tile_stored(2, c[0], 64);
  else _tile_stored(5, c[1], 64);
  scale(groups - 1, c[(groups - 1) % 2]);
  for (int m = 0; m < kTileRows; ++m) _mm512_storeu_ps(y + m * kRows, acc[m]);
}

// q8's tiles: A (0, 1): 16 activation rows × one group, their high (signed) and low (unsigned) bytes; B (2): the
// group's weights, 8 rows of 16 × 4 bytes (q + 128); C (3, 4): the high and low products, 16 × 16 int32.
void configure_q8_tiles() {
  TileConfig cfg;
  for (int t : {0, 1}) cfg.rows[t] = kTileRows, cfg.colsb[t] = kGroup;
  cfg.rows[2] = kGroup / 4, cfg.colsb[2] = 64;
  for (int t : {3, 4}) cfg.rows[t] = kTileRows, cfg.colsb[t] = 64;
  asm volatile("" : : "r"(&cfg) : "memory");
  _tile_loadconfig(&cfg);
}

// 16 weight rows' dot products with 16 activation rows, for one q8 block, on AMX: per group,
// Σ q·(u − 128) = 256·Σ hi·u + Σ lo·u − 128·Σ q in int32 (exact, as `vpdpwssd`'s), then scaled by d as q8_block
// does, while the tiles multiply the next group. Row scales are applied by the caller.
void q8_tile_block(const uint8_t* w, const int8_t* hi, const uint8_t* lo, const QuantizedRows<int16_t>& x, int64_t m0,
                   int64_t k, float* y /* [16, 16] */) {
  const int64_t groups = k / kGroup;
  alignas(64) int32_t c[2][2][kTileRows * kRows];
  __m512 acc[kTileRows];
  for (auto& v : acc) v = _mm512_setzero_ps();
  const auto scale = [&](int64_t g, int32_t (*products)[kTileRows * kRows]) {
#pragma GCC unroll 16
    for (int m = 0; m < kTileRows; ++m) {
      const int64_t i = (m0 + m) * groups + g;
      const __m512i high = _mm512_load_si512(products[0] + m * kRows), low = _mm512_load_si512(products[1] + m * kRows);
      const __m512i dot = _mm512_sub_epi32(_mm512_add_epi32(_mm512_slli_epi32(high, 8), low), _mm512_set1_epi32(128 * x.sum[i]));
      acc[m] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(dot), _mm512_set1_ps(x.d[i]), acc[m]);
    }
  };
  for (int64_t g = 0; g < groups; ++g) {
    _tile_loadd(2, w + g * 512, 64);
    _tile_loadd(0, hi + m0 * k + g * kGroup, k);
    _tile_loadd(1, lo + m0 * k + g * kGroup, k);
    _tile_zero(3);
    _tile_zero(4);
    _tile_dpbsud(3, 0, 2);
    _tile_dpbuud(4, 1, 2);
    if (g > 0) scale(g - 1, c[(g - 1) % 2]);
    _tile_stored(3, c[g % 2][0], 64);
    _tile_stored(4, c[g % 2][1], 64);
  }
  scale(groups - 1, c[(groups - 1) % 2]);
  for (int m = 0; m < kTileRows; ++m) _mm512_storeu_ps(y + m * kRows, acc[m]);
}
#endif

template <typename Block>
void for_each_tile(int64_t M, Block block) {
  for (int64_t m0 = 0; m0 < M; m0 += kTile) {
    switch (std::min<int64_t>(kTile, M - m0)) {
      case 4: block(std::integral_constant<int, 4>{}, m0); break;
      case 3: block(std::integral_constant<int, 3>{}, m0); break;
      case 2: block(std::integral_constant<int, 2>{}, m0); break;
      default: block(std::integral_constant<int, 1>{}, m0); break;
    }
  }
}

void check_input(const at::Tensor& x, const at::Tensor& w, int64_t bytes_per_group) {
  TORCH_CHECK(x.dim() == 2 && x.is_contiguous(), "qmatmul: x must be a contiguous [M, k] matrix");
  TORCH_CHECK(x.size(1) % kGroup == 0, "qmatmul: k must be a multiple of 32");
  TORCH_CHECK(w.scalar_type() == at::kByte && w.is_contiguous() && w.dim() == 2, "qmatmul: packed weights expected");
  TORCH_CHECK(w.size(1) == x.size(1) / kGroup * bytes_per_group, "qmatmul: x and the packed weights disagree on k");
}

// q8's per-row weight scales (one per output of the block) applied to a tile's `rows` activation rows.
inline void scale_rows(float* tile, int rows, const float* scales) {
  for (int m = 0; m < rows; ++m)
    for (int r = 0; r < kRows; ++r) tile[m * kRows + r] *= scales[r];
}

// A tile's `rows` activation rows of 16 outputs into y [M, n] at block b, activation row m0.
template <typename Out>
void store_tile(const float* tile, int rows, Out* y, int64_t n, int64_t b, int64_t m0) {
  for (int m = 0; m < rows; ++m)
    for (int r = 0; r < kRows; ++r) y[(m0 + m) * n + b * kRows + r] = static_cast<Out>(tile[m * kRows + r]);
}

template <typename Q, typename T, typename Out, typename Fn>
at::Tensor run(const at::Tensor& x, int64_t n, Fn block_rows) {
  const int64_t M = x.size(0), k = x.size(1);
  const QuantizedRows<Q> qx = quantize_rows<Q>(x.data_ptr<T>(), M, k, M);
  at::Tensor y = at::empty({M, n}, x.options().dtype(c10::CppTypeToScalarType<Out>::value));
  Out* out = y.data_ptr<Out>();
  // Each thread takes whole 16-row blocks; ~8 per grain keeps small matrices on few threads.
  at::parallel_for(0, n / kRows, 8, [&](int64_t begin, int64_t end) {
    float tile[kTile * kRows];
    for (int64_t b = begin; b < end; ++b) {
      for_each_tile(M, [&](auto mt, int64_t m0) {
        constexpr int MT = decltype(mt)::value;
        block_rows(mt, b, qx, m0, tile);
        store_tile(tile, MT, out, n, b, m0);
      });
    }
  });
  return y;
}

#ifdef JACKPEER_AMX
// run() for q4 on AMX tiles: 16 activation rows at a time (the last tile's missing rows are zeros).
template <typename T, typename Out>
at::Tensor run_on_tiles(const at::Tensor& x, int64_t n, const uint8_t* w, const c10::BFloat16* sm) {
  const int64_t M = x.size(0), k = x.size(1), groups = k / kGroup;
  const QuantizedRows<int8_t> qx = quantize_rows<int8_t>(x.data_ptr<T>(), M, k, (M + kTileRows - 1) / kTileRows * kTileRows);
  at::Tensor y = at::empty({M, n}, x.options().dtype(c10::CppTypeToScalarType<Out>::value));
  Out* out = y.data_ptr<Out>();
  at::parallel_for(0, n / kRows, 8, [&](int64_t begin, int64_t end) {
    configure_tiles();
    float tile[kTileRows * kRows];
    for (int64_t b = begin; b < end; ++b) {
      for (int64_t m0 = 0; m0 < M; m0 += kTileRows) {
        const int mt = static_cast<int>(std::min<int64_t>(kTileRows, M - m0));
        q4_tile_block(w + b * groups * 256, sm + b * groups * 32, qx, m0, k, tile);
        store_tile(tile, mt, out, n, b, m0);
      }
    }
    _tile_release();
  });
  return y;
}

// q8 on AMX tiles, 16 activation rows at a time; the int16 activations split into high and low bytes first.
template <typename T, typename Out>
at::Tensor run_q8_on_tiles(const at::Tensor& x, int64_t n, const uint8_t* w, const float* scales) {
  const int64_t M = x.size(0), k = x.size(1), groups = k / kGroup;
  const int64_t rows = (M + kTileRows - 1) / kTileRows * kTileRows;
  const QuantizedRows<int16_t> qx = quantize_rows<int16_t>(x.data_ptr<T>(), M, k, rows);
  std::vector<int8_t> hi(rows * k);
  std::vector<uint8_t> lo(rows * k);
  for (int64_t i = 0; i < rows * k; ++i) {
    hi[i] = static_cast<int8_t>(qx.q[i] >> 8);
    lo[i] = static_cast<uint8_t>(qx.q[i] & 0xFF);
  }
  at::Tensor y = at::empty({M, n}, x.options().dtype(c10::CppTypeToScalarType<Out>::value));
  Out* out = y.data_ptr<Out>();
  at::parallel_for(0, n / kRows, 8, [&](int64_t begin, int64_t end) {
    configure_q8_tiles();
    float tile[kTileRows * kRows];
    for (int64_t b = begin; b < end; ++b) {
      for (int64_t m0 = 0; m0 < M; m0 += kTileRows) {
        const int mt = static_cast<int>(std::min<int64_t>(kTileRows, M - m0));
        q8_tile_block(w + b * groups * 512, hi.data(), lo.data(), qx, m0, k, tile);
        scale_rows(tile, mt, scales + b * kRows);
        store_tile(tile, mt, out, n, b, m0);
      }
    }
    _tile_release();
  });
  return y;
}
#endif

// run_as(input type, output type) for x's dtype: the output in x's dtype, or in float32 where asked (logits: bf16
// rounds them to steps of 0.125 at 25, which turns near-ties into ties).
template <typename Fn>
at::Tensor by_dtype(const at::Tensor& x, bool float_out, Fn run_as) {
  using c10::BFloat16, c10::Half, std::type_identity;
  switch (x.scalar_type()) {
    case at::kFloat: return run_as(type_identity<float>{}, type_identity<float>{});
    case at::kBFloat16:
      return float_out ? run_as(type_identity<BFloat16>{}, type_identity<float>{})
                       : run_as(type_identity<BFloat16>{}, type_identity<BFloat16>{});
    case at::kHalf:
      return float_out ? run_as(type_identity<Half>{}, type_identity<float>{})
                       : run_as(type_identity<Half>{}, type_identity<Half>{});
    default: TORCH_CHECK(false, "qmatmul: x must be float32, bfloat16 or float16");
  }
}

template <typename Q, typename Fn>
at::Tensor dispatch(const at::Tensor& x, int64_t n, bool float_out, Fn block_rows) {
  return by_dtype(x, float_out, [&](auto t, auto out) {
    return run<Q, typename decltype(t)::type, typename decltype(out)::type>(x, n, block_rows);
  });
}

// y [M, n] = x [M, k] · Wᵀ for q4 weights packed as [n/16, k/32·256] with scales/mins [n/16, k/32·32].
at::Tensor q4_mm(const at::Tensor& x, const at::Tensor& w, const at::Tensor& sm, bool float_out) {
  check_input(x, w, 256);
  TORCH_CHECK(sm.scalar_type() == at::kBFloat16 && sm.is_contiguous() && sm.numel() == w.size(0) * x.size(1),
              "qmatmul: bf16 scales and mins expected, 32 per block and group");
  const int64_t k = x.size(1), blocks = w.size(0);
  const uint8_t* wp = w.data_ptr<uint8_t>();
  const c10::BFloat16* sp = sm.data_ptr<c10::BFloat16>();
  const int64_t groups = k / kGroup;
#ifdef JACKPEER_AMX
  if (x.size(0) >= kTileMinRows && tiles_granted()) {
    return by_dtype(x, float_out, [&](auto t, auto out) {
      return run_on_tiles<typename decltype(t)::type, typename decltype(out)::type>(x, blocks * kRows, wp, sp);
    });
  }
#endif
  return dispatch<int8_t>(x, blocks * kRows, float_out, [=](auto mt, int64_t b, const auto& qx, int64_t m0, float* tile) {
    q4_block<decltype(mt)::value>(wp + b * groups * 256, sp + b * groups * 32, qx, m0, k, tile);
  });
}

// y [M, n] = x [M, k] · Wᵀ for q8 weights packed as [n/16, k·16] with float row scales [n].
at::Tensor q8_mm(const at::Tensor& x, const at::Tensor& w, const at::Tensor& scales, bool float_out) {
  check_input(x, w, 512);
  TORCH_CHECK(scales.scalar_type() == at::kFloat && scales.is_contiguous() && scales.numel() == w.size(0) * kRows,
              "qmatmul: one float scale per row expected");
  const int64_t k = x.size(1), blocks = w.size(0);
  const uint8_t* wp = w.data_ptr<uint8_t>();
  const float* sp = scales.data_ptr<float>();
#ifdef JACKPEER_AMX
  if (x.size(0) >= kTileMinRows && tiles_granted()) {
    return by_dtype(x, float_out, [&](auto t, auto out) {
      return run_q8_on_tiles<typename decltype(t)::type, typename decltype(out)::type>(x, blocks * kRows, wp, sp);
    });
  }
#endif
  return dispatch<int16_t>(x, blocks * kRows, float_out, [=](auto mt, int64_t b, const auto& qx, int64_t m0, float* tile) {
    constexpr int MT = decltype(mt)::value;
    q8_block<MT>(wp + b * (k / kGroup) * 512, qx, m0, k, tile);
    scale_rows(tile, MT, sp + b * kRows);
  });
}

at::Tensor mm_meta(const at::Tensor& x, const at::Tensor& w, const at::Tensor&, bool float_out) {
  // Symbolic sizes: a compiled step then keeps its rows dynamic (x.size(0) would pin them to the traced count).
  std::vector<c10::SymInt> sizes{x.sym_size(0), w.sym_size(0) * kRows};
  return at::empty_symint(sizes, float_out ? x.options().dtype(at::kFloat) : x.options());
}

}  // namespace

TORCH_LIBRARY(jackpeer, m) {
  m.def("q4_mm(Tensor x, Tensor w, Tensor scales_and_mins, bool float_out=False) -> Tensor");
  m.def("q8_mm(Tensor x, Tensor w, Tensor scales, bool float_out=False) -> Tensor");
}

TORCH_LIBRARY_IMPL(jackpeer, CPU, m) {
  m.impl("q4_mm", q4_mm);
  m.impl("q8_mm", q8_mm);
}

TORCH_LIBRARY_IMPL(jackpeer, Meta, m) {
  m.impl("q4_mm", mm_meta);
  m.impl("q8_mm", mm_meta);
}
