"""The words the core writes into figures and captions, in Czech and Chinese (Qt-free).

``latentlab compare``, ``sample`` and ``interpolate`` draw captions with Pillow, outside Qt, so
their few words cannot go through Qt's translator; this table holds them. The English text is
the key (as in gettext), and placeholders are ``str.format`` names filled after translation::

    caption("seed {seed}", "cs", seed=3)  # "seed 3"
    caption("seed {seed}", "zh_CN", seed=3)  # "种子 3"

Text without an entry stays English, so a new caption is never lost, only untranslated.
The UI's own strings go through Qt (``self.tr``), not through this table.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CAPTION_LANGUAGES", "caption", "caption_language", "class_caption", "lang_argument"]

#: Languages with caption text (English is the key itself).
CAPTION_LANGUAGES = ("en", "cs", "zh_CN", "zh_TW")

# English → (Czech, Simplified Chinese, Traditional Chinese).
_TEXT: dict[str, tuple[str, str, str]] = {
    # grid and path captions (sample, interpolate)
    "seed {seed}": ("seed {seed}", "种子 {seed}", "種子 {seed}"),
    "sample {index}": ("vzorek {index}", "样本 {index}", "樣本 {index}"),
    "step {step} of {steps}": ("krok {step} z {steps}", "第 {step} 步，共 {steps} 步", "第 {step} 步，共 {steps} 步"),
    "seed {start} → {end}": ("seed {start} → {end}", "种子 {start} → {end}", "種子 {start} → {end}"),
    "class {name}": ("třída {name}", "类别 {name}", "類別 {name}"),
    # the compare figure: title, headings, panel titles, table heads
    "Side-by-side evidence for the VAE-vs-GAN claims · seed {seed} · {n} samples per model":
        ("Důkazy k tvrzením o VAE a GAN vedle sebe · seed {seed} · {n} vzorků na model",
         "VAE 与 GAN 论断的并排证据 · 种子 {seed} · 每个模型 {n} 个样本",
         "VAE 與 GAN 論斷的並排證據 · 種子 {seed} · 每個模型 {n} 個樣本"),
    " · dataset {names}": (" · datová sada {names}", " · 数据集 {names}", " · 資料集 {names}"),
    "Note: {note}": ("Poznámka: {note}", "注意：{note}", "注意：{note}"),
    "Samples: each model decodes its own prior draws from seed {seed}":
        ("Vzorky: každý model dekóduje vlastní vzorky z priorního rozdělení pro seed {seed}",
         "样本：每个模型解码从种子 {seed} 抽取的自身先验样本",
         "樣本：每個模型解碼從種子 {seed} 抽取的自身先驗樣本"),
    "Reconstructions of real test images": ("Rekonstrukce skutečných testovacích obrázků", "真实测试图像的重建",
                                            "真實測試影像的重建"),
    "real images": ("skutečné obrázky", "真实图像", "真實影像"),
    "Class coverage and training curves": ("Pokrytí tříd a průběh trénování", "类别覆盖率与训练曲线",
                                           "類別覆蓋率與訓練曲線"),
    "Training curves": ("Průběh trénování", "训练曲线", "訓練曲線"),
    "{name}: classes the classifier sees": ("{name}: třídy podle klasifikátoru", "{name}：分类器识别出的类别",
                                            "{name}：分類器辨識出的類別"),
    "{name}: training losses": ("{name}: ztráty při trénování", "{name}：训练损失", "{name}：訓練損失"),
    "Measured figures": ("Naměřené hodnoty", "测量结果", "測量結果"),
    "The textbook claims, checked against these models": ("Učebnicová tvrzení ověřená na těchto modelech",
                                                          "用这些模型检验教科书中的论断",
                                                          "用這些模型檢驗教科書中的論斷"),
    "aspect": ("hledisko", "方面", "方面"),
    "VAE claim": ("tvrzení o VAE", "关于 VAE 的论断", "關於 VAE 的論斷"),
    "GAN claim": ("tvrzení o GAN", "关于 GAN 的论断", "關於 GAN 的論斷"),
    "evidence from these models": ("důkazy z těchto modelů", "来自这些模型的证据", "來自這些模型的證據"),
    "verdict": ("verdikt", "结论", "結論"),
    # the claims' aspects and verdicts (latentlab.core.claims)
    "principle": ("princip", "原理", "原理"),
    "output quality": ("kvalita výstupu", "输出质量", "輸出品質"),
    "training stability": ("stabilita trénování", "训练稳定性", "訓練穩定性"),
    "mode coverage": ("pokrytí módů", "模式覆盖", "模式覆蓋"),
    "latent space": ("latentní prostor", "潜在空间", "潛在空間"),
    "typical uses": ("typické použití", "典型用途", "典型用途"),
    "supported": ("potvrzeno", "得到支持", "得到支持"),
    "contradicted": ("vyvráceno", "被否定", "被否定"),
    "not measured": ("neměřeno", "未测量", "未測量"),
    # model kinds and the words under a pane's name
    "encoder": ("kodér", "编码器", "編碼器"),
    "decoder": ("dekodér", "解码器", "解碼器"),
    "generator": ("generátor", "生成器", "生成器"),
    "discriminator": ("diskriminátor", "判别器", "判別器"),
    "mode collapse": ("kolaps módů", "模式崩溃", "模式崩潰"),
    "{dim}-d latent": ("{dim}-rozměrný latentní prostor", "{dim} 维潜在空间", "{dim} 維潛在空間"),
    "no dataset": ("bez datové sady", "无数据集", "無資料集"),
    "each class in turn": ("každá třída postupně", "依次显示每个类别", "依次顯示每個類別"),
}

# Class names of the bundled datasets (digits need no translation).
_CLASSES: dict[str, tuple[str, str, str]] = {
    "T-shirt/top": ("tričko/top", "T恤/上衣", "T恤/上衣"),
    "Trouser": ("kalhoty", "裤子", "褲子"),
    "Pullover": ("svetr", "套头衫", "套頭衫"),
    "Dress": ("šaty", "连衣裙", "連衣裙"),
    "Coat": ("kabát", "外套", "外套"),
    "Sandal": ("sandál", "凉鞋", "涼鞋"),
    "Shirt": ("košile", "衬衫", "襯衫"),
    "Sneaker": ("teniska", "运动鞋", "運動鞋"),
    "Bag": ("taška", "包", "包"),
    "Ankle boot": ("kotníková bota", "短靴", "短靴"),
}


def caption_language(lang: str | None) -> str:
    """``lang`` as one of :data:`CAPTION_LANGUAGES` (locale names such as ``"cs_CZ"`` or ``"zh-Hant"`` work).

    Raises
    ------
    ValueError
        For a language latentlab has no caption text in, naming the ones it has.
    """
    if lang is None or lang in CAPTION_LANGUAGES:
        return lang or "en"
    from latentlab.core.lesson_lang import lesson_language  # the same locale rules as lessons

    mapped = lesson_language(lang)
    if mapped == "en" and not str(lang).lower().startswith("en"):
        raise ValueError(f"caption language {lang!r} is not known; use one of {', '.join(CAPTION_LANGUAGES)}")
    return mapped


def caption(text: str, lang: str | None = "en", /, **values: Any) -> str:
    """``text`` in ``lang`` with its placeholders filled.

    Parameters
    ----------
    text : str
        The English caption template (the table's key), e.g. ``"seed {seed}"``.
    lang : str, optional
        ``"en"``, ``"cs"``, ``"zh_CN"`` or ``"zh_TW"`` (or a locale name).
    **values
        Values for the template's ``{name}`` placeholders.

    Returns
    -------
    str
        The translated template, formatted; the English one when the table has no entry.
    """
    index = CAPTION_LANGUAGES.index(caption_language(lang))
    template = text if index == 0 or text not in _TEXT else _TEXT[text][index - 1]
    return template.format(**values) if values else template


def class_caption(name: str, lang: str | None = "en") -> str:
    """A dataset class name in ``lang`` (bundled datasets' names; others are returned as given)."""
    index = CAPTION_LANGUAGES.index(caption_language(lang))
    return name if index == 0 or name not in _CLASSES else _CLASSES[name][index - 1]


def lang_argument(value: str) -> str:
    """argparse ``type=`` for the CLI's ``--lang``: :func:`caption_language` with argparse's error."""
    import argparse

    try:
        return caption_language(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
