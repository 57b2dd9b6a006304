"""A team member signs in and logs a meeting through the admin form, in chromium."""

import datetime

import pytest
from django.utils import timezone

from dialogues.models import DialogueMeeting
from tests.browser import log_in, screenshot
from tests.dialogues.factories import ContactFactory, PartnerFactory

ADD = "/admin/snippets/dialogues/dialoguemeeting/add/"
LIST = "/admin/snippets/dialogues/dialoguemeeting/"


@pytest.mark.browser
def test_team_member_logs_a_meeting_in_the_browser(
    browser_page,
    seeded,
    demo_password,
):
    japan = PartnerFactory(name="Japan", slug="japan")
    PartnerFactory(name="Canada", slug="canada")
    ContactFactory(name="Haruto Sato", partner=japan)
    page = browser_page

    log_in(page, "team@example.org", demo_password)
    page.goto(ADD)
    page.fill("#id_title", "EU–Japan AI working group")
    page.get_by_label("Japan", exact=True).check()
    page.select_option("#id_status", "held")
    page.select_option("#id_level", "working_level")
    page.fill("#id_start", "2025-07-14 10:00")
    page.keyboard.press("Escape")
    page.fill("#id_end", "2025-07-14 12:00")
    page.keyboard.press("Escape")
    page.select_option("#id_time_zone", "Asia/Tokyo")
    page.fill("#id_location", "Tokyo")
    screenshot(page, "dialogues-meeting-form-top")
    page.fill("#id_minutes", "Japan is drafting guidelines for AI business operators.")
    tags = page.locator("#panel-child-topics-wrapper .tagit input")
    tags.fill("AI safety")
    tags.press("Enter")

    # A participant, chosen in the contact chooser.
    page.click("#id_participants-ADD")
    participants = page.locator("#panel-participants-content")
    participants.get_by_role("button", name="Choose a contact").click()
    page.get_by_role("link", name="Haruto Sato (Ministry of Digital Affairs)").click()
    page.fill("#id_participants-0-role_in_meeting", "Head of delegation")

    # An action item.
    page.click("#id_action_items-ADD")
    page.fill("#id_action_items-0-description", "Send comments on the guidelines")
    page.select_option("#id_action_items-0-owner", label="Tomás Analyst")
    page.fill("#id_action_items-0-due_on", "2025-08-01")
    page.keyboard.press("Escape")
    screenshot(page, "dialogues-meeting-form")

    # Publish, from the action menu's dropdown.
    page.locator("footer .w-dropdown__toggle").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(f"**{LIST}")

    page.get_by_role("link", name="EU–Japan AI working group").wait_for()
    assert "2025-07-14 03:00 Brussels" in page.locator("main").inner_text()
    screenshot(page, "dialogues-meeting-listing")

    meeting = DialogueMeeting.objects.get()  # logged once, not twice
    assert meeting.live
    assert list(meeting.partners.all()) == [japan]
    assert meeting.start == datetime.datetime(2025, 7, 14, 1, 0, tzinfo=datetime.UTC)
    assert meeting.logged_by == seeded["users"]["team@example.org"]
    assert [tag.name for tag in meeting.topics.all()] == ["AI safety"]
    participant = meeting.participants.get()
    assert participant.contact.name == "Haruto Sato"
    assert participant.role_in_meeting == "Head of delegation"
    item = meeting.action_items.get()
    assert item.description == "Send comments on the guidelines"
    assert item.owner == seeded["users"]["team@example.org"]
    assert item.is_overdue is (timezone.localdate() > datetime.date(2025, 8, 1))
