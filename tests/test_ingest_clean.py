"""Scraped-page junk is removed; real sentences never are."""

from __future__ import annotations

from conftest import SAMPLE

from dateline.ingest.clean import clean_text
from dateline.models import RawArticle
from dateline.pipeline import make_document


def test_sample_loses_ad_slot_repeated_caption_and_video_title():
    cleaned = clean_text(SAMPLE.read_text())
    assert "728 x 90" not in cleaned.text
    assert "Rebellious Youth Target IRGC Bases" not in cleaned.text
    caption = "Activities of the Iranian Resistance Units, an internal network"
    assert cleaned.text.count(caption) == 1
    assert "On Tuesday, August 4, defiant and rebellious Iranian youths targeted" in cleaned.text


OTHER_PAGE = """Thousands rally in Lagos over fuel prices

300x250

Share this article
Share on WhatsApp
Thousands of people rallied in Lagos on Monday against a rise in fuel prices, witnesses said.
Thousands of people rallied in Lagos on Monday against a rise in fuel prices, witnesses said.
Read more: Why fuel subsidies matter
Share prices fell sharply in Lagos after the strike was announced.
Follow the money, the union leader told the crowd.
March 3, 2023 - Police Fire Tear Gas At Fuel Protesters In Abuja
March 3, 2023 - police fired tear gas at protesters in Abuja, witnesses said.
Subscribe to our newsletter for daily updates
Video: Protesters march on the National Assembly
Advertisement
The union said it would continue the protest until prices come down.
"""


def test_rules_work_on_another_page_and_keep_every_real_sentence():
    cleaned = clean_text(OTHER_PAGE)
    for junk in (
        "300x250",
        "Share this article",
        "Share on WhatsApp",
        "Read more:",
        "Subscribe to our",
        "Video: Protesters",
        "Advertisement",
        "Police Fire Tear Gas At Fuel Protesters",
    ):
        assert junk not in cleaned.text, junk
    for sentence in (
        "Thousands rally in Lagos over fuel prices",
        "Share prices fell sharply in Lagos after the strike was announced.",
        "Follow the money, the union leader told the crowd.",
        "March 3, 2023 - police fired tear gas at protesters in Abuja, witnesses said.",
        "The union said it would continue the protest until prices come down.",
    ):
        assert sentence in cleaned.text, sentence
    assert cleaned.text.count("Thousands of people rallied in Lagos") == 1


def test_short_repeated_lines_and_lists_are_kept():
    text = "Chants:\n\nNo justice, no peace\nNo justice, no peace\n\nThe march ended at 6 pm."
    assert clean_text(text).text.count("No justice, no peace") == 2


PAGE_FURNITURE = """THE HARBOUR GAZETTE
World | Europe | Business
Home > World > Europe
By Ana Ruiz | Saturday 9 March 2024, 10:40
3 min read

Dockers strike in Rotterdam as pay talks collapse

Thousands of dock workers walked out in Rotterdam on Friday after pay talks collapsed, the union said.

Related stories:
- Port strikes spread across Europe
- Why shipping costs are rising

Follow The Harbour Gazette on Google News
Join our WhatsApp channel for breaking news
Donate to the Gazette - keep local news alive
Support independent journalism. Subscribe from 2 euros a month.
Facebook · Instagram · YouTube
Comments are closed.
Refresh for the latest updates
Show 5 older updates
This website uses cookies to improve your experience.
Copyright © 2024 Harbour Gazette Media. All rights reserved.
"""

REAL_SENTENCES = (
    "By Ana Ruiz | Saturday 9 March 2024, 10:40",
    "Dockers strike in Rotterdam as pay talks collapse",
    "Thousands of dock workers walked out in Rotterdam on Friday after pay talks collapsed, the union said.",
)


def test_page_furniture_of_other_sites_is_removed_and_the_article_kept():
    cleaned = clean_text(PAGE_FURNITURE)
    assert "THE HARBOUR GAZETTE" in cleaned.removed  # a masthead is page chrome ...
    document = make_document(RawArticle(origin="test", text=PAGE_FURNITURE))
    assert document.outlet == "The Harbour Gazette"  # ... that still names the outlet
    for sentence in REAL_SENTENCES:
        assert sentence in cleaned.text, sentence
    for junk in ("World | Europe", "Home >", "3 min read", "Related stories", "Port strikes spread", "shipping costs",
                 "Google News", "WhatsApp channel", "Donate", "Subscribe", "YouTube", "Comments are closed",
                 "latest updates", "older updates", "cookies", "All rights reserved"):
        assert junk not in cleaned.text, junk


PRESS_RELEASE = """FOR IMMEDIATE RELEASE

Rights group condemns arrests of 40 students in Dhaka

Dhaka, 3 May 2024 - Police arrested 40 students at a sit-in outside the university on Thursday, the Rights
Forum said today. "Release them now," the students chanted.

The Forum calls for their immediate release.

-ENDS-

Notes to editors
About the Rights Forum: the Forum documents abuses across the country.
For media enquiries: press@example.org
"""


def test_a_press_release_loses_its_end_matter_only():
    cleaned = clean_text(PRESS_RELEASE)
    assert "FOR IMMEDIATE RELEASE" not in cleaned.text
    assert cleaned.text.rstrip().endswith("The Forum calls for their immediate release.")
    assert "Police arrested 40 students at a sit-in" in cleaned.text


def test_sentences_that_look_like_furniture_are_kept():
    text = "\n".join((
        "Support for the strike grew on Monday - unions in Lyon and Lille joined.",
        "Related protests took place in Basra on Friday.",
        "Copyright law protests drew thousands in Paris on Saturday.",
        "Donations poured in for the families of the victims, organisers said.",
        "The march went from Plaza Italia | to La Moneda, then to the Alameda, police said.",
        "Most read newspapers in the city ignored the march, the union said.",
        "Protesters chanted on Facebook Live and on Twitter Spaces for three hours on Sunday evening in Kano.",
    ))
    assert clean_text(text).text == text


PAYWALLED_WIRE_PAGE = """Osorno · Puerto Montt · Castro · English edition

KENYA-PROTESTS/TAXES (UPDATE 2)

Police fire tear gas at tax protesters in Nairobi

You have 3 free articles left this week. Subscribe to keep reading.

NAIROBI, June 25 (Rift Wire) - Police fired tear gas at thousands of protesters in central Nairobi on Tuesday.

Advertisement 300 x 600

Get our evening digest in your inbox. Sign up today.

Topics: Kenya · Taxes · Protest

Rift Wire is not responsible for the content of external sites.

Your trusted news from the Rift Valley and beyond
"""


def test_paywall_slug_tags_and_disclaimer_lines_go_and_the_report_stays():
    cleaned = clean_text(PAYWALLED_WIRE_PAGE)
    assert cleaned.text.splitlines()[0] == "Police fire tear gas at tax protesters in Nairobi"
    assert "NAIROBI, June 25 (Rift Wire) - Police fired tear gas at thousands of protesters" in cleaned.text
    for junk in ("Osorno", "UPDATE 2", "free articles", "300 x 600", "evening digest", "Topics", "not responsible",
                 "trusted news"):
        assert junk not in cleaned.text, junk


def test_sentences_shaped_like_these_junk_lines_are_kept():
    text = "\n".join((
        "US-UK talks on the strike ended on Monday without a deal, officials said.",
        "You have to be brave to march here, one protester said.",
        "Get out, the crowd chanted at the governor's office in Mombasa.",
        "The news from Kisumu was worse: two people were shot dead on Tuesday.",
    ))
    assert clean_text(text).text == text


CHANNEL_POST = """Kharkiv Now
📌 Pinned: Send us your photos: @kharkivnow_bot

Forwarded from Sloboda Daily
Residents of Kharkiv rallied outside the city council on Sunday, demanding more bomb shelters.
👁 12.4K

Also read: Tram line 5 reopens after repairs
Read also: Why the shelters matter
#Kharkiv #Ukraine #Shelters
📢 Share and follow: t.me/kharkivnow
💳 Support our reporters: card 0000 0000 0000
"""
BROADCAST = """[Opening music]
ANCHOR: Good evening. Farmers blocked the highway near Rosario on Monday, the federation said.
[COMMERCIAL BREAK]
TICKER: Soy prices steady | Weather: cool in Buenos Aires
Transcript prepared by the Pampas Monitoring Desk.
For press enquiries write to desk@pampas.example or call 0800 000.
Rights Watch Pampas is an independent organisation monitoring protest rights in Argentina since 2011.
"""


def test_channel_and_broadcast_furniture_goes_and_the_reports_stay():
    post = clean_text(CHANNEL_POST).text
    assert "Residents of Kharkiv rallied outside the city council on Sunday" in post
    for junk in ("Pinned", "Forwarded", "12.4K", "Also read", "Read also", "#Kharkiv", "t.me", "Support our reporters"):
        assert junk not in post, junk
    broadcast = clean_text(BROADCAST).text
    assert broadcast == "ANCHOR: Good evening. Farmers blocked the highway near Rosario on Monday, the federation said."


def test_a_closing_sentence_about_a_group_in_the_news_is_kept():
    text = ("Gunmen attacked a convoy near Gao on Sunday, the army said.\n"
            "The Rapid Support Forces are a paramilitary group that grew out of the Janjaweed militias.\n"
            "Witnesses said 2,000 people marched in Bamako, waving #FreeMali placards.")
    assert clean_text(text).text == text


CHANNEL_WITH_COUNTERS = """Minsk Street Watch
channel · 12,004 subscribers

📌 Pinned message
Volunteer channel about the protests. Send videos to @msw_tips.

19:05
Several thousand people marched along Independence Avenue in Minsk this evening. 👁 8.1K

19:40
Riot police detained at least 40 people near the Stella monument. 👁 6.4K
Share this post | Donate to our legal fund
Síguenos en Telegram: t.me/msw_es
Etiquetas: #Minsk #Belarus
Lea también: Opposition calls a strike for Monday
MSW is a network of volunteer monitors across Belarus.
"""


def test_channel_counters_pinned_notices_and_foreign_language_furniture_go():
    cleaned = clean_text(CHANNEL_WITH_COUNTERS).text
    assert "Several thousand people marched along Independence Avenue in Minsk this evening." in cleaned
    assert "Riot police detained at least 40 people near the Stella monument." in cleaned
    for junk in ("subscribers", "Pinned", "Volunteer channel", "👁", "Donate", "Síguenos", "Etiquetas", "Lea también",
                 "network of volunteer monitors"):
        assert junk not in cleaned, junk


def test_a_sentence_about_a_coalition_or_its_members_is_kept_in_the_story():
    text = ("The Alliance for Change is a coalition of 12 opposition parties formed in March.\n"
            "Its members marched in Harare on Saturday.\n"
            "Police said 3,000 people took part, and the union has 40,000 members.\n"
            "Organisers said the rally drew 15,600 followers of the movement.")
    assert clean_text(text).text == text


def test_lines_of_a_page_whose_paragraphs_are_single_lines_are_never_joined():
    text = ("Police fire on marchers in the capital; border crossing shut\n"
            "Three killed as thousands answer the opposition leader's call to march on the city\n"
            + "Police fired tear gas and live rounds in the capital on Thursday as thousands of people tried to "
              "march to the city centre at the call of the opposition candidate, who says last month's election was "
              "rigged, witnesses and a medical association said.")
    assert clean_text(text).text == text


NEWSLETTER = """View this email in your browser

THE HARBOUR LETTER
Your weekly briefing on Kenya | Issue 212 | Friday, 14 July 2023

Hello, and welcome. Here is the week in brief.

1. FUEL TAX PROTESTS
On Wednesday, thousands of people marched in Kisumu against the new fuel tax.

SPONSORED: Learn Swahili online with Lugha Hub. First lesson free.
Paid content: Safari deals for the long weekend

That's it for this week. If you found The Harbour Letter useful, forward it to a friend.
You are receiving this email because you subscribed at harbourletter.example. Unsubscribe | Update your preferences
The Harbour Letter, Moi Avenue 12, Mombasa
"""
COMMUNIQUE_FOOTER = """UNITY FRONT
Dignity · Work · Peace

COMMUNIQUÉ No. 3

Our members held a sit-in in front of the town hall of Kindia on Monday.

Support the detained comrades: Mobile Money +224 600 00 00 00
Share this communiqué widely.
"""
TRANSLATED = """[Translation from the Spanish original. Dates are given as in the original.]
Translated from Aymara and Spanish by the newsroom. Check against delivery.
Programme: Evening news (8 p.m.) | Monday 3 June 2024
The views expressed in this bulletin do not necessarily reflect those of the station or its partners.
The boundaries and names shown on this map do not imply official endorsement or acceptance.
Teachers marched in El Alto on Monday, the union said.
"""


def test_newsletter_and_communique_furniture_goes_and_the_items_stay():
    letter = clean_text(NEWSLETTER).text
    assert "thousands of people marched in Kisumu against the new fuel tax" in letter
    for junk in ("View this email", "Issue 212", "SPONSORED", "Paid content", "forward it to a friend",
                 "You are receiving", "Moi Avenue"):
        assert junk not in letter, junk
    communique = clean_text(COMMUNIQUE_FOOTER).text
    assert "Our members held a sit-in in front of the town hall of Kindia on Monday." in communique
    for junk in ("Dignity · Work · Peace", "Mobile Money", "Share this communiqué"):
        assert junk not in communique, junk


def test_translators_notes_programme_lines_and_disclaimers_go():
    assert clean_text(TRANSLATED).text == "Teachers marched in El Alto on Monday, the union said."


def test_sentences_like_those_notes_are_kept():
    text = "\n".join((
        "The statement, translated from Arabic by the group, does not imply that talks have ended.",
        "Police said the march did not reflect the views of most residents of Kindia.",
        "Kisumu - Kakamega - Busia: the road was blocked all day, drivers said.",
    ))
    assert clean_text(text).text == text


def test_a_letterhead_in_capitals_is_chrome_but_a_headline_in_capitals_is_text():
    text = ("REPÚBLICA DEL PARAGUAY\nMINISTERIO DEL INTERIOR\nCOMUNICADO OFICIAL N° 14/2017\n"
            "GENERAL STRIKE IN THE PUBLIC SECTOR: A MASSIVE SUCCESS\n\n"
            "Asunción, 1 April 2017. The Ministry of the Interior informs the public that on Friday night a group of "
            "demonstrators set fire to the Congress building in Asunción.")
    cleaned = clean_text(text)
    assert cleaned.removed[:3] == ["REPÚBLICA DEL PARAGUAY", "MINISTERIO DEL INTERIOR", "COMUNICADO OFICIAL N° 14/2017"]
    assert cleaned.text.startswith("GENERAL STRIKE IN THE PUBLIC SECTOR")


def test_transcript_cues_memo_labels_and_a_closing_signature_block_are_chrome():
    text = ("REF: SITNOTE 2023/041\n\n[THEME MUSIC]\n\nKARIN: Welcome back. Riot police cleared the square in "
            "Malmö on Sunday night after cars were set on fire.\n\n[SPONSOR MESSAGE — 30 SECONDS]\n\n"
            "DAVID: Eight people were arrested there, the police said.\n\nBy order of the Council\nTown Clerk\n")
    cleaned = clean_text(text)
    for chrome in ("REF: SITNOTE 2023/041", "[THEME MUSIC]", "[SPONSOR MESSAGE — 30 SECONDS]",
                   "By order of the Council", "Town Clerk"):
        assert chrome not in cleaned.text and chrome in cleaned.removed
    assert cleaned.text.endswith("Eight people were arrested there, the police said.")
