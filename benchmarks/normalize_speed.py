"""Throughput of cleanrepost.normalize on Chinese text, in MB/s of UTF-8 on one core.

    python benchmarks/normalize_speed.py                    # a generated ~1 MB gov-style sample
    python benchmarks/normalize_speed.py ../shared/corpus   # also the dev corpus's gold paragraphs, read at run time

The generated sample mixes what reposted pages carry (notes §2.2): mostly clean Chinese with full-width
punctuation, plus NBSP and U+3000 indentation, a few half-width marks between Han, full-width digits, times,
decimals, URLs, zero-width characters and a Traditional paragraph now and then.  It is built from a fixed seed,
so every run measures the same text.  Target: >= 2 MB/s.
"""
from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from cleanrepost.normalize import normalize, normalize_document
from cleanrepost.model import Document

_SUBJECTS = ["国务院", "省人民政府", "市发展改革委", "各地区各部门", "县人民代表大会常务委员会", "生态环境部",
             "财政部", "区政府办公室", "市场监管总局", "人力资源社会保障部门"]
_VERBS = ["印发", "部署", "推进", "落实", "加强", "完善", "召开会议研究", "组织开展", "统筹推进", "深入实施"]
_OBJECTS = ["高质量发展行动方案", "安全生产专项整治", "营商环境优化工作", "乡村振兴重点任务", "数字政府建设",
            "城市更新试点", "义务教育均衡发展", "医疗保障制度改革", "生态环境保护督察整改", "政务公开标准化规范化"]
_TAILS = ["，确保各项任务落到实处。", "，取得明显成效。", "，切实提高服务水平。", "。", "，进一步健全长效机制。",
          "，并按要求报送进展情况。"]
_NOISY = ["会议时间:10:30至11:45,地点:三楼会议室。", "全年增长5.2%,达到1,234.5亿元。",
          "详见http://www.example.gov.cn/art/2024/5/20/art_1.html?a=1,b=2。",
          "截至２０２４年５月，累计完成投资１２．５亿元。", "联系电话:0591-87654321,邮箱:office@example.gov.cn。",
          "他说,这项工作很重要!", "按照国办发[2019]5号文件要求(试行)执行。"]
_TRADITIONAL = "香港特別行政區政府今日公布最新統計數字，顯示經濟穩步增長，當局將繼續推動相關發展工作。"


def sample(target_bytes: int = 1_000_000, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    paras: list[str] = []
    size = 0
    while size < target_bytes:
        sentences = []
        for _ in range(rnd.randint(2, 6)):
            s = rnd.choice(_SUBJECTS) + rnd.choice(_VERBS) + rnd.choice(_OBJECTS) + rnd.choice(_TAILS)
            if rnd.random() < 0.08:
                s = rnd.choice(_NOISY)
            sentences.append(s)
        p = "".join(sentences)
        r = rnd.random()
        if r < 0.1:
            p = "\u3000\u3000" + p
        elif r < 0.2:
            p = "\u00a0\u00a0" + p.replace("。", "。\u00a0", 1)
        elif r < 0.22:
            p = p[:5] + "\u200b" + p[5:]
        elif r < 0.24:
            p = _TRADITIONAL
        paras.append(p)
        size += len(p.encode("utf-8")) + 1
    return paras


def corpus_paragraphs(corpus: Path) -> list[str]:
    paras: list[str] = []
    for gold in sorted((corpus / "cases").glob("*/gold.json")):
        paras += json.loads(gold.read_text(encoding="utf-8"))["body"]
    return paras


def _best(fn, repeat: int) -> tuple[float, float]:
    """Best CPU seconds and best wall seconds over `repeat` runs.  CPU time is the one-core figure; wall time is
    shown too, and only matches it on an idle machine."""
    cpu = wall = float("inf")
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        cpu, wall = min(cpu, time.process_time() - c0), min(wall, time.perf_counter() - w0)
    return cpu, wall


def measure(name: str, paras: list[str], repeat: int = 3) -> float:
    text = "\n".join(paras)
    nbytes = len(text.encode("utf-8"))
    normalize("预热")  # build the OpenCC converter outside the timing, as a long-running worker would
    per_para = _best(lambda: [normalize(p) for p in paras], repeat)
    per_doc = _best(lambda: normalize_document(Document(title="标题", paragraphs=list(paras))), repeat)
    mb = nbytes / 1e6
    print(f"{name}: {len(text):,} chars, {nbytes:,} bytes UTF-8, {len(paras):,} paragraphs")
    for label, (cpu, wall) in (("normalize() per paragraph", per_para), ("normalize_document()", per_doc)):
        print(f"  {label:26}: {mb / cpu:6.2f} MB/s CPU ({len(text) / cpu / 1e6:.2f} M chars/s), "
              f"{mb / wall:6.2f} MB/s wall")
    return mb / per_para[0]


def main(argv: list[str]) -> int:
    rate = measure("generated gov-style sample", sample())
    if argv:
        corpus = Path(argv[0])
        paras = corpus_paragraphs(corpus)
        while paras and len("\n".join(paras).encode("utf-8")) < 1_000_000:
            paras = paras + paras
        if paras:
            measure(f"dev corpus gold paragraphs ({corpus})", paras)
    print("target >= 2 MB/s:", "met" if rate >= 2 else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
