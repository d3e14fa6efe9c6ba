"""Reading each input format, and a one-line error for each kind of bad input."""

from __future__ import annotations

import gzip
from pathlib import Path

from conftest import CORPUS, SAMPLE

from dateline.ingest.readers import InputError, read_inputs
from dateline.models import RawArticle
from dateline.pipeline import make_document


def read(*paths: Path | str) -> list[RawArticle | InputError]:
    return list(read_inputs([str(p) for p in paths]))


def test_text_file_is_read_as_is():
    [article] = read(SAMPLE)
    assert isinstance(article, RawArticle)
    assert "Karaj" in article.text and article.origin.endswith("iran-2020-08-05.txt")


def test_html_page_gives_article_text_and_metadata_without_navigation():
    [article] = read(CORPUS / "html" / "wire-iraq-protests-2019-10-03.html")
    assert isinstance(article, RawArticle)
    assert "Nasiriyah" in article.text
    assert "Privacy" not in article.text and "Oil exports steady" not in article.text
    assert article.title.startswith("Iraqi police fire tear gas")
    assert article.outlet == "Global Wire"
    assert str(article.published) == "2019-10-03"


def test_jsonl_lines_carry_their_metadata():
    articles = read(CORPUS / "jsonl")
    assert [a.origin.rsplit(":", 1)[1] for a in articles] == ["1", "2", "3"]
    assert articles[0].outlet == "National News Agency" and str(articles[0].published) == "2021-06-13"
    assert all(a.published_from_metadata for a in articles)


def test_warc_html_responses_are_articles(tmp_path: Path):
    articles = read(CORPUS / "warc")
    assert len(articles) == 2
    assert {a.url for a in articles} == {
        "https://estado.example/cl/2019/10/26/marcha",
        "https://dailytribune.example/local/2020/05/31/minneapolis",
    }
    assert any("Concepción" in a.text for a in articles)


def test_each_bad_input_is_one_error_naming_it(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("   \n\n ")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    (tmp_path / "broken.html").write_text("<html><body><div><p></div></span>")
    (tmp_path / "latin.txt").write_bytes("Manifestación en Concepción el viernes.".encode("utf-16-le"))
    (tmp_path / "lines.jsonl").write_text('{"text": "Protesters marched in Lima on Monday."}\nnot json\n{"url": "x"}\n')
    (tmp_path / "junk.warc.gz").write_bytes(gzip.compress(b"this is not a warc record"))
    results = read(tmp_path, tmp_path / "missing.txt")
    errors = {Path(e.origin).name: e.reason for e in results if isinstance(e, InputError)}
    good = [a for a in results if isinstance(a, RawArticle)]
    assert [a.origin.rsplit("/", 1)[1] for a in good] == ["lines.jsonl:1"]
    assert errors["empty.txt"] == "empty file"
    assert "white space" in errors["blank.txt"]
    assert "binary" in errors["binary.txt"]
    assert "unsupported file type '.jpg'" in errors["photo.jpg"]
    assert "no article text" in errors["broken.html"]
    assert "encoding" in errors["latin.txt"] or "binary" in errors["latin.txt"]
    assert "not valid JSON" in errors["lines.jsonl:2"]
    assert "no 'text' or 'html'" in errors["lines.jsonl:3"]
    assert "WARC" in errors["junk.warc.gz"]
    assert "no such file" in errors["missing.txt"]
    assert all("\n" not in reason for reason in errors.values())


def test_legacy_encoding_is_decoded(tmp_path: Path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Manifestantes marcharon en Valparaíso y Concepción el viernes por la tarde.".encode("cp1252"))
    [article] = read(path)
    assert "Valparaíso" in article.text


def test_huge_file_is_refused_not_loaded(tmp_path: Path):
    path = tmp_path / "huge.html"
    with path.open("wb") as stream:
        stream.truncate(25 * 1024 * 1024)
    [error] = read(path)
    assert isinstance(error, InputError) and "too large" in error.reason


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Andes Daily</title><link>https://andes.example/</link><description>News from the Andes</description>
<item><title>Miners block highway in Oruro</title><link>https://andes.example/a</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description><![CDATA[<p>ORURO, March 5 - Hundreds of miners blocked the highway to La Paz on Monday.</p>]]>
</description></item>
<item><title>Teachers strike in Sucre</title><link>https://andes.example/b</link>
<pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate>
<description><![CDATA[<p>SUCRE, March 6 - Teachers walked out of schools across the city on Wednesday.</p>]]>
</description></item>
</channel></rss>"""


def test_each_item_of_a_feed_is_an_article_without_the_feeds_tags(tmp_path: Path):
    for name in ("news.rss", "news.txt"):  # a feed saved under any name
        (tmp_path / name).write_text(RSS, encoding="utf-8")
        first, second = read(tmp_path / name)
        assert first.origin.endswith(f"{name}#item1") and second.origin.endswith(f"{name}#item2")
        assert first.text.startswith("Miners block highway in Oruro") and "Hundreds of miners" in first.text
        assert "<pubDate>" not in first.text and "News from the Andes" not in first.text
        assert (str(first.published), first.outlet, first.url) == ("2024-03-05", "Andes Daily", "https://andes.example/a")
        assert str(second.published) == "2024-03-06"


def test_dated_headings_of_a_timeline_page_are_kept(tmp_path: Path):
    body = "".join(f"<h3>2014-03-{day}</h3><p>Students rallied outside the Legislative Yuan in Taipei and "
                   f"sang songs for several hours, the organisers said in a statement on day {day}.</p>"
                   for day in (18, 21, 23))
    page = tmp_path / "timeline.html"
    page.write_text(f"<html><body><article><h1>Timeline</h1>{body}</article>"
                    "<footer>© 2014 Example Wiki</footer></body></html>", encoding="utf-8")
    [article] = read(page)
    assert "2014-03-18" in article.text and "2014-03-23" in article.text


def test_a_copyright_year_is_not_a_publication_date(tmp_path: Path):
    page = tmp_path / "story.html"
    page.write_text("<html><body><article><h1>Ortega withdraws pension reform</h1><p>MANAGUA, April 22 — President "
                    "Daniel Ortega on Sunday withdrew the social security reform that set off four days of protests "
                    "in which at least 25 people were killed, rights groups said.</p></article>"
                    "<footer>© 2018 Istmo Now Media</footer></body></html>", encoding="utf-8")
    [article] = read(page)
    assert article.published is None and article.year_hint == 2018  # not 1 January 2018
    assert str(make_document(article).published) == "2018-04-22"  # the dateline's day in that year
