"""Demo dialogue content for `seed_demo`: never in production.

The partners and their frameworks are real (dates checked against the
Commission's announcements); the people, and what was said and agreed at each
meeting, are invented. The calendar is written for DEMO_TODAY: meetings before
it were held (or postponed or cancelled), later ones are planned, and some
action items are overdue on that day.

`create_demo_dialogues()` is idempotent: partners are keyed on slug, contacts on
(name, partner), initiatives on title and meetings on (title, start). Existing
rows are left exactly as they are (the team may have edited them), so a second
run creates nothing, saves nothing and adds no revision. A new meeting is
created the way the admin creates one: saved, with a first revision that is
published and recorded in the audit log.
"""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import ModelLogEntry, ReferenceIndex, Revision

from accounts.demo import create_demo_users
from monitoring.demo import DEVELOPMENTS, create_demo_monitoring
from monitoring.models import Jurisdiction, PolicyDevelopment

from .models import (
    ActionItem,
    Confidentiality,
    Contact,
    DialogueMeeting,
    JointInitiative,
    MeetingParticipant,
    Milestone,
    Partner,
)

DEMO_TODAY = date(2026, 11, 23)

BRUSSELS = ZoneInfo("Europe/Brussels")
TEAM = "team@example.org"
LEAD = "lead@example.org"

F = DialogueMeeting.Format
L = DialogueMeeting.Level
S = DialogueMeeting.Status
C = Confidentiality
K = JointInitiative.Kind
IS = JointInitiative.Status
A = ActionItem.Status

# Created with the forum jurisdictions the monitoring demo has no use for.
FORUM_JURISDICTIONS = [
    ("G20", "G20"),
    ("GPAI", "Global Partnership on Artificial Intelligence"),
]

PARTNERS = [
    {
        "slug": "japan",
        "name": "Japan",
        "jurisdiction": "JP",
        "priority": True,
        "framework": "EU–Japan Digital Partnership (2022)",
        "framework_url": (
            "https://digital-strategy.ec.europa.eu/en/news/"
            "eu-japan-summit-strengthening-our-partnership"
        ),
        "summary": (
            "Japan was the first country to conclude a Digital Partnership with "
            "the EU, at the EU–Japan Summit in Tokyo on 12 May 2022. A ministerial "
            "Digital Partnership Council takes stock of the work every year; on "
            "artificial intelligence the two sides support the G7 Hiroshima AI "
            "Process and bring together the EU AI Office and Japan's AI Safety "
            "Institute. The dialogue compares how each side puts its AI rules and "
            "guidelines into practice."
        ),
    },
    {
        "slug": "canada",
        "name": "Canada",
        "jurisdiction": "CA",
        "priority": True,
        "framework": "EU–Canada Digital Partnership (2023)",
        "framework_url": (
            "https://ised-isde.canada.ca/site/ised/en/"
            "canada-european-union-digital-partnership"
        ),
        "summary": (
            "The EU and Canada launched their Digital Partnership at the EU–Canada "
            "Summit in St. John's in November 2023. Artificial intelligence is one "
            "of its strands, next to semiconductors, quantum, secure connectivity, "
            "online platforms and cybersecurity: the two sides keep regular "
            "channels open and hold workshops on AI governance and international "
            "standards."
        ),
    },
    {
        "slug": "australia",
        "name": "Australia",
        "jurisdiction": "AU",
        "priority": True,
        "framework": "EU–Australia Digital Dialogue",
        "framework_url": (
            "https://digital-strategy.ec.europa.eu/en/news/"
            "eu-and-australia-accelerate-their-digital-cooperation"
        ),
        "summary": (
            "The European Commission and the Australian Government discuss "
            "digital policy in the EU–Australia Digital Dialogue, resumed after "
            "the pandemic with a second meeting held online in June 2024. "
            "Artificial intelligence is a standing item, next to online platforms, "
            "data and cybersecurity. The dialogue compares risk-based approaches "
            "to AI and ways of giving assurance that AI systems are safe."
        ),
    },
    {
        "slug": "south-korea",
        "name": "Republic of Korea",
        "jurisdiction": "KR",
        "priority": True,
        "framework": "EU–Republic of Korea Digital Partnership (2022)",
        "framework_url": (
            "https://digital-strategy.ec.europa.eu/en/news/"
            "republic-korea-eu-joint-statement"
        ),
        "summary": (
            "The EU and the Republic of Korea signed their Digital Partnership on "
            "28 November 2022, and its Digital Partnership Council first met in "
            "Seoul in June 2023. The two sides keep a standing dialogue on "
            "trustworthy AI, including large generative models, and seek common "
            "approaches in international standards bodies. Korea's AI Basic Act, "
            "in force since January 2026, is a natural point of comparison with "
            "the EU AI Act."
        ),
    },
    {
        "slug": "g7",
        "name": "G7",
        "jurisdiction": "G7",
        "framework": "G7 Hiroshima AI Process (2023)",
        "framework_url": "https://www.soumu.go.jp/hiroshimaaiprocess/en/index.html",
        "summary": (
            "The Group of Seven launched the Hiroshima AI Process under Japan's "
            "presidency in 2023 and agreed its International Guiding Principles "
            "and Code of Conduct for organisations developing advanced AI systems "
            "in October that year. The EU takes part in the G7's work on AI and in "
            "the Hiroshima AI Process Friends Group, which brings in countries "
            "beyond the G7."
        ),
    },
    {
        "slug": "g20",
        "name": "G20",
        "jurisdiction": "G20",
        "framework": "G20 AI Principles (2019)",
        "framework_url": "",
        "summary": (
            "The Group of Twenty welcomed its AI Principles, drawn from the OECD "
            "Recommendation on AI, in June 2019. The EU is a member of the G20 and "
            "follows the AI discussions of its Digital Economy Working Group under "
            "each presidency."
        ),
    },
    {
        "slug": "oecd",
        "name": "OECD",
        "jurisdiction": "OECD",
        "framework": "OECD Recommendation on Artificial Intelligence (2019, 2024)",
        "framework_url": "https://oecd.ai/en/ai-principles",
        "summary": (
            "The OECD AI Principles, adopted in 2019 and updated in 2024, were the "
            "first intergovernmental standard on AI. The European Commission takes "
            "part in the OECD's work on AI policy, including its Working Party on "
            "AI Governance and the OECD.AI Policy Observatory."
        ),
    },
    {
        "slug": "gpai",
        "name": "Global Partnership on Artificial Intelligence (GPAI)",
        "jurisdiction": "GPAI",
        "framework": "Global Partnership on AI (2020), part of the OECD since 2024",
        "framework_url": "",
        "summary": (
            "GPAI was launched in June 2020 to bring governments and experts "
            "together on responsible AI; the EU is one of its founding members. "
            "In 2024 GPAI and the OECD joined forces in an integrated partnership "
            "under the OECD's work on AI."
        ),
    },
    {
        "slug": "council-of-europe",
        "name": "Council of Europe",
        "jurisdiction": "COE",
        "framework": (
            "Framework Convention on Artificial Intelligence and Human Rights, "
            "Democracy and the Rule of Law (CETS No. 225)"
        ),
        "framework_url": (
            "https://www.coe.int/en/web/artificial-intelligence/"
            "the-framework-convention-on-artificial-intelligence"
        ),
        "summary": (
            "The Council of Europe's Framework Convention on Artificial "
            "Intelligence, the first binding international treaty on AI, was "
            "adopted in May 2024 and opened for signature in September 2024, when "
            "the EU signed it. The Commission follows the work of the Committee on "
            "Artificial Intelligence (CAI) on putting the convention into practice."
        ),
    },
]

# name, organisation, partner slug (None: the EU side), position, email.
# Invented people; the addresses are in domains reserved for examples.
CONTACTS = [
    (
        "Elena Marchetti",
        "European Commission, DG CONNECT",
        None,
        "Head of Unit, International Digital Cooperation",
        "elena.marchetti@example.org",
    ),
    (
        "Jonas Verbeke",
        "European AI Office (DG CONNECT)",
        None,
        "Policy Officer, International Affairs",
        "jonas.verbeke@example.org",
    ),
    (
        "Katarzyna Nowicka",
        "European Commission, DG CONNECT",
        None,
        "Deputy Head of Unit, AI Policy Development",
        "katarzyna.nowicka@example.org",
    ),
    (
        "Pieter Van Damme",
        "Delegation of the European Union to Japan",
        None,
        "Counsellor, Digital and Research",
        "pieter.vandamme@example.org",
    ),
    (
        "Sofia Almeida",
        "Service for Foreign Policy Instruments (FPI)",
        None,
        "Programme Manager, Partnership Instrument",
        "sofia.almeida@example.org",
    ),
    (
        "山田 花子",
        "Ministry of Internal Affairs and Communications",
        "japan",
        "Director, AI Policy Office",
        "hanako.yamada@example.jp",
    ),
    (
        "佐藤 健太",
        "Ministry of Economy, Trade and Industry",
        "japan",
        "Deputy Director, Information Economy Division",
        "kenta.sato@example.jp",
    ),
    (
        "Aiko Takahashi",
        "Japan AI Safety Institute",
        "japan",
        "Senior Researcher, Evaluation",
        "aiko.takahashi@example.jp",
    ),
    (
        "Marie-Claude Lapointe",
        "Innovation, Science and Economic Development Canada",
        "canada",
        "Director General, AI and Data Policy",
        "marie-claude.lapointe@ised.example.org",
    ),
    (
        "Daniel Okafor",
        "Global Affairs Canada",
        "canada",
        "Deputy Director, Digital and Technology Policy",
        "daniel.okafor@gac.example.org",
    ),
    (
        "Olivia Hartley",
        "Department of Industry, Science and Resources",
        "australia",
        "Assistant Secretary, AI Policy Branch",
        "olivia.hartley@industry.example.org",
    ),
    (
        "Liam Nguyen",
        "Department of Industry, Science and Resources (National AI Centre)",
        "australia",
        "Director, Responsible AI Adoption",
        "liam.nguyen@industry.example.org",
    ),
    (
        "김민수",
        "Ministry of Science and ICT",
        "south-korea",
        "Deputy Director, AI Policy Division",
        "minsu.kim@msit.example.org",
    ),
    (
        "이서연",
        "Korea AI Safety Institute",
        "south-korea",
        "Senior Researcher, AI Evaluation",
        "seoyeon.lee@aisi.example.org",
    ),
    (
        "Park Ji-hoon",
        "Ministry of Science and ICT",
        "south-korea",
        "Director, International Cooperation on AI",
        "jihoon.park@msit.example.org",
    ),
    (
        "鈴木 大輔",
        "Ministry of Internal Affairs and Communications",
        "g7",
        "Coordinator, Hiroshima AI Process Friends Group",
        "daisuke.suzuki@example.jp",
    ),
    (
        "Giulia Ferraro",
        "G7 Presidency team, Department for Digital Transformation (Italy)",
        "g7",
        "Digital track coordinator",
        "giulia.ferraro@example.org",
    ),
    (
        "Thandi Mokoena",
        "Department of Communications and Digital Technologies (South Africa)",
        "g20",
        "Coordinator, G20 Digital Economy Working Group",
        "thandi.mokoena@example.org",
    ),
    (
        "Camille Rousseau",
        "OECD Directorate for Science, Technology and Innovation",
        "oecd",
        "Senior Policy Analyst, AI Governance",
        "camille.rousseau@oecd.example.org",
    ),
    (
        "Anaïs Dubois",
        "GPAI Secretariat",
        "gpai",
        "Project Coordinator",
        "anais.dubois@oecd.example.org",
    ),
    (
        "Markus Lindqvist",
        "Council of Europe, Secretariat of the Committee on Artificial Intelligence",
        "council-of-europe",
        "Administrator",
        "markus.lindqvist@coe.example.org",
    ),
]

# Milestones: (title, due on, done on).
INITIATIVES = [
    {
        "title": "EU–Japan comparative study on AI risk-management frameworks",
        "partners": ["japan"],
        "kind": K.STUDY,
        "status": IS.IN_PROGRESS,
        "confidentiality": C.PUBLIC,
        "start": date(2025, 3, 1),
        "end": date(2026, 12, 31),
        "objectives": (
            "Map the AI Act's obligations for high-risk systems against Japan's "
            "AI Guidelines for Business and the AI Promotion Act, and identify "
            "where one set of documentation could serve both."
        ),
        "description": (
            "A joint study comparing how the EU and Japan ask organisations to "
            "manage the risks of AI systems, to help companies working in both "
            "markets. The findings will be presented at a public workshop in Tokyo."
        ),
        "deliverables": (
            "Comparative table of obligations; report with recommendations; "
            "public workshop in Tokyo."
        ),
        "topics": ["risk management", "international cooperation"],
        "milestones": [
            ("Terms of reference agreed", date(2025, 3, 31), date(2025, 3, 24)),
            ("Mapping of obligations", date(2025, 9, 30), date(2025, 10, 14)),
            (
                "Draft report shared with MIC and METI",
                date(2026, 6, 30),
                date(2026, 7, 9),
            ),
            ("Final report published", date(2026, 12, 15), None),
        ],
    },
    {
        "title": (
            "EU–Korea workshop series on implementing the AI Act and the AI Basic Act"
        ),
        "partners": ["south-korea"],
        "kind": K.WORKSHOP,
        "status": IS.COMPLETED,
        "confidentiality": C.PUBLIC,
        "start": date(2025, 2, 1),
        "end": date(2025, 11, 30),
        "objectives": (
            "Exchange practical experience on secondary rules, guidance and "
            "supervision as both laws move towards application."
        ),
        "description": (
            "Two workshops, in Seoul and in Brussels, where officials and experts "
            "from the EU and Korea compared how the AI Act and Korea's AI Basic "
            "Act are being put into practice: classification of high-risk and "
            "high-impact AI, transparency and labelling, and supervision."
        ),
        "deliverables": "Two workshops; a public summary report.",
        "topics": ["governance", "transparency", "labelling"],
        "milestones": [
            ("Workshop in Seoul", date(2025, 4, 10), date(2025, 4, 10)),
            ("Workshop in Brussels", date(2025, 9, 18), date(2025, 9, 18)),
            ("Summary report published", date(2025, 11, 30), date(2025, 11, 25)),
        ],
    },
    {
        "title": "EU–Canada pilot on sharing AI incident reports",
        "partners": ["canada"],
        "kind": K.PILOT,
        "status": IS.AGREED,
        "confidentiality": C.INTERNAL,
        "start": date(2026, 1, 15),
        "end": date(2027, 6, 30),
        "objectives": (
            "Test whether serious incidents involving AI systems can be shared "
            "between the AI Office and the Canadian AI Safety Institute in a "
            "common format, without personal data."
        ),
        "description": (
            "A pilot on a common format for reporting serious AI incidents, so "
            "that regulators learn from each other's cases."
        ),
        "deliverables": "Common reporting template; arrangement on data sharing.",
        "topics": ["incident reporting", "safety"],
        "milestones": [
            ("Scoping paper", date(2026, 3, 31), date(2026, 4, 8)),
            ("Legal review of the data-sharing arrangement", date(2026, 10, 31), None),
            ("Pilot starts", date(2027, 1, 15), None),
        ],
    },
    {
        "title": "Standards cooperation on trustworthy AI with Japan and Korea",
        "partners": ["japan", "south-korea"],
        "kind": K.STANDARDS,
        "status": IS.IN_PROGRESS,
        "confidentiality": C.PUBLIC,
        "start": date(2024, 6, 1),
        "end": None,
        "objectives": (
            "Align contributions to ISO/IEC JTC 1/SC 42 and explain the European "
            "harmonised standards being written for the AI Act, so that the same "
            "tests can serve in all three markets."
        ),
        "description": (
            "Experts from the EU, Japan and Korea compare international and "
            "European AI standards, such as ISO/IEC 42001 on AI management "
            "systems, and look for common ground in international standards work."
        ),
        "deliverables": "Mapping of standards; common glossary.",
        "topics": ["standards", "conformity assessment"],
        "milestones": [
            (
                "Mapping of ISO/IEC 42001 and harmonised standards",
                date(2025, 2, 28),
                date(2025, 3, 10),
            ),
            (
                "Joint expert session at the SC 42 plenary",
                date(2025, 10, 15),
                date(2025, 10, 15),
            ),
            ("Common glossary", date(2026, 12, 31), None),
        ],
    },
    {
        "title": "EU–Australia webinar series on AI assurance",
        "partners": ["australia"],
        "kind": K.PUBLIC_EVENT,
        "status": IS.COMPLETED,
        "confidentiality": C.PUBLIC,
        "start": date(2024, 9, 1),
        "end": date(2025, 6, 30),
        "objectives": (
            "Explain to businesses and researchers in both regions how AI "
            "systems can be shown to be safe and trustworthy."
        ),
        "description": (
            "Two public webinars on AI assurance: Australia's Voluntary AI Safety "
            "Standard and the EU AI Act's conformity assessment, with speakers "
            "from government, industry and research. Recordings are online."
        ),
        "deliverables": "Two webinars; recordings and slides published.",
        "topics": ["AI assurance", "standards"],
        "milestones": [
            ("First webinar", date(2024, 11, 20), date(2024, 11, 20)),
            ("Second webinar", date(2025, 3, 12), date(2025, 3, 12)),
            ("Recordings published", date(2025, 6, 30), date(2025, 6, 20)),
        ],
    },
    {
        "title": "EU–Korea researcher exchange on AI safety evaluation",
        "partners": ["south-korea"],
        "kind": K.RESEARCH_EXCHANGE,
        "status": IS.IN_PROGRESS,
        "confidentiality": C.INTERNAL,
        "start": date(2025, 9, 1),
        "end": date(2027, 8, 31),
        "objectives": (
            "Short secondments between the AI Office and the Korea AI Safety "
            "Institute on methods for evaluating general-purpose AI models."
        ),
        "description": (
            "Researchers from the EU and Korea work side by side on methods for "
            "evaluating the safety of general-purpose AI models."
        ),
        "deliverables": "Four secondments; joint note on evaluation methods.",
        "topics": ["safety", "AI safety institutes"],
        "milestones": [
            ("Call for researchers", date(2025, 11, 30), date(2025, 11, 28)),
            ("First secondments start", date(2026, 3, 1), date(2026, 3, 16)),
            ("Mid-term review", date(2026, 12, 10), None),
        ],
    },
    {
        "title": "Mapping the GPAI Code of Practice to the Hiroshima Code of Conduct",
        "partners": ["g7", "oecd"],
        "kind": K.STUDY,
        "status": IS.COMPLETED,
        "confidentiality": C.PUBLIC,
        "start": date(2025, 5, 1),
        "end": date(2025, 12, 15),
        "objectives": (
            "Show providers of general-purpose AI models where the EU's Code of "
            "Practice and the G7 Hiroshima Code of Conduct ask for the same thing, "
            "so that one report can serve both."
        ),
        "description": (
            "A side-by-side reading of the EU's General-Purpose AI Code of "
            "Practice and the G7 Hiroshima Process Code of Conduct, presented to "
            "the OECD Working Party on AI Governance."
        ),
        "deliverables": "Mapping table; short explanatory note.",
        "topics": ["generative AI", "transparency", "international cooperation"],
        "milestones": [
            ("Mapping table", date(2025, 9, 30), date(2025, 9, 26)),
            (
                "Presentation at the OECD Working Party",
                date(2025, 11, 12),
                date(2025, 11, 12),
            ),
            ("Note published", date(2025, 12, 15), date(2025, 12, 11)),
        ],
    },
    {
        "title": (
            "Exploratory talks on mutual recognition of AI conformity assessment "
            "with Japan"
        ),
        "partners": ["japan"],
        "kind": K.STANDARDS,
        "status": IS.PROPOSED,
        "confidentiality": C.RESTRICTED,
        "start": date(2026, 10, 1),
        "end": None,
        "objectives": (
            "Find out, without commitment, whether conformity assessment of "
            "high-risk AI systems in one jurisdiction could be recognised in the "
            "other, and what that would need."
        ),
        "description": "",
        "deliverables": "Options paper for the Director.",
        "topics": ["conformity assessment", "standards"],
        "milestones": [
            ("Options paper for the Director", date(2026, 11, 30), None),
            ("Informal sounding with METI", date(2027, 2, 28), None),
        ],
    },
    {
        "title": "GPAI project on AI in public services: EU and partner case studies",
        "partners": ["gpai", "canada"],
        "kind": K.STUDY,
        "status": IS.DISCONTINUED,
        "confidentiality": C.INTERNAL,
        "start": date(2022, 9, 1),
        "end": date(2023, 12, 31),
        "objectives": (
            "Collect case studies of AI in public administrations and the "
            "safeguards that came with them."
        ),
        "description": (
            "Case studies of AI used by public administrations in the EU and "
            "partner countries."
        ),
        "deliverables": "Case study template; ten case studies; final report.",
        "topics": ["public sector"],
        "milestones": [
            ("Case study template", date(2022, 12, 15), date(2022, 12, 12)),
            ("Five case studies collected", date(2023, 6, 30), date(2023, 7, 20)),
            ("Final report", date(2023, 12, 31), None),
        ],
    },
    {
        "title": "EU–Australia workshop on AI in the public sector",
        "partners": ["australia"],
        "kind": K.WORKSHOP,
        "status": IS.PROPOSED,
        "confidentiality": C.INTERNAL,
        "start": date(2027, 3, 1),
        "end": date(2027, 6, 30),
        "objectives": (
            "Compare how governments buy and oversee AI: Australia's policy for "
            "the responsible use of AI in government and the AI Act's rules for "
            "public bodies."
        ),
        "description": (
            "A workshop for officials on the responsible use of AI by public "
            "administrations."
        ),
        "deliverables": "Workshop in Canberra; summary note.",
        "topics": ["public sector", "governance"],
        "milestones": [
            ("Concept note", date(2026, 12, 18), None),
            ("Workshop", date(2027, 4, 21), None),
        ],
    },
]

# Each meeting: local start and end ("YYYY-MM-DD HH:MM", end time "HH:MM" on the
# same day), participants as (contact name, role), related developments by the
# monitoring demo's keys, initiatives by title, and action items as
# (description, owner "team" or "lead", due on, status, closed on).
JAPAN_STUDY = INITIATIVES[0]["title"]
KOREA_WORKSHOPS = INITIATIVES[1]["title"]
CANADA_PILOT = INITIATIVES[2]["title"]
STANDARDS = INITIATIVES[3]["title"]
AUSTRALIA_WEBINARS = INITIATIVES[4]["title"]
KOREA_EXCHANGE = INITIATIVES[5]["title"]
CODE_MAPPING = INITIATIVES[6]["title"]
MUTUAL_RECOGNITION = INITIATIVES[7]["title"]
GPAI_PUBLIC_SERVICES = INITIATIVES[8]["title"]
AUSTRALIA_WORKSHOP = INITIATIVES[9]["title"]

MEETINGS = [
    # --- 2021 -----------------------------------------------------------------
    {
        "title": "EU–Japan ICT policy dialogue: session on trustworthy AI",
        "partners": ["japan"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2021-03-16 17:00", "18:30"),
        "tz": "Asia/Tokyo",
        "online": True,
        "agenda": (
            "1. The Commission's forthcoming proposal on AI\n"
            "2. Japan's governance guidelines for AI principles\n"
            "3. Cooperation at the OECD and GPAI"
        ),
        "minutes": (
            "The EU side outlined the risk-based approach of the forthcoming AI "
            "proposal. MIC stressed Japan's preference for non-binding guidance "
            "and asked how the proposal would treat foreign providers."
        ),
        "outcomes": "Agreed to brief each other after the proposal's adoption.",
        "topics": ["ethics", "international cooperation"],
        "participants": [
            ("Elena Marchetti", "Head of EU delegation"),
            ("山田 花子", "Head of Japanese delegation"),
            ("Katarzyna Nowicka", "Speaker"),
        ],
        "developments": ["eu-white-paper", "eu-ethics-guidelines"],
        "actions": [
            (
                "Send MIC the AI Act proposal and the Q&A on its day of adoption",
                "team",
                "2021-04-23",
                A.DONE,
                "2021-04-21",
            ),
            (
                "Arrange a technical briefing for the Japanese mission in Brussels",
                "lead",
                "2021-05-31",
                A.DONE,
                "2021-05-27",
            ),
        ],
    },
    {
        "title": "GPAI Summit 2021: Responsible AI working group session",
        "partners": ["gpai", "japan", "canada"],
        "forum": "GPAI",
        "format": F.CONFERENCE,
        "level": L.EXPERT,
        "status": S.HELD,
        "confidentiality": C.PUBLIC,
        "when": ("2021-11-11 14:00", "15:30"),
        "tz": "Europe/Paris",
        "location": "Paris",
        "agenda": "Responsible AI working group: progress of projects and next year.",
        "summary": (
            "At the 2021 GPAI Summit hosted by France, the Commission took part in "
            "the session of the Responsible AI working group and presented the "
            "proposed AI Act. Participants discussed how GPAI projects can support "
            "governments drafting AI rules."
        ),
        "minutes": (
            "Good attendance from Japan and Canada. Several experts asked for a "
            "plain-language explainer of the AI Act's risk categories."
        ),
        "outcomes": "Commission to share an explainer of the risk categories.",
        "topics": ["international cooperation", "risk management"],
        "participants": [
            ("Jonas Verbeke", "Speaker"),
            ("Anaïs Dubois", "Organiser"),
            ("Marie-Claude Lapointe", "Panellist"),
        ],
        "developments": ["eu-ai-act", "oecd-principles-2019"],
        "actions": [
            (
                "Share the explainer of the AI Act's risk categories with the group",
                "team",
                "2021-12-10",
                A.DONE,
                "2021-12-08",
            ),
            (
                "Propose an EU expert for the 2022 project on AI in public services",
                "lead",
                "2022-01-31",
                A.DONE,
                "2022-02-03",
            ),
        ],
    },
    # --- 2022 -----------------------------------------------------------------
    {
        "title": "EU–Canada digital policy dialogue: AI and data session",
        "partners": ["canada"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2022-06-28 09:30", "12:00"),
        "tz": "America/Toronto",
        "location": "Ottawa",
        "agenda": (
            "1. Bill C-27 and the Artificial Intelligence and Data Act\n"
            "2. State of play of the AI Act in Parliament and Council\n"
            "3. Data governance"
        ),
        "minutes": (
            "ISED presented the Artificial Intelligence and Data Act, tabled on "
            "16 June as part of Bill C-27. Much of the detail is left to "
            "regulations; the definition of 'high-impact system' is still open."
        ),
        "outcomes": "Both sides to exchange their definitions of high-risk AI.",
        "topics": ["risk management", "governance"],
        "participants": [
            ("Elena Marchetti", "Head of EU delegation"),
            ("Marie-Claude Lapointe", "Head of Canadian delegation"),
            ("Daniel Okafor", "Note-taker"),
        ],
        "developments": ["ca-aida", "eu-ai-act"],
        "actions": [
            (
                "Send ISED a comparison of 'high-risk' and 'high-impact' definitions",
                "team",
                "2022-09-15",
                A.DONE,
                "2022-09-20",
            ),
            (
                "Invite ISED to the AI Act technical workshop in the autumn",
                "lead",
                "2022-08-31",
                A.DROPPED,
                "2022-10-03",
            ),
            (
                "Brief DG TRADE on what AIDA would mean for EU companies in Canada",
                "team",
                "2022-07-29",
                A.DONE,
                "2022-07-27",
            ),
        ],
    },
    {
        "title": "OECD Working Party on AI Governance (AIGO) side meeting",
        "partners": ["oecd", "japan", "canada", "south-korea", "australia"],
        "forum": "OECD",
        "format": F.MULTILATERAL,
        "level": L.WORKING_LEVEL,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2022-10-05 13:00", "14:00"),
        "tz": "Europe/Paris",
        "location": "OECD Conference Centre, Paris",
        "agenda": "Lunch of like-minded delegations on the AI system definition.",
        "minutes": (
            "Delegations agreed that a shared definition of an AI system would "
            "help interoperability. Korea and Japan favour following the OECD "
            "wording closely."
        ),
        "outcomes": "Support an OECD process to revise the definition.",
        "topics": ["international cooperation"],
        "participants": [
            ("Jonas Verbeke", "EU representative"),
            ("Camille Rousseau", "OECD Secretariat"),
            ("김민수", "Korean delegate"),
        ],
        "developments": ["oecd-principles-2019"],
        "actions": [
            (
                "Circulate a note on the AI system definitions in the AI Act drafts",
                "team",
                "2022-10-28",
                A.DONE,
                "2022-10-26",
            ),
            (
                "Ask the OECD Secretariat for the timeline of a definition review",
                "team",
                "2022-11-15",
                A.DONE,
                "2022-11-30",
            ),
            (
                "Report partners' views on the definition to the Council working party",
                "lead",
                "2022-10-21",
                A.DONE,
                "2022-10-19",
            ),
        ],
    },
    {
        "title": "EU–Korea senior officials' dialogue on AI governance",
        "partners": ["south-korea"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.PUBLIC,
        "when": ("2022-12-07 10:00", "12:30"),
        "tz": "Asia/Seoul",
        "location": "Seoul",
        "agenda": (
            "1. The new EU–Republic of Korea Digital Partnership\n"
            "2. The AI Act and Korea's plans for an AI framework act\n"
            "3. Standards"
        ),
        "summary": (
            "The first senior officials' exchange on AI after the signature of "
            "the EU–Republic of Korea Digital Partnership. Both sides presented "
            "their plans for AI legislation and agreed to keep a regular dialogue "
            "on trustworthy AI and international standards."
        ),
        "minutes": (
            "MSIT expects several competing bills on AI in the National Assembly "
            "and a framework act rather than detailed rules. Strong interest in "
            "how the AI Act will treat general-purpose models."
        ),
        "outcomes": "Regular dialogue agreed; next meeting in 2023.",
        "topics": ["governance", "standards", "international cooperation"],
        "participants": [
            ("Elena Marchetti", "Co-chair"),
            ("Park Ji-hoon", "Co-chair"),
            ("김민수", "Speaker"),
        ],
        "developments": ["eu-ai-act"],
        "actions": [
            (
                "Share the Council's general approach on the AI Act with MSIT",
                "team",
                "2022-12-20",
                A.DONE,
                "2022-12-16",
            ),
            (
                "Propose dates for the 2023 dialogue",
                "lead",
                "2023-01-31",
                A.DONE,
                "2023-01-24",
            ),
            (
                "Map Korea's pending AI bills and the definitions they use",
                "team",
                "2023-02-28",
                A.DONE,
                "2023-03-06",
            ),
        ],
    },
    # --- 2023 -----------------------------------------------------------------
    {
        "title": "EU–Australia exchange on AI regulation",
        "partners": ["australia"],
        "format": F.BILATERAL,
        "level": L.WORKING_LEVEL,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2023-03-08 19:00", "20:30"),
        "tz": "Australia/Sydney",
        "online": True,
        "agenda": "Australia's review of safe and responsible AI; AI Act trilogues.",
        "minutes": (
            "DISR is preparing a discussion paper on safe and responsible AI. "
            "They asked for the Commission's experience with the impact "
            "assessment of the AI Act."
        ),
        "outcomes": "Commission to share the impact assessment and its annexes.",
        "topics": ["risk management", "governance"],
        "participants": [
            ("Katarzyna Nowicka", "EU lead"),
            ("Olivia Hartley", "Australian lead"),
        ],
        "developments": ["au-ethics-principles", "eu-ai-act"],
        "actions": [
            (
                "Send DISR the AI Act impact assessment and annexes",
                "team",
                "2023-03-24",
                A.DONE,
                "2023-03-15",
            ),
            (
                "Comment on Australia's discussion paper when it is published",
                "team",
                "2023-08-04",
                A.DONE,
                "2023-07-26",
            ),
            (
                "Add Australia to the alignment monitoring",
                "team",
                "2023-04-28",
                A.DONE,
                "2023-04-20",
            ),
        ],
    },
    {
        "title": "EU–Japan Digital Partnership Council: AI working group",
        "partners": ["japan"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.PUBLIC,
        "when": ("2023-06-29 14:00", "17:00"),
        "tz": "Asia/Tokyo",
        "location": "Tokyo",
        "agenda": (
            "1. AI deliverables for the Digital Partnership Council of 3 July\n"
            "2. G7 Hiroshima AI Process\n"
            "3. Cooperation on AI standards"
        ),
        "summary": (
            "Officials prepared the AI part of the first EU–Japan Digital "
            "Partnership Council, held in Tokyo on 3 July 2023. They discussed "
            "support for the G7 Hiroshima AI Process and closer work on "
            "international AI standards."
        ),
        "minutes": (
            "Japan wants the Council statement to welcome the Hiroshima AI "
            "Process prominently. Agreement on text for standards; METI to "
            "confirm wording on generative AI."
        ),
        "outcomes": "AI paragraphs of the joint statement agreed ad referendum.",
        "topics": ["international cooperation", "standards", "generative AI"],
        "participants": [
            ("Elena Marchetti", "Head of EU delegation"),
            ("山田 花子", "Co-chair"),
            ("佐藤 健太", "Speaker"),
            ("Pieter Van Damme", "EU Delegation"),
        ],
        "developments": ["eu-ai-act", "eu-coordinated-plan"],
        "actions": [
            (
                "Send the agreed AI paragraphs to the cabinet",
                "lead",
                "2023-06-30",
                A.DONE,
                "2023-06-30",
            ),
            (
                "Follow up with METI on the generative AI wording",
                "team",
                "2023-07-01",
                A.DONE,
                "2023-07-01",
            ),
            (
                "Draft a work plan on AI standards cooperation",
                "team",
                "2023-10-31",
                A.DROPPED,
                "2024-01-15",
            ),
        ],
    },
    {
        "title": (
            "G7 Hiroshima AI Process: officials' meeting on the draft code of conduct"
        ),
        "partners": ["g7", "japan", "canada"],
        "forum": "G7",
        "format": F.MULTILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.RESTRICTED,
        "when": ("2023-09-05 21:00", "23:00"),
        "tz": "Asia/Tokyo",
        "online": True,
        "agenda": "Line-by-line reading of the draft code of conduct.",
        "minutes": (
            "Negotiating positions: the EU pushed for references to risk "
            "management across the life cycle and for content authentication. "
            "Canada supported; one G7 member resisted reporting duties."
        ),
        "outcomes": "EU red lines kept; reporting left voluntary.",
        "topics": ["generative AI", "international cooperation"],
        "participants": [
            ("Elena Marchetti", "EU negotiator"),
            ("鈴木 大輔", "Chair"),
            ("Daniel Okafor", "Canadian delegate"),
        ],
        "developments": ["g7-haip-principles", "g7-haip-code"],
        "actions": [
            (
                "Report the state of negotiation to the Director-General",
                "lead",
                "2023-09-07",
                A.DONE,
                "2023-09-06",
            ),
            (
                "Send the EU's written comments on the transparency section",
                "lead",
                "2023-09-15",
                A.DONE,
                "2023-09-14",
            ),
        ],
    },
    {
        "title": "GPAI Summit 2023: side event on AI in public services",
        "partners": ["gpai"],
        "forum": "GPAI",
        "format": F.CONFERENCE,
        "level": L.EXPERT,
        "status": S.CANCELLED,
        "confidentiality": C.INTERNAL,
        "when": ("2023-12-13 14:00", "15:30"),
        "tz": "Asia/Kolkata",
        "location": "New Delhi",
        "agenda": "Presentation of the case studies on AI in public services.",
        "minutes": (
            "Cancelled: too few case studies were ready, and the project was "
            "later discontinued."
        ),
        "topics": ["public sector"],
        "participants": [
            ("Sofia Almeida", "Organiser"),
            ("Anaïs Dubois", "GPAI Secretariat"),
        ],
        "initiatives": [GPAI_PUBLIC_SERVICES],
    },
    # --- 2024 -----------------------------------------------------------------
    {
        "title": "EU–Canada Digital Dialogue: AI governance session",
        "partners": ["canada"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.PUBLIC,
        "when": ("2024-02-20 09:00", "11:00"),
        "tz": "America/Toronto",
        "online": True,
        "agenda": (
            "1. Implementing the AI strand of the Digital Partnership\n"
            "2. The AI Act after the political agreement\n"
            "3. Canada's voluntary code of conduct on generative AI"
        ),
        "summary": (
            "Officials discussed how to put the AI strand of the new EU–Canada "
            "Digital Partnership into practice. They exchanged on the AI Act after "
            "the political agreement of December 2023 and on Canada's voluntary "
            "code of conduct for advanced generative AI systems, and agreed to "
            "hold workshops on AI governance and standards."
        ),
        "minutes": (
            "ISED confirmed that AIDA is still in committee. Canada interested in "
            "how the AI Office will supervise general-purpose models."
        ),
        "outcomes": "Workshop on AI governance to be scheduled in 2024.",
        "topics": ["governance", "generative AI", "standards"],
        "participants": [
            ("Elena Marchetti", "Co-chair"),
            ("Marie-Claude Lapointe", "Co-chair"),
            ("Jonas Verbeke", "Speaker"),
        ],
        "developments": ["ca-voluntary-code", "ca-aida", "eu-ai-act"],
        "actions": [
            (
                "Send ISED the AI Office's organisation chart and contacts",
                "team",
                "2024-03-15",
                A.DONE,
                "2024-03-11",
            ),
            (
                "Propose topics for a workshop on AI governance",
                "team",
                "2024-04-30",
                A.DONE,
                "2024-05-06",
            ),
            (
                "Send ISED the AI Act as published in the Official Journal",
                "team",
                "2024-07-31",
                A.DONE,
                "2024-07-15",
            ),
        ],
    },
    {
        "title": "EU AI Office and Japan AI Safety Institute: first expert exchange",
        "partners": ["japan"],
        "format": F.BILATERAL,
        "level": L.EXPERT,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2024-04-29 15:00", "17:00"),
        "tz": "Europe/Brussels",
        "location": "Brussels",
        "agenda": "Evaluation methods for general-purpose AI; red-teaming.",
        "minutes": (
            "J-AISI presented its guide to red-teaming methods. Both sides see "
            "value in comparing evaluation results on the same models."
        ),
        "outcomes": "Exchange of evaluation methods; contact points named.",
        "topics": ["safety", "AI safety institutes"],
        "participants": [
            ("Jonas Verbeke", "AI Office"),
            ("Aiko Takahashi", "J-AISI"),
        ],
        "developments": ["jp-aisi", "eu-ai-office"],
        "actions": [
            (
                "Name an AI Office contact point for J-AISI",
                "lead",
                "2024-05-15",
                A.DONE,
                "2024-05-08",
            ),
            (
                "Share the AI Office's draft evaluation taxonomy",
                "team",
                "2024-06-28",
                A.DROPPED,
                "2024-09-02",
            ),
            (
                "Set up a quarterly call between the AI Office and J-AISI",
                "lead",
                "2024-07-31",
                A.DONE,
                "2024-07-10",
            ),
        ],
    },
    {
        "title": "EU–Australia Digital Dialogue: AI session",
        "partners": ["australia"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.PUBLIC,
        "when": ("2024-06-12 18:00", "19:30"),
        "tz": "Australia/Sydney",
        "online": True,
        "agenda": "The AI Act's entry into force; the AI Office; Australia's approach.",
        "summary": (
            "At the second EU–Australia Digital Dialogue, held online, the EU "
            "shared its experience of setting up the AI Act and the AI Office, and "
            "Australia presented its work on safe and responsible AI."
        ),
        "minutes": (
            "DISR signalled a proposals paper on mandatory guardrails for "
            "high-risk AI later in the year and a voluntary standard. They would "
            "welcome joint public events on AI assurance."
        ),
        "outcomes": "Agreed to run a joint webinar series on AI assurance.",
        "topics": ["governance", "AI assurance"],
        "participants": [
            ("Elena Marchetti", "EU co-chair"),
            ("Olivia Hartley", "Australian co-chair"),
            ("Liam Nguyen", "Speaker"),
        ],
        "developments": ["eu-ai-act", "eu-ai-office", "au-ethics-principles"],
        "initiatives": [AUSTRALIA_WEBINARS],
        "actions": [
            (
                "Draft a concept note for the webinar series",
                "team",
                "2024-07-31",
                A.DONE,
                "2024-07-29",
            ),
            (
                "Find EU speakers for the first webinar",
                "team",
                "2024-10-15",
                A.DONE,
                "2024-10-10",
            ),
            (
                "Send DISR a list of EU contacts working on AI assurance",
                "team",
                "2024-07-15",
                A.DROPPED,
                "2024-09-30",
            ),
        ],
    },
    {
        "title": "EU–Korea senior officials' dialogue on AI governance",
        "partners": ["south-korea"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2024-11-19 10:00", "12:30"),
        "tz": "Asia/Seoul",
        "location": "Seoul",
        "agenda": (
            "1. The AI Basic Act in the National Assembly\n"
            "2. The AI Act's implementation timeline\n"
            "3. AI safety institutes"
        ),
        "minutes": (
            "MSIT expects the National Assembly to pass the AI Basic Act before "
            "the end of the year. 'High-impact' AI would be defined by area of "
            "use; fines are much lower than in the AI Act. The Korea AI Safety "
            "Institute opens next week."
        ),
        "outcomes": (
            "Workshops on implementation in 2025; standards cooperation to "
            "include Korea."
        ),
        "topics": ["governance", "risk management", "standards"],
        "participants": [
            ("Katarzyna Nowicka", "Head of EU delegation"),
            ("Park Ji-hoon", "Head of Korean delegation"),
            ("김민수", "Speaker"),
        ],
        "developments": ["kr-ai-basic-act", "kr-aisi", "eu-ai-act"],
        "initiatives": [STANDARDS],
        "actions": [
            (
                "Analyse the AI Basic Act once adopted and brief the Director",
                "team",
                "2025-01-31",
                A.DONE,
                "2025-01-29",
            ),
            (
                "Plan the 2025 workshop series with MSIT",
                "lead",
                "2025-02-14",
                A.DONE,
                "2025-02-12",
            ),
            (
                "Invite the Korea AI Safety Institute to the AI Office's exchanges",
                "team",
                "2025-03-31",
                A.DONE,
                "2025-04-22",
            ),
        ],
    },
    # --- 2025 -----------------------------------------------------------------
    {
        "title": "EU–Canada ministerial meeting on AI legislation",
        "partners": ["canada"],
        "format": F.BILATERAL,
        "level": L.MINISTERIAL,
        "status": S.CANCELLED,
        "confidentiality": C.INTERNAL,
        "when": ("2025-01-30 10:00", "11:00"),
        "tz": "America/Toronto",
        "location": "Ottawa",
        "agenda": "AIDA and the AI Act; cooperation of the AI safety institutes.",
        "minutes": (
            "Cancelled: Parliament was prorogued on 6 January 2025, and Bill C-27, "
            "with AIDA, died on the order paper."
        ),
        "topics": ["governance"],
        "participants": [
            ("Elena Marchetti", "Preparing the Commissioner's brief"),
            ("Marie-Claude Lapointe", "Canadian contact"),
        ],
        "developments": ["ca-aida"],
    },
    {
        "title": "EU–Korea workshop on implementing the AI Act and the AI Basic Act",
        "partners": ["south-korea"],
        "format": F.WORKSHOP,
        "level": L.EXPERT,
        "status": S.HELD,
        "confidentiality": C.PUBLIC,
        "when": ("2025-04-10 09:30", "17:30"),
        "tz": "Asia/Seoul",
        "location": "Seoul",
        "agenda": (
            "Morning: classification of high-risk and high-impact AI. "
            "Afternoon: transparency, labelling and supervision."
        ),
        "summary": (
            "The first of two workshops on putting the EU AI Act and Korea's AI "
            "Basic Act into practice. Experts compared how each law identifies "
            "the AI systems that need the most care and how AI-generated content "
            "is labelled."
        ),
        "minutes": (
            "MSIT is drafting the enforcement decree; open questions on the "
            "compute threshold and on labelling of generative AI output. Korean "
            "industry asked for a single set of documentation."
        ),
        "outcomes": "Second workshop in Brussels in September.",
        "topics": ["governance", "transparency", "labelling"],
        "participants": [
            ("Katarzyna Nowicka", "Speaker"),
            ("김민수", "Co-organiser"),
            ("이서연", "Speaker"),
        ],
        "developments": ["kr-ai-basic-act", "eu-ai-act", "eu-prohibited-guidelines"],
        "initiatives": [KOREA_WORKSHOPS],
        "actions": [
            (
                "Publish a summary of the Seoul workshop",
                "team",
                "2025-05-09",
                A.DONE,
                "2025-05-07",
            ),
            (
                "Book the venue for the Brussels workshop",
                "team",
                "2025-06-30",
                A.DONE,
                "2025-06-16",
            ),
            (
                "Send MSIT the AI Office's guidance on labelling",
                "team",
                "2025-05-30",
                A.DROPPED,
                "2025-07-01",
            ),
        ],
    },
    {
        "title": "EU–Canada coordination ahead of the G7 Kananaskis summit",
        "partners": ["canada"],
        "forum": "G7",
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.RESTRICTED,
        "when": ("2025-05-20 16:00", "17:00"),
        "tz": "America/Toronto",
        "online": True,
        "agenda": "AI language for the leaders' statement under Canada's presidency.",
        "minutes": (
            "Canada's presidency favours a short statement on AI adoption. The "
            "EU asked for a reference to the Hiroshima reporting framework; "
            "Canada open to it if others agree."
        ),
        "outcomes": "EU to send compromise text; keep close contact until the summit.",
        "topics": ["international cooperation"],
        "participants": [
            ("Elena Marchetti", "EU lead"),
            ("Daniel Okafor", "Canadian lead"),
        ],
        "developments": ["g7-haip-code"],
        "actions": [
            (
                "Send compromise text on the Hiroshima reporting framework",
                "lead",
                "2025-05-23",
                A.DONE,
                "2025-05-22",
            ),
            (
                "Brief the sherpa team on Canada's position",
                "lead",
                "2025-05-27",
                A.DONE,
                "2025-05-26",
            ),
        ],
    },
    {
        "title": (
            "Council of Europe Committee on AI (CAI): EU–partner meeting on the "
            "HUDERIA methodology"
        ),
        "partners": ["council-of-europe", "japan", "canada"],
        "forum": "COE",
        "format": F.MULTILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.POSTPONED,
        "confidentiality": C.INTERNAL,
        "when": ("2025-06-17 10:00", "12:00"),
        "tz": "Europe/Paris",
        "location": "Strasbourg",
        "agenda": "Using the risk and impact assessment methodology for AI systems.",
        "minutes": "Postponed at the Secretariat's request to after the summer.",
        "topics": ["fundamental rights", "risk management"],
        "participants": [
            ("Katarzyna Nowicka", "EU representative"),
            ("Markus Lindqvist", "CAI Secretariat"),
        ],
        "developments": ["coe-framework-convention"],
    },
    {
        "title": "G7 Hiroshima AI Process Friends Group meeting",
        "partners": ["g7", "japan", "canada", "south-korea"],
        "forum": "G7",
        "format": F.MULTILATERAL,
        "level": L.WORKING_LEVEL,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2025-07-08 18:00", "19:30"),
        "tz": "Asia/Tokyo",
        "online": True,
        "agenda": "First reports under the OECD reporting framework; outreach.",
        "minutes": (
            "The chair reported on the first organisations' reports under the "
            "framework run by the OECD. Members asked how the reports relate to "
            "the EU's Code of Practice for general-purpose AI."
        ),
        "outcomes": "EU to explain the relation between the two codes.",
        "topics": ["generative AI", "transparency", "international cooperation"],
        "participants": [
            ("Jonas Verbeke", "EU representative"),
            ("鈴木 大輔", "Chair"),
            ("Giulia Ferraro", "Participant"),
        ],
        "developments": ["g7-haip-code", "eu-gpai-code"],
        "initiatives": [CODE_MAPPING],
        "actions": [
            (
                "Prepare a mapping of the GPAI Code of Practice to the Hiroshima code",
                "team",
                "2025-09-30",
                A.DONE,
                "2025-09-26",
            ),
            (
                "Offer an EU speaker for the Friends Group's next outreach event",
                "lead",
                "2025-08-29",
                A.DROPPED,
                "2025-10-01",
            ),
        ],
    },
    {
        "title": "OECD Working Party on AI Governance (AIGO) side meeting",
        "partners": ["oecd", "japan", "canada", "australia", "south-korea"],
        "forum": "OECD",
        "format": F.MULTILATERAL,
        "level": L.WORKING_LEVEL,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2025-11-12 13:30", "15:00"),
        "tz": "Europe/Paris",
        "location": "OECD Conference Centre, Paris",
        "agenda": "Presentation of the EU mapping of the two codes; next steps.",
        "minutes": (
            "The mapping was well received; Japan and Canada asked for it to be "
            "published. Australia interested in reusing it for its own guidance."
        ),
        "outcomes": "Publish the mapping note; offer it to the OECD.AI catalogue.",
        "topics": ["generative AI", "transparency", "international cooperation"],
        "participants": [
            ("Jonas Verbeke", "Presenter"),
            ("Camille Rousseau", "OECD Secretariat"),
            ("Aiko Takahashi", "Japanese delegate"),
            ("Liam Nguyen", "Australian delegate"),
        ],
        "developments": ["eu-gpai-code", "g7-haip-code", "oecd-principles-2024"],
        "initiatives": [CODE_MAPPING],
        "actions": [
            ("Publish the mapping note", "team", "2025-12-15", A.DONE, "2025-12-11"),
            (
                "Submit the mapping to the OECD.AI catalogue of tools",
                "team",
                "2026-01-31",
                A.OPEN,
                None,
            ),
            (
                "Ask DISR which of its guidance the mapping could feed",
                "team",
                "2026-02-27",
                A.DROPPED,
                "2026-03-10",
            ),
        ],
    },
    # --- 2026 -----------------------------------------------------------------
    {
        "title": "EU–Korea call on the entry into force of the AI Basic Act",
        "partners": ["south-korea"],
        "format": F.BILATERAL,
        "level": L.WORKING_LEVEL,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2026-01-27 17:00", "18:00"),
        "tz": "Asia/Seoul",
        "online": True,
        "agenda": "The AI Basic Act in force since 22 January; enforcement decree.",
        "minutes": (
            "MSIT announced a grace period before fines are imposed. Guidance on "
            "labelling of generative AI output is being finalised."
        ),
        "outcomes": "Update our alignment assessment for Korea.",
        "topics": ["governance", "labelling"],
        "participants": [
            ("Katarzyna Nowicka", "EU lead"),
            ("김민수", "Korean lead"),
        ],
        "developments": ["kr-ai-basic-act"],
        "actions": [
            (
                "Update the alignment assessment for Korea",
                "team",
                "2026-02-27",
                A.DONE,
                "2026-03-04",
            ),
            (
                "Translate MSIT's labelling guidance when published",
                "team",
                "2026-04-30",
                A.OPEN,
                None,
            ),
            (
                "Invite MSIT to present the enforcement decree to the AI Office",
                "lead",
                "2026-06-30",
                A.DONE,
                "2026-06-02",
            ),
        ],
    },
    {
        "title": "EU–Canada workshop on AI incident reporting",
        "partners": ["canada"],
        "format": F.WORKSHOP,
        "level": L.EXPERT,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2026-03-24 09:00", "16:00"),
        "tz": "America/Toronto",
        "location": "Ottawa",
        "agenda": "Scoping the pilot: incident definitions, format, data protection.",
        "minutes": (
            "CAISI and the AI Office compared incident definitions. Personal data "
            "must stay out of shared reports; legal services on both sides to "
            "review the arrangement."
        ),
        "outcomes": "Scoping paper agreed; legal review launched.",
        "topics": ["incident reporting", "safety"],
        "participants": [
            ("Jonas Verbeke", "AI Office"),
            ("Marie-Claude Lapointe", "ISED"),
            ("Daniel Okafor", "Observer"),
        ],
        "developments": ["ca-aisi", "eu-ai-office"],
        "initiatives": [CANADA_PILOT],
        "actions": [
            ("Finalise the scoping paper", "team", "2026-03-31", A.DONE, "2026-04-08"),
            (
                "Ask the Legal Service to review the data-sharing arrangement",
                "lead",
                "2026-05-15",
                A.DONE,
                "2026-05-12",
            ),
            (
                "Draft the common incident reporting template",
                "team",
                "2026-07-31",
                A.OPEN,
                None,
            ),
        ],
    },
    {
        "title": "EU–Australia exchange on the National AI Plan",
        "partners": ["australia"],
        "format": F.BILATERAL,
        "level": L.WORKING_LEVEL,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2026-09-22 17:00", "18:30"),
        "tz": "Australia/Sydney",
        "online": True,
        "agenda": "Implementation of the National AI Plan; mandatory guardrails.",
        "minutes": (
            "DISR is implementing the National AI Plan mainly through existing "
            "laws and a new AI Safety Institute; no stand-alone AI act is planned "
            "for now."
        ),
        "outcomes": "Workshop on AI in the public sector proposed for 2027.",
        "topics": ["governance", "public sector"],
        "participants": [
            ("Katarzyna Nowicka", "EU lead"),
            ("Olivia Hartley", "Australian lead"),
            ("Liam Nguyen", "Speaker"),
        ],
        "developments": ["au-national-ai-plan", "au-mandatory-guardrails"],
        "initiatives": [AUSTRALIA_WORKSHOP],
        "actions": [
            (
                "Share the EU model contractual clauses for buying AI with DISR",
                "team",
                "2026-10-16",
                A.DONE,
                "2026-10-14",
            ),
            (
                "Update the alignment assessment for Australia",
                "team",
                "2026-10-30",
                A.OPEN,
                None,
            ),
            (
                "Send DISR a concept note for the public-sector workshop",
                "team",
                "2026-12-18",
                A.OPEN,
                None,
            ),
        ],
    },
    {
        "title": "EU–Japan exploratory talks on AI conformity assessment (first round)",
        "partners": ["japan"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.RESTRICTED,
        "when": ("2026-10-06 14:00", "17:00"),
        "tz": "Asia/Tokyo",
        "location": "Tokyo",
        "agenda": "Without commitment: options for recognising conformity assessment.",
        "minutes": (
            "METI open to exploring recognition for a narrow set of products; MIC "
            "cautious. Any step would need a legal basis on both sides. Not to be "
            "mentioned outside the team until the Director decides."
        ),
        "outcomes": "Options paper for the Director before a second round.",
        "topics": ["conformity assessment", "standards"],
        "participants": [
            ("Elena Marchetti", "EU lead"),
            ("佐藤 健太", "METI lead"),
            ("山田 花子", "MIC"),
            ("Pieter Van Damme", "EU Delegation"),
        ],
        "developments": ["jp-ai-promotion-act", "jp-ai-guidelines"],
        "initiatives": [MUTUAL_RECOGNITION],
        "actions": [
            (
                "Write the options paper for the Director",
                "lead",
                "2026-11-30",
                A.OPEN,
                None,
            ),
            (
                "Check with the Legal Service what a recognition would require",
                "lead",
                "2026-11-13",
                A.OPEN,
                None,
            ),
        ],
    },
    {
        "title": "EU–Canada Digital Partnership: AI working group",
        "partners": ["canada"],
        "format": F.BILATERAL,
        "level": L.WORKING_LEVEL,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2026-11-10 10:00", "11:30"),
        "tz": "America/Toronto",
        "online": True,
        "agenda": "State of the incident-reporting pilot; preparing the 2027 Council.",
        "minutes": (
            "The legal review is late on both sides; the pilot start may slip to "
            "February. Canada proposes an AI session at the 2027 Council."
        ),
        "outcomes": "Agreed to aim for a pilot start in February 2027.",
        "topics": ["incident reporting", "international cooperation"],
        "participants": [
            ("Jonas Verbeke", "EU lead"),
            ("Marie-Claude Lapointe", "Canadian lead"),
        ],
        "developments": ["ca-aisi"],
        "initiatives": [CANADA_PILOT],
        "actions": [
            (
                "Chase the Legal Service on the data-sharing review",
                "lead",
                "2026-11-20",
                A.OPEN,
                None,
            ),
            (
                "Propose an agenda for the AI session of the 2027 Council",
                "team",
                "2026-12-11",
                A.OPEN,
                None,
            ),
            (
                "Share the draft reporting template with CAISI",
                "team",
                "2026-12-04",
                A.OPEN,
                None,
            ),
        ],
    },
    {
        "title": "EU–Korea senior officials' dialogue on AI governance",
        "partners": ["south-korea"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.HELD,
        "confidentiality": C.INTERNAL,
        "when": ("2026-11-17 10:00", "12:30"),
        "tz": "Asia/Seoul",
        "location": "Seoul",
        "agenda": (
            "1. First year of the AI Basic Act\n"
            "2. The digital omnibus and the AI Act's timeline\n"
            "3. Researcher exchange and standards"
        ),
        "minutes": (
            "MSIT asked detailed questions on the proposed delay of the high-risk "
            "rules under the digital omnibus. Korea AI Safety Institute pleased "
            "with the first secondments."
        ),
        "outcomes": "Two more secondments in 2027; glossary work to finish this year.",
        "topics": ["governance", "safety", "standards"],
        "participants": [
            ("Katarzyna Nowicka", "Head of EU delegation"),
            ("Park Ji-hoon", "Head of Korean delegation"),
            ("이서연", "Speaker"),
        ],
        "developments": ["kr-ai-basic-act", "eu-digital-omnibus-ai"],
        "initiatives": [KOREA_EXCHANGE, STANDARDS],
        "actions": [
            (
                "Send MSIT a note on the digital omnibus timeline",
                "team",
                "2026-11-27",
                A.OPEN,
                None,
            ),
            (
                "Select two researchers for the 2027 secondments",
                "lead",
                "2027-01-29",
                A.OPEN,
                None,
            ),
            (
                "Circulate the draft glossary to Japan and Korea",
                "team",
                "2026-12-15",
                A.OPEN,
                None,
            ),
        ],
    },
    # --- Planned ----------------------------------------------------------------
    {
        "title": "EU–Korea Digital Partnership: AI standards working group",
        "partners": ["south-korea"],
        "format": F.BILATERAL,
        "level": L.WORKING_LEVEL,
        "status": S.PLANNED,
        "confidentiality": C.INTERNAL,
        "when": ("2026-12-02 17:00", "18:30"),
        "tz": "Asia/Seoul",
        "online": True,
        "agenda": "Draft glossary; the next SC 42 plenary.",
        "topics": ["standards"],
        "participants": [
            ("Katarzyna Nowicka", "EU lead"),
            ("김민수", "Korean lead"),
        ],
        "initiatives": [STANDARDS],
    },
    {
        "title": "EU–Australia workshop on AI in the public sector",
        "partners": ["australia"],
        "format": F.WORKSHOP,
        "level": L.EXPERT,
        "status": S.POSTPONED,
        "confidentiality": C.INTERNAL,
        "when": ("2026-12-09 09:30", "16:30"),
        "tz": "Australia/Sydney",
        "location": "Canberra",
        "agenda": "Buying and overseeing AI in government.",
        "minutes": "Postponed to 2027: the concept note is not ready.",
        "topics": ["public sector"],
        "participants": [
            ("Sofia Almeida", "FPI"),
            ("Liam Nguyen", "Co-organiser"),
        ],
        "initiatives": [AUSTRALIA_WORKSHOP],
    },
    {
        "title": "OECD Working Party on AI Governance (AIGO) side meeting",
        "partners": ["oecd", "japan", "canada", "australia", "south-korea"],
        "forum": "OECD",
        "format": F.MULTILATERAL,
        "level": L.WORKING_LEVEL,
        "status": S.PLANNED,
        "confidentiality": C.INTERNAL,
        "when": ("2026-12-10 13:00", "14:30"),
        "tz": "Europe/Paris",
        "location": "OECD Conference Centre, Paris",
        "agenda": "Interoperability of AI risk-management frameworks.",
        "topics": ["risk management", "international cooperation"],
        "participants": [
            ("Jonas Verbeke", "EU representative"),
            ("Camille Rousseau", "OECD Secretariat"),
        ],
        "developments": ["oecd-principles-2024"],
    },
    {
        "title": (
            "EU–Japan comparative study on AI risk-management frameworks: "
            "presentation of findings"
        ),
        "partners": ["japan"],
        "format": F.WORKSHOP,
        "level": L.EXPERT,
        "status": S.PLANNED,
        "confidentiality": C.PUBLIC,
        "when": ("2027-01-20 13:30", "17:30"),
        "tz": "Asia/Tokyo",
        "location": "Tokyo",
        "agenda": "Findings of the study; panel with companies active in both markets.",
        "summary": (
            "A public workshop in Tokyo presenting the findings of the joint "
            "EU–Japan study on how the two sides ask organisations to manage the "
            "risks of AI systems, with a panel of companies active in both markets."
        ),
        "topics": ["risk management", "international cooperation"],
        "participants": [
            ("Pieter Van Damme", "Host"),
            ("山田 花子", "Speaker"),
            ("Katarzyna Nowicka", "Speaker"),
        ],
        "developments": ["jp-ai-guidelines", "eu-ai-act"],
        "initiatives": [JAPAN_STUDY],
    },
    {
        "title": "G7 Hiroshima AI Process Friends Group meeting",
        "partners": ["g7", "japan", "canada", "south-korea"],
        "forum": "G7",
        "format": F.MULTILATERAL,
        "level": L.WORKING_LEVEL,
        "status": S.PLANNED,
        "confidentiality": C.PUBLIC,
        "when": ("2027-02-16 18:00", "19:30"),
        "tz": "Asia/Tokyo",
        "online": True,
        "agenda": "Second round of reports under the reporting framework.",
        "summary": (
            "Members of the Hiroshima AI Process Friends Group will discuss the "
            "second round of reports by organisations developing advanced AI "
            "systems and how to encourage more organisations to take part."
        ),
        "topics": ["generative AI", "transparency"],
        "participants": [
            ("Jonas Verbeke", "EU representative"),
            ("鈴木 大輔", "Chair"),
        ],
        "developments": ["g7-haip-code"],
    },
    {
        "title": (
            "EU–Japan exploratory talks on AI conformity assessment (second round)"
        ),
        "partners": ["japan"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.PLANNED,
        "confidentiality": C.RESTRICTED,
        "when": ("2027-02-24 10:00", "13:00"),
        "tz": "Europe/Brussels",
        "location": "Brussels",
        "agenda": "Depends on the Director's decision on the options paper.",
        "topics": ["conformity assessment"],
        "participants": [
            ("Elena Marchetti", "EU lead"),
            ("佐藤 健太", "METI lead"),
        ],
        "initiatives": [MUTUAL_RECOGNITION],
    },
    {
        "title": "EU–Canada Digital Partnership Council: AI session",
        "partners": ["canada"],
        "format": F.BILATERAL,
        "level": L.MINISTERIAL,
        "status": S.PLANNED,
        "confidentiality": C.INTERNAL,
        "when": ("2027-03-09 09:00", "12:00"),
        "tz": "America/Toronto",
        "location": "Ottawa",
        "agenda": "Results of the incident-reporting pilot; AI safety institutes.",
        "topics": ["incident reporting", "safety", "international cooperation"],
        "participants": [
            ("Elena Marchetti", "Preparing the Commissioner's brief"),
            ("Marie-Claude Lapointe", "Canadian sherpa"),
            ("Daniel Okafor", "Global Affairs Canada"),
        ],
        "developments": ["ca-aisi"],
        "initiatives": [CANADA_PILOT],
    },
    {
        "title": "EU–Australia senior officials' dialogue on AI",
        "partners": ["australia"],
        "format": F.BILATERAL,
        "level": L.SENIOR_OFFICIALS,
        "status": S.PLANNED,
        "confidentiality": C.INTERNAL,
        "when": ("2027-03-17 09:30", "12:30"),
        "tz": "Australia/Sydney",
        "location": "Canberra",
        "agenda": "National AI Plan; AI Act timeline; the public-sector workshop.",
        "topics": ["governance", "public sector"],
        "participants": [
            ("Elena Marchetti", "Head of EU delegation"),
            ("Olivia Hartley", "Head of Australian delegation"),
        ],
        "developments": ["au-national-ai-plan"],
        "initiatives": [AUSTRALIA_WORKSHOP],
    },
]

DEVELOPMENT_URLS = {item["key"]: item["url"] for item in DEVELOPMENTS}


@transaction.atomic
def create_demo_dialogues() -> None:
    """Create the demo partners, contacts, initiatives and meetings that are
    missing; leave existing ones as they are."""
    jurisdictions = _ensure_jurisdictions()
    users = _demo_users()
    partners = _ensure_partners(jurisdictions)
    contacts = _ensure_contacts(partners)
    initiatives = _ensure_initiatives(partners)
    _ensure_meetings(partners, contacts, initiatives, users)


def meeting_times(item: dict) -> tuple[datetime, datetime]:
    """The aware start and end of a demo meeting, read in its local zone."""
    zone = ZoneInfo(item["tz"])
    start_text, end_text = item["when"]
    start = datetime.fromisoformat(start_text).replace(tzinfo=zone)
    end = datetime.combine(start.date(), time.fromisoformat(end_text), tzinfo=zone)
    return start, end


def _ensure_jurisdictions() -> dict[str, Jurisdiction]:
    needed = {partner["jurisdiction"] for partner in PARTNERS}
    forum_codes = {code for code, _name in FORUM_JURISDICTIONS}
    existing = set(
        Jurisdiction.objects.filter(code__in=needed).values_list("code", flat=True)
    )
    if needed - forum_codes - existing:
        create_demo_monitoring()
    existing = set(
        Jurisdiction.objects.filter(code__in=forum_codes).values_list("code", flat=True)
    )
    Jurisdiction.objects.bulk_create(
        Jurisdiction(
            code=code, name=name, kind=Jurisdiction.Kind.FORUM, region="Global"
        )
        for code, name in FORUM_JURISDICTIONS
        if code not in existing
    )
    return Jurisdiction.objects.in_bulk(needed, field_name="code")


def _demo_users() -> dict:
    User = get_user_model()
    users = User.objects.in_bulk([TEAM, LEAD], field_name="email")
    if len(users) < 2:
        create_demo_users()
        users = User.objects.in_bulk([TEAM, LEAD], field_name="email")
    return {"team": users[TEAM], "lead": users[LEAD]}


def _ensure_partners(jurisdictions) -> dict[str, Partner]:
    slugs = [partner["slug"] for partner in PARTNERS]
    existing = Partner.objects.in_bulk(slugs, field_name="slug")
    Partner.objects.bulk_create(
        Partner(
            slug=partner["slug"],
            name=partner["name"],
            jurisdiction=jurisdictions[partner["jurisdiction"]],
            framework=partner["framework"],
            framework_url=partner["framework_url"],
            public_summary=partner["summary"],
            is_priority=partner.get("priority", False),
        )
        for partner in PARTNERS
        if partner["slug"] not in existing
    )
    return Partner.objects.in_bulk(slugs, field_name="slug")


def _contact_index() -> dict[tuple[str, str | None], int]:
    names = [name for name, *_ in CONTACTS]
    index = {}
    # The oldest row wins should the team have added a namesake.
    for pk, name, slug in (
        Contact.objects.filter(name__in=names)
        .order_by("-pk")
        .values_list("pk", "name", "partner__slug")
    ):
        index[(name, slug)] = pk
    return index


def _anonymised_demo_contacts() -> dict[tuple[str, str | None], int]:
    """Demo contacts anonymised since they were loaded, found by their place
    among the participants of the demo meetings: their names are gone."""
    slugs = {name: slug for name, _o, slug, _r, _e in CONTACTS}
    wanted = {(item["title"], meeting_times(item)[0]): item for item in MEETINGS}
    rows = MeetingParticipant.objects.filter(
        meeting__title__in={title for title, _start in wanted},
        contact__anonymised_at__isnull=False,
    ).values_list("meeting__title", "meeting__start", "sort_order", "contact_id")
    found = {}
    for title, start, position, contact_id in rows:
        item = wanted.get((title, start))
        if item and 0 <= position < len(item["participants"]):
            name = item["participants"][position][0]
            found[(name, slugs.get(name))] = contact_id
    return found


def _demo_ran_before() -> bool:
    return DialogueMeeting.objects.filter(
        title__in=[item["title"] for item in MEETINGS]
    ).exists()


def _ensure_contacts(partners) -> dict[str, int]:
    """Contact ids by name (demo names are unique).

    Contacts are personal data: one anonymised by the team stays anonymised, and
    its name is not loaded again. On a later run, a demo contact that cannot be
    found (anonymised, or deleted by the team) is not created again; meetings
    loaded then leave it out of their participants.
    """
    existing = {**_anonymised_demo_contacts(), **_contact_index()}
    if not _demo_ran_before():
        new = [
            Contact(
                name=name,
                organisation=organisation,
                partner=partners[slug] if slug else None,
                role=role,
                email=email,
                notes="Fictitious person in the demo data.",
            )
            for name, organisation, slug, role, email in CONTACTS
            if (name, slug) not in existing
        ]
        if new:
            Contact.objects.bulk_create(new)
            existing = {**existing, **_contact_index()}
    return {
        name: existing[(name, slug)]
        for name, _o, slug, _r, _e in CONTACTS
        if (name, slug) in existing
    }


def _tags(names) -> dict[str, Tag]:
    names = sorted(set(names))
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    for name in names:
        if name not in tags:
            tags[name] = Tag.objects.create(name=name)  # save() makes the slug
    return tags


def _ensure_initiatives(partners) -> dict[str, JointInitiative]:
    titles = [item["title"] for item in INITIATIVES]
    existing = {
        initiative.title: initiative
        # The oldest row wins should the team have added a namesake.
        for initiative in JointInitiative.objects.filter(title__in=titles).order_by(
            "-pk"
        )
    }
    new_items = [item for item in INITIATIVES if item["title"] not in existing]
    if not new_items:
        return existing
    tags = _tags(name for item in new_items for name in item["topics"])
    initiatives = []
    for item in new_items:
        initiative = JointInitiative(
            title=item["title"],
            kind=item["kind"],
            status=item["status"],
            start_on=item["start"],
            end_on=item["end"],
            objectives=item["objectives"],
            public_description=item["description"],
            deliverables=item["deliverables"],
            confidentiality=item["confidentiality"],
        )
        initiative.partners = [partners[slug] for slug in item["partners"]]
        initiative.topics.add(*(tags[name] for name in item["topics"]))
        initiative.milestones = [
            Milestone(title=title, due_on=due_on, done_on=done_on, sort_order=order)
            for order, (title, due_on, done_on) in enumerate(item["milestones"])
        ]
        initiative.full_clean()
        initiatives.append(initiative)
    _bulk_save(
        JointInitiative,
        initiatives,
        children=["milestones", "tagged_items"],
        many_to_many=["partners"],
    )
    _update_reference_index(initiatives)
    existing.update((initiative.title, initiative) for initiative in initiatives)
    return existing


def _ensure_meetings(partners, contacts, initiatives, users) -> None:
    wanted = {(item["title"], meeting_times(item)[0]): item for item in MEETINGS}
    existing = set(
        DialogueMeeting.objects.filter(
            title__in=[title for title, _start in wanted]
        ).values_list("title", "start")
    )
    new_items = [item for key, item in wanted.items() if key not in existing]
    if not new_items:
        return
    tags = _tags(name for item in new_items for name in item["topics"])
    keys = {key for item in new_items for key in item.get("developments", [])}
    developments = {
        development.source_url: development
        for development in PolicyDevelopment.objects.published().filter(
            source_url__in=[DEVELOPMENT_URLS[key] for key in keys]
        )
    }
    meetings = [
        _build_meeting(item, partners, contacts, initiatives, users, tags, developments)
        for item in new_items
    ]
    _bulk_save(
        DialogueMeeting,
        meetings,
        children=["participants", "action_items", "documents", "tagged_items"],
        many_to_many=["partners", "related_developments", "initiatives"],
    )
    _publish_first_revisions(meetings)
    _update_reference_index(meetings)


def _build_meeting(
    item, partners, contacts, initiatives, users, tags, developments
) -> DialogueMeeting:
    """An unsaved, validated meeting holding its participants, action items,
    topics and links in memory, as the admin's form would hand it over."""
    start, end = meeting_times(item)
    restricted = item["confidentiality"] == C.RESTRICTED
    meeting = DialogueMeeting(
        title=item["title"],
        forum=item.get("forum", ""),
        format=item["format"],
        level=item["level"],
        status=item["status"],
        confidentiality=item["confidentiality"],
        start=start,
        end=end,
        time_zone=ZoneInfo(item["tz"]),
        location=item.get("location", ""),
        is_online=item.get("online", False),
        agenda=item.get("agenda", ""),
        public_summary=item.get("summary", ""),
        minutes=item.get("minutes", ""),
        outcomes=item.get("outcomes", ""),
        logged_by=users["lead" if restricted else "team"],
        live=True,
        has_unpublished_changes=False,
    )
    meeting.partners = [partners[slug] for slug in item["partners"]]
    meeting.validate_partners(list(meeting.partners.all()))
    meeting.topics.add(*(tags[name] for name in item["topics"]))
    meeting.participants = [
        MeetingParticipant(
            contact_id=contacts[name], role_in_meeting=role, sort_order=n
        )
        for n, (name, role) in enumerate(item["participants"])
        if name in contacts
    ]
    meeting.action_items = [
        ActionItem(
            description=description,
            owner=users[owner],
            due_on=date.fromisoformat(due_on),
            status=status,
            closed_at=_closed_at(closed_on),
            sort_order=n,
        )
        for n, (description, owner, due_on, status, closed_on) in enumerate(
            item.get("actions", [])
        )
    ]
    meeting.documents = []
    meeting.related_developments = [
        developments[url]
        for url in (DEVELOPMENT_URLS[key] for key in item.get("developments", []))
        if url in developments
    ]
    meeting.initiatives = [initiatives[title] for title in item.get("initiatives", [])]
    meeting.full_clean()
    return meeting


def _closed_at(closed_on: str | None) -> datetime | None:
    if closed_on is None:
        return None
    return datetime.combine(date.fromisoformat(closed_on), time(17), tzinfo=BRUSSELS)


def _bulk_save(model, objects, *, children, many_to_many) -> None:
    """Insert clusterable objects with the child rows and many-to-many links they
    hold in memory: what `save()` does one row at a time, in a few queries.

    Every relation named must have been assigned (if only to []), or reading it
    would query the database for the objects' (unsaved) relations.
    """
    model.objects.bulk_create(objects)
    for name in children:
        # The children point at their parent object, whose primary key
        # bulk_create has just set: Django copies it into the foreign key.
        rows = [row for obj in objects for row in getattr(obj, name).all()]
        if rows:
            type(rows[0]).objects.bulk_create(rows)
    for name in many_to_many:
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_column_name(), field.m2m_reverse_name()
        through.objects.bulk_create(
            through(**{source: obj.pk, target: other.pk})
            for obj in objects
            for other in getattr(obj, name).all()
        )


def _publish_first_revisions(meetings: list[DialogueMeeting]) -> None:
    """Give each new meeting the first revision that the admin's "Publish" would
    have made: latest and live, recorded in the audit log as created and
    published by whoever logged the meeting."""
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(DialogueMeeting)
    base_content_type = DialogueMeeting.get_base_content_type()
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=str(meeting.pk),
            user=meeting.logged_by,
            created_at=now,
            content=meeting.serializable_data(),
            object_str=str(meeting),
        )
        for meeting in meetings
    )
    for meeting, revision in zip(meetings, revisions, strict=True):
        meeting.latest_revision = revision
        meeting.live_revision = revision
        meeting.first_published_at = now
        meeting.last_published_at = now
    DialogueMeeting.objects.bulk_update(
        meetings,
        ["latest_revision", "live_revision", "first_published_at", "last_published_at"],
    )
    ModelLogEntry.objects.bulk_create(
        ModelLogEntry(
            content_type=content_type,
            object_id=str(meeting.pk),
            label=str(meeting),
            action=action,
            user=meeting.logged_by,
            revision=meeting.latest_revision,
            content_changed=True,
            timestamp=now,
            data={},
        )
        for meeting in meetings
        for action in ("wagtail.create", "wagtail.publish")
    )


def _update_reference_index(objects) -> None:
    """Bulk inserts send no signals: index the references ("usage" in the admin)
    that saving the objects one by one would have indexed."""
    for obj in objects:
        if ReferenceIndex.is_indexed(type(obj)):
            ReferenceIndex.create_or_update_for_object(obj)
