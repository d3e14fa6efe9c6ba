"""Reading articles from files: .txt, .html/.htm, .jsonl, .warc/.warc.gz, and stdin.

Every reader yields either a RawArticle or an InputError; a bad input never stops the batch.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

from dateline.models import RawArticle

MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is never this big; a bigger file is not an article
MAX_HTML_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUPPORTED = ".txt, .html, .htm, .jsonl, .xml/.rss/.atom feeds, .warc, .warc.gz"


@dataclass(frozen=True)
class InputError:
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class BadInput(ValueError):
    """Raised inside a reader; turned into an InputError naming the input."""


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return None


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str]:
    """Files in the given order; directories recursively (sorted, hidden files skipped); '-' is stdin."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        else:
            yield path


def looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.05


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or a detected legacy encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # ships with requests (a trafilatura dependency)

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise BadInput("unreadable text encoding (not UTF-8 and no other encoding fits)")
    text = str(best)
    letters = sum(ch.isalpha() for ch in text)
    if letters < len(text) * 0.4:
        raise BadInput(f"unreadable text encoding (best guess {best.encoding} gives no readable text)")
    return text


def read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise BadInput("no such file")
    size = path.stat().st_size
    if size == 0:
        raise BadInput("empty file")
    if size > MAX_FILE_BYTES:
        raise BadInput(f"file too large ({size / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read file ({exc.strerror or exc})") from exc


_NEW_YEARS_DAY = re.compile(r"\b(?:19|20)\d\d-01-01\b|\b0?1/0?1/(?:19|20)\d\d\b|\bJan(?:uary|\.)?\s+1(?:st)?\b"
                            r"|\b1(?:st)?\s+(?:of\s+)?Jan(?:uary)?\b|\b(?:19|20)\d\d/01/01\b", re.IGNORECASE)


_HEADING = re.compile(r"<h([2-6])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATED_HEADING = re.compile(
    rf"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d\s+{_MONTH_NAME}|\b{_MONTH_NAME}\s+[0-3]?\d\b"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)


def _keep_dated_headings(html: str) -> str:
    """trafilatura drops section headings, and with a timeline's "2014-03-18" or a blog's "Tuesday 4 August"
    the dates of the paragraphs under them: such headings are passed on as paragraphs."""

    def as_paragraph(match: re.Match[str]) -> str:
        inner = re.sub(r"<[^>]+>", " ", match.group(2))
        return f"<p>{match.group(2)}</p>" if len(inner) < 120 and _DATED_HEADING.search(inner) else match.group()

    return _HEADING.sub(as_paragraph, html)


def _parse_date(value: object) -> date | None:
    if value in (None, ""):
        return None
    text = str(value)[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def article_from_html(html: str, origin: str, url: str | None = None) -> RawArticle:
    """Article text and page metadata (title, date, author, site name) through trafilatura."""
    import trafilatura

    if len(html.encode("utf-8", "ignore")) > MAX_HTML_BYTES:
        raise BadInput(f"HTML too large (over {MAX_HTML_BYTES // 1_000_000} MB)")
    try:
        extracted = trafilatura.bare_extraction(
            _keep_dated_headings(html), url=url, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises many lxml/parser types on broken pages
        raise BadInput(f"cannot parse HTML ({type(exc).__name__})") from exc
    if extracted is None:
        raise BadInput("no article text found in the HTML")
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (meta.get("text") or "").strip()
    if not text:
        raise BadInput("no article text found in the HTML")
    page_url = url or meta.get("url")
    published = _parse_date(meta.get("date"))
    year_hint = None
    if published is not None and (published.month, published.day) == (1, 1) and not _NEW_YEARS_DAY.search(html):
        # trafilatura's last resort: the year of a "© 2018" line, written as 1 January; only the year is known
        published, year_hint = None, published.year
    return RawArticle(
        origin=origin,
        text=text,
        url=page_url,
        title=meta.get("title"),
        outlet=meta.get("sitename") or (urlparse(page_url).hostname if page_url else None),
        author=meta.get("author"),
        published=published,
        published_from_metadata=published is not None,
        year_hint=year_hint,
    )


def read_text_file(path: Path) -> Iterator[RawArticle | InputError]:
    data = read_bytes(path)
    if looks_binary(data):
        raise BadInput("binary file, not text")
    text = decode_text(data)
    if not text.strip():
        raise BadInput("empty file (only white space)")
    if is_feed(text):
        yield from articles_from_feed(text, str(path))
        return
    yield RawArticle(origin=str(path), text=text)


def read_html_file(path: Path) -> Iterator[RawArticle | InputError]:
    data = read_bytes(path)
    if looks_binary(data):
        raise BadInput("binary file, not HTML")
    text = decode_text(data)
    if is_feed(text):
        yield from articles_from_feed(text, str(path))
        return
    yield article_from_html(text, str(path))


_FEED_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)


def is_feed(text: str) -> bool:
    """An RSS or Atom feed (saved as .xml, .rss, .atom, or even .txt/.html)."""
    return _FEED_START.match(text[:4000]) is not None


def articles_from_feed(text: str, origin: str) -> Iterator[RawArticle | InputError]:
    """Each item of an RSS/Atom feed (read with feedparser) as an article: its title and content (HTML through
    trafilatura), its link, date and author; the feed's title is the outlet. The feed's own tags are not text."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        raise BadInput("feed holds no items" if not feed.bozo else f"not a readable feed ({feed.bozo_exception})")
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        item_origin = f"{origin}#item{number}"
        body = next((c.get("value") for c in entry.get("content", []) if c.get("value")), None)
        body = body or entry.get("summary") or ""
        title = entry.get("title") or ""
        try:
            article = article_from_html(f"<html><body><article><h1>{title}</h1>{body}</article></body></html>",
                                        item_origin, url=entry.get("link"))
        except BadInput as exc:
            yield InputError(item_origin, str(exc))
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        text_with_title = article.text if article.text.startswith(title) else f"{title}\n\n{article.text}".strip()
        yield article.model_copy(update={
            "text": text_with_title, "title": title or article.title, "outlet": outlet or article.outlet,
            "author": (entry.get("author") or article.author), "published": published or article.published,
            "published_from_metadata": bool(published) or article.published_from_metadata})


def article_from_record(record: object, origin: str) -> RawArticle:
    """One JSONL object: `text` or `html`, optional url, published, title, outlet."""
    if not isinstance(record, dict):
        raise BadInput("not a JSON object")
    url = record.get("url") or None
    if isinstance(record.get("text"), str) and record["text"].strip():
        article = RawArticle(origin=origin, text=record["text"], url=url)
    elif isinstance(record.get("html"), str) and record["html"].strip():
        article = article_from_html(record["html"], origin, url)
    else:
        raise BadInput("no 'text' or 'html' field")
    published = _parse_date(record.get("published"))
    if record.get("published") and published is None:
        raise BadInput(f"'published' is not an ISO date: {str(record['published'])[:40]!r}")
    updates = {
        "title": record.get("title") or article.title,
        "outlet": record.get("outlet") or article.outlet,
        "author": record.get("author") or article.author,
    }
    if published:
        updates.update(published=published, published_from_metadata=True)
    return article.model_copy(update=updates)


def read_jsonl_lines(lines: Iterable[str], name: str) -> Iterator[RawArticle | InputError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"not valid JSON ({exc.msg})")
            continue
        try:
            yield article_from_record(record, origin)
        except BadInput as exc:
            yield InputError(origin, str(exc))


def read_jsonl_file(path: Path) -> Iterator[RawArticle | InputError]:
    data = read_bytes(path)
    if looks_binary(data):
        raise BadInput("binary file, not JSON Lines")
    yield from read_jsonl_lines(decode_text(data).splitlines(), str(path))


def read_warc_file(path: Path) -> Iterator[RawArticle | InputError]:
    """HTML responses inside a WARC archive, read with warcio (streamed: archives can be large)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not path.exists():
        raise BadInput("no such file")
    if path.stat().st_size == 0:
        raise BadInput("empty file")
    found = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                origin = f"{path}#{url}"
                found += 1
                try:
                    yield article_from_html(decode_text(record.content_stream().read()), origin, url)
                except BadInput as exc:
                    yield InputError(origin, str(exc))
    except (ArchiveLoadFailed, gzip.BadGzipFile, EOFError, ValueError) as exc:
        raise BadInput(f"not a readable WARC archive ({exc})") from exc
    if not found:
        raise BadInput("WARC archive holds no HTML responses")


def read_stdin() -> Iterator[RawArticle | InputError]:
    text = sys.stdin.read()
    if not text.strip():
        yield InputError("<stdin>", "empty input")
        return
    stripped = text.lstrip()
    if stripped.startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), "<stdin>")
    elif stripped[:1] == "<":
        try:
            yield article_from_html(text, "<stdin>")
        except BadInput as exc:
            yield InputError("<stdin>", str(exc))
    else:
        yield RawArticle(origin="<stdin>", text=text)


READERS = {"text": read_text_file, "html": read_html_file, "feed": read_html_file, "jsonl": read_jsonl_file,
           "warc": read_warc_file}


def read_inputs(paths: Iterable[str]) -> Iterator[RawArticle | InputError]:
    """Every article in the given paths, and an InputError for each input that cannot be read."""
    for path in expand_paths(paths):
        if path == "-":
            yield from read_stdin()
            continue
        assert isinstance(path, Path)
        kind = _kind(path)
        if not path.exists():
            yield InputError(str(path), "no such file or directory")
            continue
        if kind is None:
            yield InputError(str(path), f"unsupported file type '{path.suffix or path.name}' (use {SUPPORTED})")
            continue
        try:
            yield from READERS[kind](path)
        except BadInput as exc:
            yield InputError(str(path), str(exc))
