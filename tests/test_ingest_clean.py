"""Scraped-page junk is removed; real sentences never are."""

from __future__ import annotations

from conftest import SAMPLE

from dateline.ingest.clean import clean_text


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
