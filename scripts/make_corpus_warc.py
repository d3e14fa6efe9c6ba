"""Write corpus/warc/crawl-2019.warc.gz: two crawled news pages as WARC response records (warcio)."""

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGES = {
    "https://estado.example/cl/2019/10/26/marcha": """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Más de un millón marcha en Santiago | Agencia Estatal</title>
<meta property="og:site_name" content="Agencia Estatal de Noticias">
<meta property="article:published_time" content="2019-10-26T08:00:00-03:00"></head>
<body><nav>Inicio | Nacional | Mundo</nav><article><h1>Over a million people march in Santiago</h1>
<p>SANTIAGO, Oct 26 (AEN) - More than one million people marched peacefully through central Santiago on
Friday, the government said, in the largest demonstration since the return to democracy in 1990.</p>
<p>Marchers gathered in Plaza Italia waving flags and banging pots, chanting "Chile woke up". Smaller
marches took place in Valparaíso and Concepción, where police used water cannon to disperse a group that
threw stones at officers.</p>
<p>The interior ministry said 20 people were arrested in Concepción. President Sebastián Piñera said he
had heard the message and would announce a cabinet reshuffle.</p></article>
<footer>Compartir: Facebook | Twitter</footer></body></html>""",
    "https://dailytribune.example/local/2020/05/31/minneapolis": """<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Curfew defied as protests continue in Minneapolis - The Daily Tribune</title>
<meta property="og:site_name" content="The Daily Tribune">
<meta name="author" content="Jane Okafor">
<meta property="article:published_time" content="2020-05-31T06:30:00-05:00"></head>
<body><header>Subscribe | Sign in</header><article><h1>Curfew defied as protests continue in Minneapolis</h1>
<p class="byline">By Jane Okafor</p>
<p>MINNEAPOLIS — Hundreds of protesters defied an 8 p.m. curfew on Saturday night, marching down Lake
Street for the fifth night of demonstrations over the death of George Floyd.</p>
<p>State troopers and National Guard soldiers fired tear gas and rubber bullets to clear the crowd near the
5th Precinct police station, and officers arrested 13 people, the Minnesota Department of Public Safety
said. Some protesters set fire to a vehicle.</p>
<p>In St. Paul, a vigil for Floyd drew about 300 people on Saturday afternoon and ended peacefully.</p>
</article><footer>Read more: Timeline of the protests</footer></body></html>""",
}


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "corpus" / "warc" / "crawl-2019-2020.warc.gz"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, html in PAGES.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=BytesIO(html.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
    print(target)


if __name__ == "__main__":
    main()
