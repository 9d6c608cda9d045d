"""Benchmark of aggregator.neardup on synthetic-but-realistic Vietnamese article bodies.

    .venv/bin/python benchmarks/bench_neardup.py [--docs 100000] [--seed 1] [--datasketch]

Generates ``--docs`` bodies from a vocabulary of Vietnamese syllables, provincial officialese
stock phrases (shared between unrelated stories, as real reports share them) and random
sentences; plants copies of ~2% of them the way provincial papers republish (new lead,
"Theo X" credit and boilerplate, a dropped paragraph, old tone placement, a few word edits).
Reports signature time, index build + query time (one query per document, as the dedup
pipeline does; no pairwise pass), memory, and recall / precision on the planted pairs.
With ``--datasketch`` it also times datasketch's MinHashLSH on the same signatures.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aggregator.neardup import NUM_PERM, THRESHOLD, NearDupIndex, signature, similarity

# Common Vietnamese syllables (onset + rhyme + tone), enough for a varied lexicon.
SYLLABLES = (  # noqa: SIM905 (a readable block of text beats a 250-item list literal)
    "tỉnh ủy ban nhân dân hội đồng đảng bộ chi công an xã phường huyện thị trấn thôn bản "
    "kinh tế xã hội văn hóa giáo dục y tế nông nghiệp nông thôn mới phát triển đầu tư dự án "
    "công trình giao thông đường cầu trường học bệnh viện trạm hộ nghèo cận chính sách người "
    "có công thương binh liệt sĩ mặt trận tổ quốc đoàn thanh niên phụ nữ cựu chiến binh hội "
    "nghị triển khai thực hiện kế hoạch nhiệm vụ năm tháng quý sơ kết tổng đánh giá kết quả "
    "chỉ tiêu ngân sách thu chi vốn giải ngân tăng trưởng sản xuất kinh doanh doanh nghiệp "
    "hợp tác sản phẩm ocop chè cam bưởi lúa ngô sắn keo quế hồi trâu bò lợn gà cá du lịch "
    "lễ hội di tích dân tộc tày nùng dao mông sán chay cao lan giáy lô lô pà thẻn mường thái "
    "sông suối núi rừng đất nước mưa lũ sạt lở phòng chống thiên tai cứu hộ cứu nạn cháy nổ "
    "an ninh trật tự quốc phòng biên giới đồn biên phòng chiến sĩ cán bộ đảng viên nhân dân "
    "bí thư chủ tịch phó giám đốc sở trưởng phòng lãnh đạo đồng chí đại biểu cử tri tiếp xúc "
    "kiến nghị giải quyết khiếu nại tố cáo cải cách hành chính chuyển đổi số dịch vụ trực "
    "tuyến hồ sơ thủ tục người dân hài lòng mức độ chất lượng hiệu quả bền vững toàn diện"
).split()

STOCK_PHRASES = [
    (
        "Phát biểu chỉ đạo tại hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy, chính quyền "
        "tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi các mục tiêu, nhiệm vụ đề ra."
    ),
    (
        "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, lãnh đạo các sở, ban, ngành "
        "và đại diện lãnh đạo các xã, phường trên địa bàn tỉnh."
    ),
    (
        "Qua đó góp phần nâng cao đời sống vật chất và tinh thần cho nhân dân, giữ vững an ninh "
        "chính trị, trật tự an toàn xã hội trên địa bàn."
    ),
    (
        "Thời gian tới, các đơn vị tiếp tục đẩy mạnh công tác tuyên truyền, vận động nhân dân "
        "chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước."
    ),
    (
        "Tuy nhiên, bên cạnh những kết quả đạt được, vẫn còn một số hạn chế, khó khăn cần sớm "
        "được khắc phục trong thời gian tới."
    ),
    (
        "Hội nghị đã nghe báo cáo tình hình thực hiện nhiệm vụ và thảo luận, đề xuất nhiều giải "
        "pháp thiết thực, hiệu quả."
    ),
]
BOILERPLATE = ["Theo TQĐT", "(Theo TTXVN)", "Theo THLC", "Nguồn: Báo Tuyên Quang"]
RELATED = "Tin cùng chuyên mục"
OLD_TONES = {"hóa": "hoá", "ủy": "uỷ", "hòa": "hoà", "khỏe": "khoẻ", "thúy": "thuý"}


def make_sentence(rng: random.Random, n_min: int = 10, n_max: int = 28) -> str:
    words = rng.choices(SYLLABLES, k=rng.randint(n_min, n_max))
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), f"{rng.randint(2, 9999):,}".replace(",", "."))
    return " ".join(words) + "."


def make_body(rng: random.Random) -> list[str]:
    paragraphs = []
    for _ in range(rng.randint(3, 8)):
        sentences = [make_sentence(rng) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.35:  # officialese shared between unrelated reports
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(STOCK_PHRASES))
        paragraphs.append(" ".join(sentences))
    return paragraphs


def make_copy(rng: random.Random, paragraphs: list[str]) -> str:
    copy = list(paragraphs)
    copy[0] = "(TTV) - " + make_sentence(rng) + " " + make_sentence(rng)  # their own lead
    if len(copy) > 4 and rng.random() < 0.5:
        del copy[rng.randrange(1, len(copy))]  # an editor dropped a paragraph
    text = "\n\n".join(copy)
    if rng.random() < 0.5:
        for new, old in OLD_TONES.items():
            text = text.replace(new, old)
    words = text.split(" ")
    for _ in range(max(1, len(words) // 100)):  # ~1% word edits
        words[rng.randrange(len(words))] = rng.choice(SYLLABLES)
    text = " ".join(words)
    return text + "\n\n" + rng.choice(BOILERPLATE) + "\n\n" + RELATED


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--dup-rate", type=float, default=0.02)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--datasketch", action="store_true", help="also time datasketch LSH")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    t = time.perf_counter()
    docs: list[tuple[str, str]] = []
    planted: set[frozenset[str]] = set()
    n_orig = 0
    while len(docs) < args.docs:
        paragraphs = make_body(rng)
        key = f"d{n_orig}"
        n_orig += 1
        docs.append((key, "\n\n".join(paragraphs)))
        if rng.random() < args.dup_rate:
            for c in range(rng.randint(1, 2)):
                copy_key = f"{key}c{c}"
                docs.append((copy_key, make_copy(rng, paragraphs)))
                planted.add(frozenset((key, copy_key)))
        if rng.random() < 0.01:  # very short briefs, which must never be signed
            docs.append((f"b{n_orig}", make_sentence(rng, 8, 20)))
    docs = docs[: args.docs]
    keys_present = {k for k, _ in docs}
    planted = {p for p in planted if p <= keys_present}
    # Copies of the same original are duplicates of each other too.
    by_orig: dict[str, list[str]] = {}
    for pair in planted:
        for k in pair:
            by_orig.setdefault(k.split("c")[0], []).append(k)
    truth = {
        frozenset((a, b))
        for members in by_orig.values()
        for a in set(members)
        for b in set(members)
        if a < b
    }
    words = sum(len(b.split()) for _, b in docs)
    print(f"generated {len(docs):,} bodies ({words / len(docs):.0f} words avg), "
          f"{len(truth):,} planted duplicate pairs in {time.perf_counter() - t:.1f}s")  # fmt: skip

    gc.collect()
    t = time.perf_counter()
    sigs = [(k, signature(b)) for k, b in docs]
    t_sig = time.perf_counter() - t
    unsigned = sum(1 for _, s in sigs if not s)
    print(f"signature: {t_sig:.1f}s total, {t_sig / len(docs) * 1e6:.0f} µs/doc, "
          f"{len(sigs[0][1])} bytes, {unsigned} short bodies unsigned")  # fmt: skip
    del docs
    gc.collect()

    rss0 = rss_mb()
    index = NearDupIndex()
    found: set[frozenset[str]] = set()
    t = time.perf_counter()
    t_query = 0.0
    for key, sig in sigs:
        q = time.perf_counter()
        hits = index.query(sig)
        t_query += time.perf_counter() - q
        found.update(frozenset((key, h)) for h in hits)
        index.add(key, sig)
    t_total = time.perf_counter() - t
    rss1 = rss_mb()
    print(f"index: {len(index):,} docs; add+query {t_total:.1f}s total "
          f"({t_query:.1f}s in queries, {t_query / len(sigs) * 1e6:.0f} µs/query); "
          f"peak RSS grew {rss1 - rss0:.0f} MB (signatures held separately: "
          f"{len(sigs) * (NUM_PERM * 4 + 1) / 2**20:.0f} MB as bytes)")  # fmt: skip

    # Similarity of the planted pairs, original-vs-copy and copy-vs-copy (copies of one
    # original each have their own lead and cuts, so they resemble each other less).
    sig_of = dict(sigs)
    for kind, pairs in (
        ("original-copy", [p for p in truth if any("c" not in k for k in p)]),
        ("copy-copy", [p for p in truth if all("c" in k for k in p)]),
    ):
        if not pairs:
            continue
        sims = np.array([similarity(*(sig_of[k] for k in sorted(p))) for p in pairs])
        q = np.quantile(sims, [0.01, 0.05, 0.25, 0.5])
        hit = len(found & set(pairs)) / len(pairs)
        # LSH loss only: planted pairs whose signatures do reach the threshold but were missed.
        above = [p for p, x in zip(pairs, sims, strict=True) if x >= THRESHOLD]
        lsh_recall = len(found & set(above)) / max(len(above), 1)
        print(f"  {kind}: {len(pairs)} pairs, similarity p1 {q[0]:.2f} p5 {q[1]:.2f} "
              f"p25 {q[2]:.2f} median {q[3]:.2f}; recall {hit:.4f}; "
              f"recall among pairs >= threshold {lsh_recall:.4f} ({len(above)})")  # fmt: skip
    # How close do unrelated stories get? (random pairs; the LSH never compares them all)
    rng_pairs = random.Random(0)
    keys = [k for k, s in sigs if s]
    rand = [similarity(sig_of[a], sig_of[b]) for a, b in
            (rng_pairs.sample(keys, 2) for _ in range(20000))]  # fmt: skip
    print(f"  20,000 random unrelated pairs: max similarity {max(rand):.2f}, "
          f"mean {np.mean(rand):.3f}")  # fmt: skip
    tp = len(found & truth)
    recall = tp / len(truth) if truth else 1.0
    precision = tp / len(found) if found else 1.0
    print(f"threshold {THRESHOLD}: found {len(found):,} pairs, recall {recall:.4f} "
          f"({tp}/{len(truth)}), precision {precision:.4f}")  # fmt: skip

    if args.datasketch:
        from datasketch import MinHash, MinHashLSH

        gc.collect()
        rss0 = rss_mb()
        lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        found_ds: set[frozenset[str]] = set()
        t = time.perf_counter()
        for key, sig in sigs:
            if not sig:
                continue
            mh = MinHash(
                num_perm=NUM_PERM, hashvalues=np.frombuffer(sig, "<u4", offset=1), scheme="affine32"
            )
            found_ds.update(frozenset((key, h)) for h in lsh.query(mh))
            lsh.insert(key, mh, check_duplication=False)
        t_ds = time.perf_counter() - t
        tp = len(found_ds & truth)
        print(f"datasketch MinHashLSH (candidates, no Jaccard check): add+query {t_ds:.1f}s, "
              f"peak RSS grew {rss_mb() - rss0:.0f} MB, {len(found_ds):,} pairs, "
              f"recall {tp / len(truth):.4f}, precision {tp / max(len(found_ds), 1):.4f}")  # fmt: skip


if __name__ == "__main__":
    main()
