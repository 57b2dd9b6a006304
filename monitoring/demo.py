"""Demo monitoring content for `seed_demo`: never in production.

Real AI policy developments with their official sources and dates, summaries in
our own words, a small triage queue, and an alignment row for the EU and each
partner. Dates we could not confirm are left empty rather than guessed.

`create_demo_monitoring()` is idempotent: rows are keyed on Jurisdiction.code,
Source.url, PolicyDevelopment.source_url and (jurisdiction, element); existing
rows are left exactly as they are (an analyst may have edited them), so a second
run creates nothing, saves nothing and adds no revision.
"""

from datetime import UTC, date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from .models import (
    AIActElement,
    AlignmentAssessment,
    Jurisdiction,
    PolicyDevelopment,
    Source,
    StageChange,
    TaggedPolicyDevelopment,
)

K = Jurisdiction.Kind
T = PolicyDevelopment.InstrumentType
S = PolicyDevelopment.Stage
E = AIActElement
L = AlignmentAssessment.Level
HIGH = PolicyDevelopment.Significance.HIGH
MEDIUM = PolicyDevelopment.Significance.MEDIUM
LOW = PolicyDevelopment.Significance.LOW

# code, name, kind, region
JURISDICTIONS = [
    ("EU", "European Union", K.REGIONAL_UNION, "Europe"),
    ("JP", "Japan", K.COUNTRY, "Asia"),
    ("CA", "Canada", K.COUNTRY, "North America"),
    ("AU", "Australia", K.COUNTRY, "Oceania"),
    ("KR", "Republic of Korea", K.COUNTRY, "Asia"),
    ("US", "United States", K.COUNTRY, "North America"),
    ("GB", "United Kingdom", K.COUNTRY, "Europe"),
    ("FR", "France", K.COUNTRY, "Europe"),
    ("CN", "China", K.COUNTRY, "Asia"),
    ("IN", "India", K.COUNTRY, "Asia"),
    ("BR", "Brazil", K.COUNTRY, "South America"),
    ("SG", "Singapore", K.COUNTRY, "Asia"),
    ("OECD", "OECD", K.INTERNATIONAL_ORGANISATION, "Global"),
    ("UN", "United Nations", K.INTERNATIONAL_ORGANISATION, "Global"),
    ("UNESCO", "UNESCO", K.INTERNATIONAL_ORGANISATION, "Global"),
    ("COE", "Council of Europe", K.INTERNATIONAL_ORGANISATION, "Europe"),
    ("ISO", "ISO and IEC", K.INTERNATIONAL_ORGANISATION, "Global"),
    ("G7", "G7", K.FORUM, "Global"),
]

# The demo never polls the internet: ingestion on a developer's machine (and in
# CI) has no network, so every demo feed is inactive. Staff can switch one on.
SOURCES = [
    {
        "name": "European Commission: Shaping Europe's digital future",
        "url": "https://digital-strategy.ec.europa.eu/en/rss.xml",
        "jurisdiction": "EU",
    },
    {
        "name": "GOV.UK: Department for Science, Innovation and Technology",
        "url": (
            "https://www.gov.uk/government/organisations/"
            "department-for-science-innovation-and-technology.atom"
        ),
        "jurisdiction": "GB",
    },
    {
        "name": "NIST news",
        "url": "https://www.nist.gov/news-events/news/rss.xml",
        "jurisdiction": "US",
    },
    {
        "name": "UN News: all news",
        "url": "https://news.un.org/feed/subscribe/en/news/all/rss.xml",
        "jurisdiction": None,
    },
]

# Each development: a key (used for supersedes and evidence below), the official
# source, dates, our own public summary, and how long ago an analyst last
# checked it ("verified", in days; some are deliberately older than 180 days so
# the back office's list of stale entries has something in it). "history" lists
# the stage steps when there was more than one; otherwise the current stage is
# recorded on its own date.
DEVELOPMENTS = [
    # --- European Union -----------------------------------------------------
    {
        "key": "eu-ai-act",
        "jurisdiction": "EU",
        "title": "Artificial Intelligence Act (Regulation (EU) 2024/1689)",
        "type": T.LEGISLATION,
        "stage": S.IN_FORCE,
        "announced": date(2021, 4, 21),
        "adopted": date(2024, 6, 13),
        "in_force": date(2024, 8, 1),
        "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        "summary": (
            "The world's first comprehensive law on artificial intelligence sorts "
            "AI systems by the risk they pose. A short list of practices, such as "
            "social scoring and untargeted scraping of facial images, is banned; "
            "systems used in sensitive areas like hiring, education, credit or "
            "critical infrastructure must meet requirements on risk management, "
            "data quality, documentation and human oversight; chatbots and "
            "deepfakes carry transparency duties. Providers of general-purpose AI "
            "models have their own obligations, supervised by the Commission's AI "
            "Office. The Act entered into force on 1 August 2024 and applies in "
            "stages: the bans from 2 February 2025, the general-purpose AI rules "
            "from 2 August 2025, and most other rules were scheduled from August "
            "2026, with later dates for AI in regulated products."
        ),
        "topics": [
            "risk management",
            "fundamental rights",
            "governance",
            "transparency",
            "generative AI",
        ],
        "elements": list(E.values),
        "significance": HIGH,
        "verified": 25,
        "history": [
            (S.PROPOSED, date(2021, 4, 21)),
            (S.ADOPTED, date(2024, 6, 13)),
            (S.IN_FORCE, date(2024, 8, 1)),
        ],
    },
    {
        "key": "eu-gpai-code",
        "jurisdiction": "EU",
        "title": "General-Purpose AI Code of Practice",
        "type": T.GUIDELINE,
        "stage": S.ADOPTED,
        "announced": date(2025, 7, 10),
        "url": "https://digital-strategy.ec.europa.eu/en/policies/contents-code-gpai",
        "summary": (
            "A voluntary code that helps providers of general-purpose AI models "
            "meet their obligations under the AI Act. Independent experts drafted "
            "it with input from around a thousand stakeholders, and the Commission "
            "published the final text on 10 July 2025. It has three chapters: "
            "transparency, with a model documentation form; copyright; and safety "
            "and security, which applies only to the most capable models that may "
            "pose systemic risks. Providers that sign it can use it to show how "
            "they comply with the rules that apply from 2 August 2025."
        ),
        "topics": ["generative AI", "transparency", "safety", "risk management"],
        "elements": [E.GENERAL_PURPOSE_AI, E.TRANSPARENCY, E.CONFORMITY_STANDARDS],
        "significance": HIGH,
        "verified": 40,
    },
    {
        "key": "eu-prohibited-guidelines",
        "jurisdiction": "EU",
        "title": "Commission guidelines on prohibited AI practices under the AI Act",
        "type": T.GUIDELINE,
        "stage": S.ADOPTED,
        "announced": date(2025, 2, 4),
        "url": (
            "https://digital-strategy.ec.europa.eu/en/library/commission-publishes-"
            "guidelines-prohibited-artificial-intelligence-ai-practices-defined-ai-act"
        ),
        "summary": (
            "The Commission's reading of Article 5 of the AI Act, the list of "
            "banned AI practices that has applied since 2 February 2025. The "
            "guidelines work through harmful manipulation, exploitation of "
            "vulnerabilities, social scoring, crime prediction based on profiling, "
            "untargeted scraping of facial images, emotion recognition at work and "
            "in schools, biometric categorisation and real-time remote biometric "
            "identification in public spaces, with examples of what is and is not "
            "covered. They are not binding: only the Court of Justice can interpret "
            "the Act authoritatively."
        ),
        "topics": ["fundamental rights", "governance"],
        "elements": [E.PROHIBITED_PRACTICES, E.FUNDAMENTAL_RIGHTS],
        "significance": MEDIUM,
        "verified": 40,
    },
    {
        "key": "eu-ai-office",
        "jurisdiction": "EU",
        "title": "European AI Office established within the Commission",
        "type": T.INSTITUTION,
        "stage": S.IN_FORCE,
        "announced": date(2024, 1, 24),
        "adopted": date(2024, 1, 24),
        "in_force": date(2024, 2, 21),
        "url": "https://digital-strategy.ec.europa.eu/en/policies/ai-office",
        "summary": (
            "By a decision of 24 January 2024 the Commission created the European "
            "AI Office within its Directorate-General for Communications Networks, "
            "Content and Technology. The Office is the Union's centre of AI "
            "expertise: it enforces the AI Act's rules on general-purpose AI "
            "models, supports national authorities and the European AI Board, and "
            "coordinates codes of practice and guidelines. It also represents the "
            "Commission in international cooperation on AI."
        ),
        "topics": ["governance"],
        "elements": [E.GOVERNANCE, E.GENERAL_PURPOSE_AI],
        "significance": MEDIUM,
        "verified": 60,
        "history": [
            (S.ADOPTED, date(2024, 1, 24)),
            (S.IN_FORCE, date(2024, 2, 21)),
        ],
    },
    {
        "key": "eu-ai-continent",
        "jurisdiction": "EU",
        "title": "AI Continent Action Plan",
        "type": T.STRATEGY,
        "stage": S.ADOPTED,
        "announced": date(2025, 4, 9),
        "adopted": date(2025, 4, 9),
        "url": "https://digital-strategy.ec.europa.eu/en/library/ai-continent-action-plan",
        "summary": (
            "The Commission's plan of 9 April 2025 to make Europe a leading 'AI "
            "continent'. It rests on five pillars: computing infrastructure, with "
            "AI factories and planned AI gigafactories; better access to data; "
            "faster adoption of AI in strategic sectors; skills and talent; and "
            "simpler implementation of the AI Act, including a service desk for "
            "businesses. It builds on the InvestAI initiative announced at the "
            "Paris summit, which aims to mobilise 200 billion euros for AI."
        ),
        "topics": ["research funding", "innovation"],
        "elements": [E.GOVERNANCE],
        "significance": MEDIUM,
        "verified": 200,
    },
    {
        "key": "eu-coordinated-plan",
        "jurisdiction": "EU",
        "title": "Coordinated Plan on Artificial Intelligence: 2021 review",
        "type": T.STRATEGY,
        "stage": S.ADOPTED,
        "announced": date(2021, 4, 21),
        "adopted": date(2021, 4, 21),
        "url": (
            "https://digital-strategy.ec.europa.eu/en/library/"
            "coordinated-plan-artificial-intelligence-2021-review"
        ),
        "summary": (
            "The joint plan of the Commission and the Member States, first agreed "
            "in 2018 and reviewed on the day the AI Act was proposed. It sets out "
            "actions to speed up investment in AI, put national AI strategies into "
            "practice and align policy to avoid fragmentation, with a focus on "
            "sectors such as health, climate, mobility and public services. It "
            "also commits the EU to promoting human-centric AI internationally."
        ),
        "topics": ["research funding", "international cooperation"],
        "elements": [E.INTERNATIONAL_COOPERATION],
        "significance": LOW,
        "verified": 150,
    },
    {
        "key": "eu-ethics-guidelines",
        "jurisdiction": "EU",
        "title": "Ethics Guidelines for Trustworthy AI (High-Level Expert Group)",
        "type": T.GUIDELINE,
        "stage": S.ADOPTED,
        "announced": date(2019, 4, 8),
        "url": (
            "https://digital-strategy.ec.europa.eu/en/library/"
            "ethics-guidelines-trustworthy-ai"
        ),
        "summary": (
            "Non-binding guidelines from the Commission's independent High-Level "
            "Expert Group on AI. They describe trustworthy AI as lawful, ethical "
            "and robust, and set seven requirements: human agency and oversight; "
            "technical robustness and safety; privacy and data governance; "
            "transparency; diversity, non-discrimination and fairness; societal and "
            "environmental well-being; and accountability. An assessment list for "
            "organisations followed in 2020, and the requirements strongly shaped "
            "the AI Act."
        ),
        "topics": ["ethics", "fundamental rights"],
        "elements": [E.FUNDAMENTAL_RIGHTS, E.TRANSPARENCY],
        "significance": MEDIUM,
        "verified": 90,
    },
    {
        "key": "eu-white-paper",
        "jurisdiction": "EU",
        "title": (
            "White Paper on Artificial Intelligence: a European approach to "
            "excellence and trust"
        ),
        "type": T.CONSULTATION,
        "stage": S.ADOPTED,
        "announced": date(2020, 2, 19),
        "adopted": date(2020, 2, 19),
        "url": (
            "https://commission.europa.eu/publications/white-paper-artificial-"
            "intelligence-european-approach-excellence-and-trust_en"
        ),
        "summary": (
            "The Commission's white paper set out the two aims that later shaped "
            "EU AI policy: an 'ecosystem of excellence' built through investment "
            "and research, and an 'ecosystem of trust' built through rules in "
            "proportion to risk. It floated mandatory requirements for high-risk "
            "applications and a voluntary label for others, and asked how remote "
            "biometric identification in public spaces should be limited. The "
            "public consultation that followed fed into the AI Act proposal of "
            "April 2021."
        ),
        "topics": ["risk management", "research funding"],
        "elements": [E.RISK_CLASSIFICATION],
        "significance": MEDIUM,
        "verified": 120,
    },
    {
        "key": "eu-digital-omnibus-ai",
        "jurisdiction": "EU",
        "title": "Digital omnibus on AI: targeted amendments to the AI Act",
        "type": T.LEGISLATION,
        "stage": S.ADOPTED,
        "announced": date(2025, 11, 19),
        "adopted": date(2026, 6, 29),
        "url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0836",
        "summary": (
            "Proposed by the Commission in November 2025 as part of a wider package "
            "simplifying EU digital rules, approved by the European Parliament on "
            "16 June 2026 and by the Council on 29 June 2026. It postpones the "
            "high-risk rules to 2 December 2027 for the uses listed in Annex III "
            "and to 2 August 2028 for AI in regulated products, gives Member "
            "States until 2 August 2027 to set up regulatory sandboxes, and adds a "
            "ban on AI systems that generate non-consensual intimate images or "
            "child sexual abuse material. It eases some obligations for smaller "
            "companies and strengthens the AI Office's role; the Act's risk-based "
            "structure is unchanged."
        ),
        "topics": ["governance", "risk management"],
        "elements": [E.HIGH_RISK_OBLIGATIONS, E.GOVERNANCE, E.PROHIBITED_PRACTICES],
        "significance": HIGH,
        "verified": 45,
        "history": [
            (S.PROPOSED, date(2025, 11, 19)),
            (S.ADOPTED, date(2026, 6, 29)),
        ],
        "supersedes": "eu-ai-act",
    },
    # --- Japan --------------------------------------------------------------
    {
        "key": "jp-ai-promotion-act",
        "jurisdiction": "JP",
        "title": (
            "Act on the Promotion of Research and Development and Utilization of "
            "AI-Related Technologies (AI Promotion Act)"
        ),
        "type": T.LEGISLATION,
        "stage": S.IN_FORCE,
        "announced": date(2025, 2, 28),
        "adopted": date(2025, 5, 28),
        "in_force": date(2025, 6, 4),
        "url": "https://www8.cao.go.jp/cstp/ai/ai_act/ai_act.html",
        "summary": (
            "Japan's first law dedicated to AI, passed by the Diet on 28 May 2025 "
            "and promulgated on 4 June 2025 as Act No. 53 of 2025. It is a "
            "framework law: it sets basic principles, requires the government to "
            "adopt an AI Basic Plan and creates an AI Strategy Headquarters chaired "
            "by the Prime Minister, whose provisions took effect on 1 September "
            "2025. Businesses must cooperate with government measures, and the "
            "state may investigate cases where AI infringes people's rights and "
            "give guidance, but the Act contains no bans, risk tiers or fines."
        ),
        "topics": ["governance", "innovation", "research funding"],
        "elements": [E.GOVERNANCE, E.FUNDAMENTAL_RIGHTS, E.INTERNATIONAL_COOPERATION],
        "significance": HIGH,
        "verified": 50,
        "history": [
            (S.PROPOSED, date(2025, 2, 28)),
            (S.ADOPTED, date(2025, 5, 28)),
            (S.IN_FORCE, date(2025, 6, 4)),
        ],
    },
    {
        "key": "jp-ai-guidelines",
        "jurisdiction": "JP",
        "title": "AI Guidelines for Business, version 1.0 (METI and MIC)",
        "type": T.GUIDELINE,
        "stage": S.ADOPTED,
        "announced": date(2024, 4, 19),
        "url": "https://www.meti.go.jp/press/2024/04/20240419004/20240419004.html",
        "summary": (
            "Joint guidelines of the Ministry of Economy, Trade and Industry and "
            "the Ministry of Internal Affairs and Communications that merge three "
            "earlier sets of AI guidelines into one reference for businesses. They "
            "set common principles such as human-centricity, safety, fairness, "
            "privacy, security, transparency and accountability, then specific "
            "points for AI developers, providers and business users, including "
            "advanced and generative AI in line with the Hiroshima AI Process. "
            "They are voluntary and risk-based, and are updated as a living "
            "document: new versions followed in November 2024 and March 2025."
        ),
        "topics": ["risk management", "governance", "generative AI"],
        "elements": [E.RISK_CLASSIFICATION, E.TRANSPARENCY, E.GENERAL_PURPOSE_AI],
        "significance": HIGH,
        "verified": 230,
    },
    {
        "key": "jp-aisi",
        "jurisdiction": "JP",
        "title": "Japan AI Safety Institute (J-AISI) launched",
        "type": T.INSTITUTION,
        "stage": S.IN_FORCE,
        "announced": date(2024, 2, 14),
        "in_force": date(2024, 2, 14),
        "url": "https://aisi.go.jp/",
        "summary": (
            "Japan set up its AI Safety Institute in February 2024 within the "
            "Information-technology Promotion Agency, under the Ministry of "
            "Economy, Trade and Industry. It develops methods for evaluating the "
            "safety of AI systems, has published guides on safety evaluation and "
            "red teaming, and works with its counterparts abroad in the "
            "international network of AI safety institutes. It is not a regulator."
        ),
        "topics": ["safety", "standards"],
        "elements": [E.CONFORMITY_STANDARDS, E.INTERNATIONAL_COOPERATION],
        "significance": MEDIUM,
        "verified": 70,
    },
    # --- Canada -------------------------------------------------------------
    {
        "key": "ca-aida",
        "jurisdiction": "CA",
        "title": "Artificial Intelligence and Data Act (AIDA, part of Bill C-27)",
        "type": T.LEGISLATION,
        "stage": S.REPEALED,
        "announced": date(2022, 6, 16),
        "url": "https://www.parl.ca/legisinfo/en/bill/44-1/c-27",
        "summary": (
            "Canada's proposed federal AI law, tabled on 16 June 2022 as part of "
            "Bill C-27, the Digital Charter Implementation Act. It would have "
            "required those responsible for 'high-impact' AI systems to assess and "
            "mitigate risks of harm and biased output, keep records and publish "
            "plain-language descriptions, under an AI and Data Commissioner, with "
            "criminal offences for the worst misuse. The bill was still in "
            "committee when Parliament was prorogued on 6 January 2025, so it died "
            "on the Order Paper; any new federal AI law has to start again."
        ),
        "topics": ["risk management", "governance"],
        "elements": [E.RISK_CLASSIFICATION, E.HIGH_RISK_OBLIGATIONS, E.GOVERNANCE],
        "significance": HIGH,
        "verified": 30,
        "history": [
            (S.PROPOSED, date(2022, 6, 16)),
            (S.REPEALED, date(2025, 1, 6)),
        ],
    },
    {
        "key": "ca-voluntary-code",
        "jurisdiction": "CA",
        "title": (
            "Voluntary Code of Conduct on the Responsible Development and "
            "Management of Advanced Generative AI Systems"
        ),
        "type": T.GUIDELINE,
        "stage": S.ADOPTED,
        "announced": date(2023, 9, 27),
        "url": (
            "https://ised-isde.canada.ca/site/ised/en/voluntary-code-conduct-"
            "responsible-development-and-management-advanced-generative-ai-systems"
        ),
        "summary": (
            "A voluntary code from Innovation, Science and Economic Development "
            "Canada for companies that develop or manage advanced generative AI "
            "systems. Signatories commit to measures under six headings: "
            "accountability, safety, fairness and equity, transparency, human "
            "oversight and monitoring, and validity and robustness. It was meant "
            "to bridge the gap until binding rules under the proposed Artificial "
            "Intelligence and Data Act took effect; that bill later lapsed."
        ),
        "topics": ["generative AI", "safety", "transparency"],
        "elements": [E.GENERAL_PURPOSE_AI, E.TRANSPARENCY],
        "significance": MEDIUM,
        "verified": 100,
    },
    {
        "key": "ca-aisi",
        "jurisdiction": "CA",
        "title": "Canadian Artificial Intelligence Safety Institute (CAISI) launched",
        "type": T.INSTITUTION,
        "stage": S.IN_FORCE,
        "announced": date(2024, 11, 12),
        "in_force": date(2024, 11, 12),
        "url": (
            "https://ised-isde.canada.ca/site/ised/en/"
            "canadian-artificial-intelligence-safety-institute"
        ),
        "summary": (
            "Canada launched its AI Safety Institute on 12 November 2024 with an "
            "initial budget of 50 million Canadian dollars over five years, part "
            "of a 2.4 billion dollar AI package in Budget 2024. It funds "
            "investigator-led research through CIFAR and government-directed "
            "projects at the National Research Council, on risks such as "
            "disinformation, cyber attacks and election interference, and it takes "
            "part in the international network of AI safety institutes."
        ),
        "topics": ["safety", "research funding"],
        "elements": [E.CONFORMITY_STANDARDS, E.INTERNATIONAL_COOPERATION],
        "significance": MEDIUM,
        "verified": 420,
    },
    {
        "key": "ca-directive-adm",
        "jurisdiction": "CA",
        "title": "Treasury Board Directive on Automated Decision-Making",
        "type": T.REGULATION,
        "stage": S.IN_FORCE,
        "announced": date(2019, 4, 1),
        "in_force": date(2019, 4, 1),
        "url": "https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32592",
        "summary": (
            "A binding directive on how federal institutions use automated systems "
            "to make or support administrative decisions about people. Before "
            "deployment, a department must complete an Algorithmic Impact "
            "Assessment, whose result sets the safeguards required, such as peer "
            "review, notice to the people affected, a human in the final decision, "
            "explanations and recourse. It took effect on 1 April 2019 and is "
            "reviewed periodically."
        ),
        "topics": ["public sector", "transparency", "risk management"],
        "elements": [E.RISK_CLASSIFICATION, E.TRANSPARENCY, E.FUNDAMENTAL_RIGHTS],
        "significance": MEDIUM,
        "verified": 160,
    },
    {
        "key": "ca-pan-canadian-strategy",
        "jurisdiction": "CA",
        "title": "Pan-Canadian Artificial Intelligence Strategy",
        "type": T.FUNDING,
        "stage": S.ADOPTED,
        "announced": date(2017, 3, 22),
        "url": "https://ised-isde.canada.ca/site/ai-strategy/en",
        "summary": (
            "Announced in the federal budget of 22 March 2017, this was the "
            "world's first national AI strategy. Its first phase invested 125 "
            "million Canadian dollars through CIFAR in research chairs, talent and "
            "the three national AI institutes: Amii in Edmonton, Mila in Montréal "
            "and the Vector Institute in Toronto. Budget 2021 committed a further "
            "443 million dollars to a second phase covering commercialisation and "
            "standards as well as research."
        ),
        "topics": ["research funding"],
        "elements": [],
        "significance": LOW,
        "verified": 800,
    },
    # --- Australia ----------------------------------------------------------
    {
        "key": "au-voluntary-standard",
        "jurisdiction": "AU",
        "title": "Voluntary AI Safety Standard",
        "type": T.GUIDELINE,
        "stage": S.ADOPTED,
        "announced": date(2024, 9, 5),
        "url": "https://www.industry.gov.au/publications/voluntary-ai-safety-standard",
        "summary": (
            "Guidance from the Department of Industry, Science and Resources for "
            "organisations that develop or deploy AI. It sets ten guardrails: "
            "accountability, risk management, data governance, testing and "
            "monitoring, human oversight, informing end users, ways to challenge "
            "outcomes, supply-chain transparency, record keeping and stakeholder "
            "engagement. It is voluntary and written to fit ISO/IEC 42001 and the "
            "NIST AI Risk Management Framework."
        ),
        "topics": ["risk management", "safety", "transparency"],
        "elements": [
            E.HIGH_RISK_OBLIGATIONS,
            E.TRANSPARENCY,
            E.CONFORMITY_STANDARDS,
        ],
        "significance": MEDIUM,
        "verified": 260,
    },
    {
        "key": "au-mandatory-guardrails",
        "jurisdiction": "AU",
        "title": (
            "Proposals paper: introducing mandatory guardrails for AI in "
            "high-risk settings"
        ),
        "type": T.CONSULTATION,
        "stage": S.REPEALED,
        "announced": date(2024, 9, 5),
        "url": "https://consult.industry.gov.au/ai-mandatory-guardrails",
        "summary": (
            "A consultation paper proposing ten mandatory guardrails for AI used in "
            "high-risk settings and for general-purpose AI models. It suggested "
            "principles for deciding when AI is high-risk and three ways to "
            "legislate: adapting existing laws, a framework law, or an "
            "economy-wide Australian AI Act; submissions closed on 4 October 2024. "
            "In its National AI Plan of December 2025 the government put the "
            "mandatory guardrails on hold and chose to rely on existing laws, so "
            "we record the proposal as lapsed."
        ),
        "topics": ["risk management", "governance"],
        "elements": [
            E.RISK_CLASSIFICATION,
            E.HIGH_RISK_OBLIGATIONS,
            E.GENERAL_PURPOSE_AI,
        ],
        "significance": HIGH,
        "verified": 330,
        "history": [
            (S.UNDER_CONSULTATION, date(2024, 9, 5)),
            (S.REPEALED, date(2025, 12, 2)),
        ],
    },
    {
        "key": "au-national-ai-plan",
        "jurisdiction": "AU",
        "title": "National AI Plan",
        "type": T.STRATEGY,
        "stage": S.ADOPTED,
        "announced": date(2025, 12, 2),
        "adopted": date(2025, 12, 2),
        "url": "https://www.industry.gov.au/publications/national-ai-plan",
        "summary": (
            "Australia's plan to capture the economic opportunities of AI, spread "
            "its benefits and keep people safe. Rather than a dedicated AI act, it "
            "relies on existing, technology-neutral laws, with each regulator "
            "responsible for AI risks in its sector, and it puts the proposed "
            "mandatory guardrails for high-risk AI on hold. It funds an AI Safety "
            "Institute, due to start in early 2026, to monitor emerging risks and "
            "support regulators, alongside measures on skills, data centres and "
            "adoption by small businesses."
        ),
        "topics": ["governance", "safety", "innovation"],
        "elements": [E.GOVERNANCE],
        "significance": HIGH,
        "verified": 330,
        "supersedes": "au-mandatory-guardrails",
    },
    {
        "key": "au-ethics-principles",
        "jurisdiction": "AU",
        "title": "Australia's AI Ethics Principles",
        "type": T.GUIDELINE,
        "stage": S.ADOPTED,
        "announced": date(2019, 11, 7),
        "url": (
            "https://www.industry.gov.au/publications/australias-artificial-"
            "intelligence-ethics-framework/australias-ai-ethics-principles"
        ),
        "summary": (
            "Eight voluntary principles for designing, developing and using AI in "
            "Australia: human, societal and environmental wellbeing; human-centred "
            "values; fairness; privacy protection and security; reliability and "
            "safety; transparency and explainability; contestability; and "
            "accountability. They remain the reference point for later government "
            "guidance on safe and responsible AI."
        ),
        "topics": ["ethics", "fundamental rights"],
        "elements": [E.FUNDAMENTAL_RIGHTS, E.TRANSPARENCY],
        "significance": LOW,
        "verified": 140,
    },
    # --- Republic of Korea ----------------------------------------------------
    {
        "key": "kr-ai-basic-act",
        "jurisdiction": "KR",
        "title": (
            "Framework Act on the Development of Artificial Intelligence and the "
            "Establishment of a Foundation for Trust (AI Basic Act)"
        ),
        "type": T.LEGISLATION,
        "stage": S.IN_FORCE,
        "announced": date(2024, 12, 26),
        "adopted": date(2024, 12, 26),
        "in_force": date(2026, 1, 22),
        "url": ("https://www.law.go.kr/법령/인공지능발전과신뢰기반조성등에관한기본법"),
        "summary": (
            "Korea's comprehensive AI law, passed by the National Assembly on 26 "
            "December 2024 from nineteen merged bills, promulgated on 21 January "
            "2025 and in force since 22 January 2026. Operators of 'high-impact' "
            "AI, used in areas such as energy, health care, hiring, credit and "
            "public services, must manage risks, explain outcomes, ensure human "
            "oversight and keep documentation. Generative AI services must tell "
            "users in advance and label their output, and large foreign providers "
            "must appoint a local representative. There are no outright bans and "
            "fines are capped at 30 million won."
        ),
        "topics": ["risk management", "generative AI", "transparency", "governance"],
        "elements": [
            E.RISK_CLASSIFICATION,
            E.HIGH_RISK_OBLIGATIONS,
            E.TRANSPARENCY,
            E.GENERAL_PURPOSE_AI,
            E.GOVERNANCE,
        ],
        "significance": HIGH,
        "verified": 45,
        "history": [
            (S.ADOPTED, date(2024, 12, 26)),
            (S.IN_FORCE, date(2026, 1, 22)),
        ],
    },
    {
        "key": "kr-aisi",
        "jurisdiction": "KR",
        "title": "Korea AI Safety Institute opens",
        "type": T.INSTITUTION,
        "stage": S.IN_FORCE,
        "announced": date(2024, 11, 27),
        "in_force": date(2024, 11, 27),
        "url": "https://www.aisi.re.kr/",
        "summary": (
            "Korea opened its AI Safety Institute in Pangyo on 27 November 2024, "
            "within the Electronics and Telecommunications Research Institute, as "
            "a follow-up to the AI Seoul Summit. It researches risks such as "
            "misuse and loss of control, develops evaluation methods and works "
            "with a consortium of 24 Korean companies, universities and research "
            "bodies. It presents itself as a support for industry rather than a "
            "regulator and belongs to the international network of AI safety "
            "institutes."
        ),
        "topics": ["safety", "standards"],
        "elements": [E.CONFORMITY_STANDARDS, E.INTERNATIONAL_COOPERATION],
        "significance": MEDIUM,
        "verified": 110,
    },
    {
        "key": "kr-seoul-declaration",
        "jurisdiction": "KR",
        "title": "Seoul Declaration for safe, innovative and inclusive AI",
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2024, 5, 21),
        "url": (
            "https://www.gov.uk/government/publications/seoul-declaration-for-safe-"
            "innovative-and-inclusive-ai-ai-seoul-summit-2024"
        ),
        "summary": (
            "Leaders of ten countries and the EU adopted this declaration at the "
            "AI Seoul Summit, co-chaired by Korea and the United Kingdom. It builds "
            "on the Bletchley Declaration by adding innovation and inclusiveness to "
            "safety as aims of AI governance and calls for interoperable, "
            "risk-based frameworks. An annexed statement of intent committed the "
            "signatories to cooperate on the science of AI safety, including "
            "through a network of AI safety institutes."
        ),
        "topics": ["international cooperation", "safety"],
        "elements": [E.INTERNATIONAL_COOPERATION],
        "significance": HIGH,
        "verified": 60,
    },
    # --- United Kingdom -------------------------------------------------------
    {
        "key": "gb-frontier-commitments",
        "jurisdiction": "GB",
        "title": "Frontier AI Safety Commitments (AI Seoul Summit 2024)",
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2024, 5, 21),
        "url": (
            "https://www.gov.uk/government/publications/"
            "frontier-ai-safety-commitments-ai-seoul-summit-2024"
        ),
        "summary": (
            "Voluntary commitments made at the AI Seoul Summit by sixteen AI "
            "companies from several countries. Each promised to publish a safety "
            "framework explaining how it assesses the risks of its frontier "
            "models, including thresholds at which risks would be intolerable, and "
            "not to develop or deploy a model at all if it cannot keep risks below "
            "those thresholds. The companies also committed to report publicly on "
            "how they implement the commitments."
        ),
        "topics": ["frontier AI", "safety"],
        "elements": [E.GENERAL_PURPOSE_AI],
        "significance": MEDIUM,
        "verified": 60,
    },
    {
        "key": "gb-white-paper",
        "jurisdiction": "GB",
        "title": "A pro-innovation approach to AI regulation (white paper)",
        "type": T.CONSULTATION,
        "stage": S.ADOPTED,
        "announced": date(2023, 3, 29),
        "adopted": date(2024, 2, 6),
        "url": (
            "https://www.gov.uk/government/publications/"
            "ai-regulation-a-pro-innovation-approach"
        ),
        "summary": (
            "The United Kingdom chose not to create an AI law or a new AI "
            "regulator. Instead, existing regulators apply five cross-sector "
            "principles within their remits: safety, security and robustness; "
            "transparency and explainability; fairness; accountability and "
            "governance; and contestability and redress, with support from central "
            "government. In its consultation response of 6 February 2024 the "
            "government confirmed the approach, funded regulators' AI capabilities "
            "and said binding measures for the most capable general-purpose AI "
            "might be needed later."
        ),
        "topics": ["governance", "innovation"],
        "elements": [E.GOVERNANCE, E.RISK_CLASSIFICATION],
        "significance": HIGH,
        "verified": 600,
        "history": [
            (S.UNDER_CONSULTATION, date(2023, 3, 29)),
            (S.ADOPTED, date(2024, 2, 6)),
        ],
    },
    {
        "key": "gb-aisi",
        "jurisdiction": "GB",
        "title": "UK AI Safety Institute launched",
        "type": T.INSTITUTION,
        "stage": S.IN_FORCE,
        "announced": date(2023, 11, 2),
        "in_force": date(2023, 11, 2),
        "url": "https://www.gov.uk/government/publications/ai-safety-institute-overview",
        "summary": (
            "Launched at the Bletchley Park summit, building on the Frontier AI "
            "Taskforce, the AI Safety Institute is part of the Department for "
            "Science, Innovation and Technology. It tests advanced AI models before "
            "and after release, researches AI safety and shares its findings with "
            "policymakers. It was the first state-backed body of its kind and "
            "helped start the international network of AI safety institutes."
        ),
        "topics": ["safety", "frontier AI"],
        "elements": [E.GENERAL_PURPOSE_AI, E.INTERNATIONAL_COOPERATION],
        "significance": MEDIUM,
        "verified": 100,
    },
    {
        "key": "gb-ai-security-institute",
        "jurisdiction": "GB",
        "title": "AI Safety Institute renamed AI Security Institute",
        "type": T.INSTITUTION,
        "stage": S.IN_FORCE,
        "announced": date(2025, 2, 14),
        "in_force": date(2025, 2, 14),
        "url": (
            "https://www.gov.uk/government/news/tackling-ai-security-risks-to-"
            "unleash-growth-and-deliver-plan-for-change"
        ),
        "summary": (
            "The government renamed the AI Safety Institute the AI Security "
            "Institute and narrowed its focus to serious AI risks with security "
            "implications, such as help with chemical or biological weapons, cyber "
            "attacks, and crimes like fraud and child sexual abuse. It set up a "
            "criminal misuse team with the Home Office and said the institute "
            "would not work on bias or freedom of speech."
        ),
        "topics": ["safety", "frontier AI"],
        "elements": [E.GENERAL_PURPOSE_AI],
        "significance": MEDIUM,
        "verified": 100,
        "supersedes": "gb-aisi",
    },
    {
        "key": "gb-bletchley",
        "jurisdiction": "GB",
        "title": "The Bletchley Declaration (AI Safety Summit 2023)",
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2023, 11, 1),
        "url": (
            "https://www.gov.uk/government/publications/"
            "ai-safety-summit-2023-the-bletchley-declaration"
        ),
        "summary": (
            "Signed at the first AI Safety Summit at Bletchley Park by 28 "
            "countries, including the United States and China, and the EU. It "
            "recognises that the most capable 'frontier' AI models could cause "
            "serious, even catastrophic, harm, and commits signatories to build a "
            "shared, science-based understanding of these risks and to cooperate on "
            "risk-based policies. It started the series of summits continued in "
            "Seoul and Paris and led to the International AI Safety Report."
        ),
        "topics": ["frontier AI", "safety", "international cooperation"],
        "elements": [E.INTERNATIONAL_COOPERATION, E.GENERAL_PURPOSE_AI],
        "significance": HIGH,
        "verified": 20,
    },
    {
        "key": "gb-opportunities-plan",
        "jurisdiction": "GB",
        "title": "AI Opportunities Action Plan",
        "type": T.STRATEGY,
        "stage": S.ADOPTED,
        "announced": date(2025, 1, 13),
        "adopted": date(2025, 1, 13),
        "url": "https://www.gov.uk/government/publications/ai-opportunities-action-plan",
        "summary": (
            "A plan drawn up by Matt Clifford and accepted in full by the "
            "government. Its 50 recommendations aim to expand public computing "
            "capacity at least twentyfold by 2030, create AI Growth Zones for data "
            "centres, open up public data through a national data library, attract "
            "talent and speed up AI use in public services. It asks regulators to "
            "support innovation but does not propose new AI legislation."
        ),
        "topics": ["innovation", "research funding", "public sector"],
        "elements": [],
        "significance": MEDIUM,
        "verified": 300,
    },
    # --- G7 -------------------------------------------------------------------
    {
        "key": "g7-haip-principles",
        "jurisdiction": "G7",
        "title": (
            "Hiroshima Process International Guiding Principles for Organizations "
            "Developing Advanced AI Systems"
        ),
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2023, 10, 30),
        "url": (
            "https://digital-strategy.ec.europa.eu/en/library/"
            "hiroshima-process-international-guiding-principles-advanced-ai-system"
        ),
        "summary": (
            "Eleven principles agreed by G7 leaders under the Hiroshima AI Process, "
            "launched during Japan's G7 presidency. They ask organisations "
            "developing advanced AI, including foundation models and generative AI, "
            "to identify and reduce risks across the life cycle, report on "
            "capabilities and limitations, share information on incidents, invest "
            "in security, develop content authentication such as watermarking and "
            "prioritise research on societal risks. They build on the OECD AI "
            "Principles and apply while governments develop more lasting rules."
        ),
        "topics": ["generative AI", "international cooperation", "safety"],
        "elements": [E.GENERAL_PURPOSE_AI, E.INTERNATIONAL_COOPERATION],
        "significance": HIGH,
        "verified": 50,
    },
    {
        "key": "g7-haip-code",
        "jurisdiction": "G7",
        "title": (
            "Hiroshima Process International Code of Conduct for Organizations "
            "Developing Advanced AI Systems"
        ),
        "type": T.GUIDELINE,
        "stage": S.ADOPTED,
        "announced": date(2023, 10, 30),
        "url": (
            "https://digital-strategy.ec.europa.eu/en/library/"
            "hiroshima-process-international-code-conduct-advanced-ai-systems"
        ),
        "summary": (
            "The code turns the eleven Hiroshima guiding principles into a more "
            "detailed, voluntary list of actions for organisations developing the "
            "most advanced AI systems. It covers testing and red-teaming before "
            "deployment, monitoring misuse after release, public transparency "
            "reports, information sharing, risk-management policies, security "
            "controls, content provenance and protection of personal data and "
            "intellectual property. Since 2025 organisations can report on how "
            "they apply it through a framework run by the OECD."
        ),
        "topics": ["generative AI", "transparency", "risk management"],
        "elements": [E.GENERAL_PURPOSE_AI, E.TRANSPARENCY, E.INTERNATIONAL_COOPERATION],
        "significance": HIGH,
        "verified": 50,
    },
    # --- OECD -----------------------------------------------------------------
    {
        "key": "oecd-principles-2019",
        "jurisdiction": "OECD",
        "title": "OECD Recommendation of the Council on Artificial Intelligence",
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2019, 5, 22),
        "adopted": date(2019, 5, 22),
        "url": "https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0449",
        "summary": (
            "The first intergovernmental standard on AI, adopted by the OECD "
            "Council at ministerial level. It sets five values-based principles: "
            "inclusive growth and well-being; human-centred values and fairness; "
            "transparency and explainability; robustness, security and safety; and "
            "accountability, with five recommendations to governments on research, "
            "ecosystems, policy, skills and international cooperation. Over forty "
            "countries adhered, and the G20 drew on it for its own AI principles "
            "in June 2019."
        ),
        "topics": ["international cooperation", "ethics"],
        "elements": [E.INTERNATIONAL_COOPERATION, E.TRANSPARENCY],
        "significance": HIGH,
        "verified": 30,
    },
    {
        "key": "oecd-principles-2024",
        "jurisdiction": "OECD",
        "title": "OECD AI Principles updated",
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2024, 5, 3),
        "adopted": date(2024, 5, 3),
        "url": "https://oecd.ai/en/ai-principles",
        "summary": (
            "The OECD Ministerial Council revised its 2019 Recommendation on AI to "
            "take account of generative and general-purpose AI. The update uses "
            "the revised definition of an AI system, which the EU AI Act also "
            "follows, and adds references to misinformation and disinformation, "
            "to safeguards that let humans override or safely shut down systems "
            "behaving in unintended ways, to responsible business conduct across "
            "the AI life cycle and to environmental sustainability. It also stresses "
            "interoperability between countries' governance frameworks."
        ),
        "topics": ["international cooperation", "generative AI", "safety"],
        "elements": [
            E.INTERNATIONAL_COOPERATION,
            E.TRANSPARENCY,
            E.FUNDAMENTAL_RIGHTS,
        ],
        "significance": HIGH,
        "verified": 30,
        "supersedes": "oecd-principles-2019",
    },
    # --- United Nations and UNESCO -------------------------------------------
    {
        "key": "un-res-78-265",
        "jurisdiction": "UN",
        "title": (
            "General Assembly resolution 78/265: seizing the opportunities of "
            "safe, secure and trustworthy AI systems for sustainable development"
        ),
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2024, 3, 21),
        "url": "https://undocs.org/A/RES/78/265",
        "summary": (
            "The first General Assembly resolution on AI, led by the United States, "
            "co-sponsored by more than 120 states and adopted by consensus. It "
            "encourages safe, secure and trustworthy AI that supports the "
            "Sustainable Development Goals and calls for closing digital divides "
            "between and within countries. It asks states to refrain from using AI "
            "systems that cannot be operated in line with international human "
            "rights law. It is not legally binding."
        ),
        "topics": ["international cooperation", "fundamental rights"],
        "elements": [E.INTERNATIONAL_COOPERATION, E.FUNDAMENTAL_RIGHTS],
        "significance": HIGH,
        "verified": 80,
    },
    {
        "key": "un-res-78-311",
        "jurisdiction": "UN",
        "title": (
            "General Assembly resolution 78/311: enhancing international "
            "cooperation on capacity-building of AI"
        ),
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2024, 7, 1),
        "url": "https://undocs.org/A/RES/78/311",
        "summary": (
            "A resolution led by China and adopted by consensus on helping "
            "developing countries build their capacity to develop and use AI. It "
            "encourages cooperation on knowledge sharing, training, research and "
            "access to technology so that all countries can benefit from AI and "
            "digital divides narrow. Like other General Assembly resolutions it is "
            "not binding."
        ),
        "topics": ["international cooperation"],
        "elements": [E.INTERNATIONAL_COOPERATION],
        "significance": MEDIUM,
        "verified": 80,
    },
    {
        "key": "un-global-digital-compact",
        "jurisdiction": "UN",
        "title": "Global Digital Compact (annex to the Pact for the Future)",
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2024, 9, 22),
        "url": "https://undocs.org/A/RES/79/1",
        "summary": (
            "World leaders adopted the Global Digital Compact at the UN Summit of "
            "the Future as an annex to the Pact for the Future. Alongside "
            "commitments on digital inclusion, data governance and human rights "
            "online, it asks the UN to set up an independent international "
            "scientific panel on AI and a global dialogue on AI governance. The "
            "General Assembly reviews its follow-up."
        ),
        "topics": ["international cooperation", "governance"],
        "elements": [E.INTERNATIONAL_COOPERATION],
        "significance": HIGH,
        "verified": 200,
    },
    {
        "key": "un-res-79-325",
        "jurisdiction": "UN",
        "title": (
            "Independent International Scientific Panel on AI and Global Dialogue "
            "on AI Governance established (resolution 79/325)"
        ),
        "type": T.INSTITUTION,
        "stage": S.ADOPTED,
        "announced": date(2025, 8, 26),
        "url": "https://undocs.org/A/RES/79/325",
        "summary": (
            "The General Assembly set the terms of reference for the two bodies "
            "foreseen in the Global Digital Compact. The scientific panel, forty "
            "experts serving in their personal capacity for three years, is to "
            "publish an annual, policy-relevant but non-prescriptive report on AI's "
            "risks, opportunities and impacts. The Global Dialogue brings states "
            "and stakeholders together each year, alternating between Geneva and "
            "New York."
        ),
        "topics": ["international cooperation", "governance"],
        "elements": [E.INTERNATIONAL_COOPERATION, E.GOVERNANCE],
        "significance": HIGH,
        "verified": 250,
    },
    {
        "key": "unesco-ethics-recommendation",
        "jurisdiction": "UNESCO",
        "title": "Recommendation on the Ethics of Artificial Intelligence",
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2021, 11, 23),
        "adopted": date(2021, 11, 23),
        "url": "https://www.unesco.org/en/artificial-intelligence/recommendation-ethics",
        "summary": (
            "The first global standard on AI ethics, adopted by UNESCO's 193 "
            "member states at the General Conference. Grounded in human rights and "
            "dignity, it sets principles such as proportionality, safety, privacy, "
            "transparency, accountability and human oversight, and policy actions "
            "on data, gender, education, culture and the environment. It states "
            "that AI should not be used for social scoring or mass surveillance. "
            "UNESCO helps governments apply it with a readiness assessment and an "
            "ethical impact assessment."
        ),
        "topics": ["ethics", "fundamental rights", "international cooperation"],
        "elements": [
            E.FUNDAMENTAL_RIGHTS,
            E.PROHIBITED_PRACTICES,
            E.INTERNATIONAL_COOPERATION,
        ],
        "significance": HIGH,
        "verified": 110,
    },
    # --- Council of Europe ----------------------------------------------------
    {
        "key": "coe-framework-convention",
        "jurisdiction": "COE",
        "title": (
            "Framework Convention on Artificial Intelligence and Human Rights, "
            "Democracy and the Rule of Law (CETS No. 225)"
        ),
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2024, 5, 17),
        "adopted": date(2024, 5, 17),
        "url": (
            "https://www.coe.int/en/web/artificial-intelligence/"
            "the-framework-convention-on-artificial-intelligence"
        ),
        "summary": (
            "The first legally binding international treaty on AI, adopted by the "
            "Council of Europe's Committee of Ministers on 17 May 2024 and opened "
            "for signature in Vilnius on 5 September 2024, when the EU, the United "
            "Kingdom, the United States and several European states signed it. "
            "Parties must ensure that activities across the life cycle of AI "
            "systems respect human rights, democracy and the rule of law, with "
            "duties on transparency, oversight, risk and impact assessment and "
            "remedies. It enters into force once five signatories, including three "
            "Council of Europe member states, have ratified it."
        ),
        "topics": ["fundamental rights", "international cooperation"],
        "elements": [
            E.FUNDAMENTAL_RIGHTS,
            E.RISK_CLASSIFICATION,
            E.GOVERNANCE,
            E.INTERNATIONAL_COOPERATION,
        ],
        "significance": HIGH,
        "verified": 300,
    },
    # --- United States --------------------------------------------------------
    {
        "key": "us-eo-14110",
        "jurisdiction": "US",
        "title": (
            "Executive Order 14110 on the Safe, Secure, and Trustworthy "
            "Development and Use of Artificial Intelligence"
        ),
        "type": T.REGULATION,
        "stage": S.REPEALED,
        "announced": date(2023, 10, 30),
        "adopted": date(2023, 10, 30),
        "in_force": date(2023, 10, 30),
        "url": (
            "https://www.federalregister.gov/documents/2023/11/01/2023-24283/"
            "safe-secure-and-trustworthy-development-and-use-of-artificial-"
            "intelligence"
        ),
        "summary": (
            "President Biden's order was the broadest US federal action on AI. It "
            "used the Defense Production Act to require developers of the most "
            "powerful models to share safety test results with the government, "
            "directed NIST to develop guidance on red-teaming and content "
            "authentication, and asked agencies to address AI risks in areas such "
            "as civil rights, health, labour and critical infrastructure. "
            "President Trump revoked it on 20 January 2025."
        ),
        "topics": ["safety", "frontier AI", "standards"],
        "elements": [E.GENERAL_PURPOSE_AI, E.CONFORMITY_STANDARDS, E.GOVERNANCE],
        "significance": HIGH,
        "verified": 15,
        "history": [
            (S.IN_FORCE, date(2023, 10, 30)),
            (S.REPEALED, date(2025, 1, 20)),
        ],
    },
    {
        "key": "us-eo-14148",
        "jurisdiction": "US",
        "title": (
            "Executive Order 14148 rescinding earlier executive orders, including "
            "the 2023 AI order"
        ),
        "type": T.REGULATION,
        "stage": S.IN_FORCE,
        "announced": date(2025, 1, 20),
        "adopted": date(2025, 1, 20),
        "in_force": date(2025, 1, 20),
        "url": (
            "https://www.federalregister.gov/documents/2025/01/28/2025-01901/"
            "initial-rescissions-of-harmful-executive-orders-and-actions"
        ),
        "summary": (
            "Signed on President Trump's first day in office, this order revoked "
            "dozens of executive orders of the previous administration, among them "
            "Executive Order 14110 on AI. With it went the reporting duties for "
            "developers of the most powerful models and other measures still being "
            "put in place under that order."
        ),
        "topics": ["governance"],
        "elements": [E.GOVERNANCE],
        "significance": MEDIUM,
        "verified": 15,
        "supersedes": "us-eo-14110",
    },
    {
        "key": "us-eo-14179",
        "jurisdiction": "US",
        "title": (
            "Executive Order 14179: Removing Barriers to American Leadership in "
            "Artificial Intelligence"
        ),
        "type": T.REGULATION,
        "stage": S.IN_FORCE,
        "announced": date(2025, 1, 23),
        "adopted": date(2025, 1, 23),
        "in_force": date(2025, 1, 23),
        "url": (
            "https://www.federalregister.gov/documents/2025/01/31/2025-02172/"
            "removing-barriers-to-american-leadership-in-artificial-intelligence"
        ),
        "summary": (
            "The order declares it US policy to sustain and enhance America's "
            "global AI dominance. It tells agencies to review, and where necessary "
            "suspend, revise or rescind, actions taken under the revoked Executive "
            "Order 14110 that conflict with that policy, and asks the Office of "
            "Management and Budget to revise its guidance on federal use of AI. It "
            "required an AI action plan within 180 days."
        ),
        "topics": ["innovation", "governance"],
        "elements": [E.GOVERNANCE],
        "significance": MEDIUM,
        "verified": 90,
    },
    {
        "key": "us-ai-action-plan",
        "jurisdiction": "US",
        "title": "Winning the Race: America's AI Action Plan",
        "type": T.STRATEGY,
        "stage": S.ADOPTED,
        "announced": date(2025, 7, 23),
        "adopted": date(2025, 7, 23),
        "url": "https://www.whitehouse.gov/wp-content/uploads/2025/07/Americas-AI-Action-Plan.pdf",
        "summary": (
            "The plan required by Executive Order 14179 sets out more than ninety "
            "federal actions under three pillars: accelerating AI innovation, "
            "building American AI infrastructure, and leading in international AI "
            "diplomacy and security. It favours deregulation, asks agencies to "
            "remove rules that hinder AI, supports open models and data-centre "
            "construction, and promotes exports of US AI technology to allies. It "
            "also directs NIST to revise its AI Risk Management Framework."
        ),
        "topics": ["innovation", "standards", "international cooperation"],
        "elements": [E.INTERNATIONAL_COOPERATION],
        "significance": MEDIUM,
        "verified": 250,
    },
    {
        "key": "us-nist-ai-rmf",
        "jurisdiction": "US",
        "title": "NIST AI Risk Management Framework (AI RMF 1.0)",
        "type": T.STANDARD,
        "stage": S.ADOPTED,
        "announced": date(2023, 1, 26),
        "url": "https://www.nist.gov/itl/ai-risk-management-framework",
        "summary": (
            "A voluntary framework from the National Institute of Standards and "
            "Technology, developed with public input at the request of Congress. "
            "It helps organisations manage AI risks through four functions, "
            "govern, map, measure and manage, and describes the characteristics of "
            "trustworthy AI, such as validity, safety, security, accountability, "
            "transparency, privacy and fairness. It is used well beyond the United "
            "States and comes with a playbook and profiles for particular uses."
        ),
        "topics": ["risk management", "standards"],
        "elements": [E.CONFORMITY_STANDARDS, E.HIGH_RISK_OBLIGATIONS],
        "significance": HIGH,
        "verified": 35,
    },
    {
        "key": "us-nist-genai-profile",
        "jurisdiction": "US",
        "title": "NIST AI 600-1: Generative AI Profile",
        "type": T.STANDARD,
        "stage": S.ADOPTED,
        "announced": date(2024, 7, 26),
        "url": "https://doi.org/10.6028/NIST.AI.600-1",
        "summary": (
            "A companion to the AI Risk Management Framework that describes twelve "
            "risks unique to or made worse by generative AI, such as confabulation, "
            "harmful bias, information integrity, information security, "
            "intellectual property and access to chemical, biological, radiological "
            "or nuclear weapons information. For each risk it suggests actions "
            "organised under the framework's govern, map, measure and manage "
            "functions."
        ),
        "topics": ["generative AI", "risk management", "standards"],
        "elements": [E.GENERAL_PURPOSE_AI, E.CONFORMITY_STANDARDS],
        "significance": MEDIUM,
        "verified": 35,
    },
    {
        "key": "us-colorado-ai-act",
        "jurisdiction": "US",
        "title": "Colorado Artificial Intelligence Act (SB24-205)",
        "type": T.LEGISLATION,
        "stage": S.ADOPTED,
        "announced": date(2024, 5, 17),
        "adopted": date(2024, 5, 17),
        "url": "https://leg.colorado.gov/bills/sb24-205",
        "summary": (
            "The first comprehensive state law in the United States on high-risk "
            "AI, signed on 17 May 2024. Developers and deployers of AI that makes, "
            "or substantially influences, consequential decisions about people, "
            "for instance on jobs, housing, credit, education or health care, must "
            "use reasonable care to protect consumers from algorithmic "
            "discrimination, through risk management, impact assessments and "
            "notices. The state Attorney General enforces it; its start date, first "
            "set for 1 February 2026, was postponed to 30 June 2026 in August 2025."
        ),
        "topics": ["risk management", "fundamental rights"],
        "elements": [
            E.HIGH_RISK_OBLIGATIONS,
            E.RISK_CLASSIFICATION,
            E.FUNDAMENTAL_RIGHTS,
        ],
        "significance": MEDIUM,
        "verified": 400,
    },
    # --- China ----------------------------------------------------------------
    {
        "key": "cn-generative-ai-measures",
        "jurisdiction": "CN",
        "title": "Interim Measures for the Management of Generative AI Services",
        "type": T.REGULATION,
        "stage": S.IN_FORCE,
        "announced": date(2023, 4, 11),
        "in_force": date(2023, 8, 15),
        "url": "https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm",
        "summary": (
            "China's first binding rules made specifically for generative AI, "
            "issued by the Cyberspace Administration of China with six other "
            "authorities after a draft in April 2023. Providers of generative AI "
            "services to the public must uphold the content rules of Chinese law, "
            "act against illegal content and discrimination, use lawfully sourced "
            "training data, label generated content and handle complaints; "
            "services able to shape public opinion need a security assessment and "
            "algorithm filing. The final text is narrower than the draft and "
            "excludes research not offered to the public."
        ),
        "topics": ["generative AI", "labelling", "governance"],
        "elements": [E.GENERAL_PURPOSE_AI, E.TRANSPARENCY, E.GOVERNANCE],
        "significance": HIGH,
        "verified": 55,
        "history": [
            (S.UNDER_CONSULTATION, date(2023, 4, 11)),
            (S.ADOPTED, date(2023, 7, 13)),
            (S.IN_FORCE, date(2023, 8, 15)),
        ],
    },
    {
        "key": "cn-labelling-measures",
        "jurisdiction": "CN",
        "title": "Measures for Labelling AI-Generated and Synthetic Content",
        "type": T.REGULATION,
        "stage": S.IN_FORCE,
        "announced": date(2025, 3, 14),
        "in_force": date(2025, 9, 1),
        "url": "https://www.cac.gov.cn/2025-03/14/c_1743654684782215.htm",
        "summary": (
            "Rules issued jointly by the Cyberspace Administration of China, the "
            "Ministry of Industry and Information Technology, the Ministry of "
            "Public Security and the National Radio and Television Administration, "
            "after a draft in September 2024. Providers must add visible labels to "
            "AI-generated text, images, audio, video and virtual scenes where they "
            "could mislead, and embed hidden labels such as metadata naming the "
            "provider. Platforms must check for labels and flag content that is or "
            "may be AI-generated, and removing or forging labels is forbidden; a "
            "mandatory national standard, GB 45438-2025, sets the technical method."
        ),
        "topics": ["labelling", "generative AI", "transparency"],
        "elements": [E.TRANSPARENCY, E.GENERAL_PURPOSE_AI],
        "significance": HIGH,
        "verified": 170,
        "history": [
            (S.ADOPTED, date(2025, 3, 14)),
            (S.IN_FORCE, date(2025, 9, 1)),
        ],
    },
    {
        "key": "cn-deep-synthesis",
        "jurisdiction": "CN",
        "title": (
            "Provisions on the Administration of Deep Synthesis Internet "
            "Information Services"
        ),
        "type": T.REGULATION,
        "stage": S.IN_FORCE,
        "announced": date(2022, 12, 11),
        "in_force": date(2023, 1, 10),
        "url": "https://www.cac.gov.cn/2022-12/11/c_1672221949354811.htm",
        "summary": (
            "Rules on 'deep synthesis' technologies that generate or alter text, "
            "images, audio and video, such as face swapping and voice cloning. "
            "Providers must verify users' identities, review content, label "
            "synthetic content that could confuse or mislead the public, and file "
            "their algorithms with the regulator. They were among the first rules "
            "anywhere aimed specifically at deepfakes."
        ),
        "topics": ["labelling", "generative AI"],
        "elements": [E.TRANSPARENCY],
        "significance": MEDIUM,
        "verified": 130,
    },
    {
        "key": "cn-algorithm-recommendations",
        "jurisdiction": "CN",
        "title": (
            "Provisions on the Management of Algorithmic Recommendations in "
            "Internet Information Services"
        ),
        "type": T.REGULATION,
        "stage": S.IN_FORCE,
        "announced": date(2022, 1, 4),
        "in_force": date(2022, 3, 1),
        "url": "https://www.cac.gov.cn/2022-01/04/c_1642894606364259.htm",
        "summary": (
            "Rules for algorithms that push content, rank search results, set "
            "prices or dispatch work. Users must be told when recommendation "
            "algorithms are used and be able to switch off personalised "
            "recommendations; providers may not use algorithms for unreasonable "
            "price discrimination and must respect the rights of workers whose "
            "tasks are assigned by algorithm. Providers able to shape public "
            "opinion must register their algorithms in a national filing system."
        ),
        "topics": ["transparency", "fundamental rights"],
        "elements": [E.TRANSPARENCY, E.FUNDAMENTAL_RIGHTS],
        "significance": MEDIUM,
        "verified": 365,
    },
    {
        "key": "cn-new-generation-plan",
        "jurisdiction": "CN",
        "title": "New Generation Artificial Intelligence Development Plan",
        "type": T.STRATEGY,
        "stage": S.ADOPTED,
        "announced": date(2017, 7, 20),
        "url": "https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm",
        "summary": (
            "The State Council's plan set the goal of making China a world leader "
            "in AI theory, technology and applications by 2030. It set "
            "intermediate targets for 2020 and 2025 and called for AI laws, "
            "ethical norms and policies to be built step by step. It has guided "
            "national and local AI funding ever since."
        ),
        "topics": ["research funding", "innovation"],
        "elements": [],
        "significance": LOW,
        "verified": 700,
    },
    # --- India, Brazil, Singapore, France and standards bodies ---------------
    {
        "key": "in-indiaai-mission",
        "jurisdiction": "IN",
        "title": "IndiaAI Mission approved by the Union Cabinet",
        "type": T.FUNDING,
        "stage": S.ADOPTED,
        "announced": date(2024, 3, 7),
        "adopted": date(2024, 3, 7),
        "url": "https://indiaai.gov.in/",
        "summary": (
            "India's Cabinet approved the IndiaAI Mission with a budget of about "
            "10,372 crore rupees over five years, run by the IndiaAI division of "
            "the Digital India Corporation. It funds subsidised access to more "
            "than ten thousand GPUs through public-private partnerships, Indian "
            "foundation models, a datasets platform, skills, start-up finance and a "
            "'Safe and Trusted AI' pillar for tools and frameworks on responsible "
            "AI."
        ),
        "topics": ["research funding", "innovation"],
        "elements": [],
        "significance": MEDIUM,
        "verified": 500,
    },
    {
        "key": "br-pl-2338",
        "jurisdiction": "BR",
        "title": "Bill 2338/2023 on the use of artificial intelligence (PL 2338/2023)",
        "type": T.LEGISLATION,
        "stage": S.PROPOSED,
        "announced": date(2023, 5, 3),
        "url": "https://www25.senado.leg.br/web/atividade/materias/-/materia/157233",
        "summary": (
            "Brazil's main AI bill, introduced in the Senate by its then president, "
            "Rodrigo Pacheco, on the basis of a draft by a commission of legal "
            "experts. The text the Senate approved on 10 December 2024 classifies "
            "AI systems by risk, bans some 'excessive risk' uses, sets duties for "
            "high-risk systems and generative AI, protects copyright holders and "
            "creates a national AI governance system coordinated by the data "
            "protection authority (ANPD). The Chamber of Deputies set up a special "
            "committee on the bill in April 2025; at our last check it had not yet "
            "voted."
        ),
        "topics": ["risk management", "fundamental rights", "generative AI"],
        "elements": [
            E.RISK_CLASSIFICATION,
            E.PROHIBITED_PRACTICES,
            E.HIGH_RISK_OBLIGATIONS,
            E.GOVERNANCE,
            E.FUNDAMENTAL_RIGHTS,
        ],
        "significance": HIGH,
        "verified": 380,
    },
    {
        "key": "sg-genai-framework",
        "jurisdiction": "SG",
        "title": "Model AI Governance Framework for Generative AI",
        "type": T.GUIDELINE,
        "stage": S.ADOPTED,
        "announced": date(2024, 5, 30),
        "url": "https://aiverifyfoundation.sg/resources/mgf-gen-ai/",
        "summary": (
            "A framework from Singapore's Infocomm Media Development Authority and "
            "the AI Verify Foundation, finalised after an international "
            "consultation. It extends Singapore's earlier model framework to "
            "generative AI across nine dimensions: accountability, data, trusted "
            "development and deployment, incident reporting, testing and "
            "assurance, security, content provenance, safety and alignment "
            "research, and AI for the public good. It is voluntary."
        ),
        "topics": ["generative AI", "transparency", "safety"],
        "elements": [E.GENERAL_PURPOSE_AI, E.TRANSPARENCY],
        "significance": MEDIUM,
        "verified": 120,
    },
    {
        "key": "sg-model-framework-2020",
        "jurisdiction": "SG",
        "title": "Model AI Governance Framework, second edition",
        "type": T.GUIDELINE,
        "stage": S.ADOPTED,
        "announced": date(2020, 1, 21),
        "url": (
            "https://www.pdpc.gov.sg/help-and-resources/2020/01/"
            "model-ai-governance-framework"
        ),
        "summary": (
            "Singapore's voluntary framework for private organisations deploying "
            "AI, first issued in January 2019 and updated in this second edition. "
            "It turns ethical principles into practical measures in four areas: "
            "internal governance, deciding how much human involvement AI-assisted "
            "decisions need, operations management, and communication with "
            "stakeholders. It comes with a self-assessment guide and a compendium "
            "of use cases."
        ),
        "topics": ["ethics", "transparency"],
        "elements": [E.TRANSPARENCY, E.RISK_CLASSIFICATION],
        "significance": LOW,
        "verified": 160,
    },
    {
        "key": "fr-paris-summit-statement",
        "jurisdiction": "FR",
        "title": (
            "Statement on Inclusive and Sustainable Artificial Intelligence for "
            "People and the Planet (AI Action Summit, Paris)"
        ),
        "type": T.AGREEMENT,
        "stage": S.ADOPTED,
        "announced": date(2025, 2, 11),
        "url": (
            "https://www.elysee.fr/en/emmanuel-macron/2025/02/11/statement-on-"
            "inclusive-and-sustainable-artificial-intelligence-for-people-and-the-"
            "planet"
        ),
        "summary": (
            "The main outcome of the AI Action Summit hosted by France and "
            "co-chaired by India. Signatories, among them China, India and the EU, "
            "committed to AI that is open, inclusive, transparent, ethical, safe, "
            "secure and trustworthy, to making AI sustainable for people and the "
            "planet, and to better coordination of AI governance internationally. "
            "The United States and the United Kingdom did not sign."
        ),
        "topics": ["international cooperation", "sustainability"],
        "elements": [E.INTERNATIONAL_COOPERATION],
        "significance": MEDIUM,
        "verified": 65,
    },
    {
        "key": "iso-42001",
        "jurisdiction": "ISO",
        "title": "ISO/IEC 42001:2023 Artificial intelligence management system",
        "type": T.STANDARD,
        "stage": S.ADOPTED,
        "announced": date(2023, 12, 18),
        "url": "https://www.iso.org/standard/81230.html",
        "summary": (
            "The first international management-system standard for AI, published "
            "by ISO and IEC. It sets requirements for establishing, running and "
            "improving an AI management system within an organisation, covering "
            "policies, risk and impact assessment, data, life-cycle controls and "
            "suppliers. Organisations can be certified against it, and many use it "
            "to organise their compliance with AI rules."
        ),
        "topics": ["standards", "risk management"],
        "elements": [E.CONFORMITY_STANDARDS],
        "significance": HIGH,
        "verified": 75,
    },
]

# Items as a feed would bring them in: waiting in the triage queue. Some have no
# jurisdiction or date yet, which is what an analyst completes before publishing.
CANDIDATES = [
    {
        "title": (
            "Commission publishes guidelines on AI system definition to facilitate "
            "the first AI Act's rules application"
        ),
        "url": (
            "https://digital-strategy.ec.europa.eu/en/library/commission-publishes-"
            "guidelines-ai-system-definition-facilitate-first-ai-acts-rules-"
            "application"
        ),
        "jurisdiction": "EU",
        "announced": date(2025, 2, 6),
        "source": "https://digital-strategy.ec.europa.eu/en/rss.xml",
    },
    {
        "title": (
            "Seoul Statement of Intent toward International Cooperation on AI "
            "Safety Science, AI Seoul Summit 2024 (Annex)"
        ),
        "url": (
            "https://www.gov.uk/government/publications/seoul-declaration-for-safe-"
            "innovative-and-inclusive-ai-ai-seoul-summit-2024/seoul-statement-of-"
            "intent-toward-international-cooperation-on-ai-safety-science-ai-seoul-"
            "summit-2024-annex"
        ),
        "jurisdiction": "GB",
        "announced": date(2024, 5, 21),
        "source": (
            "https://www.gov.uk/government/organisations/"
            "department-for-science-innovation-and-technology.atom"
        ),
    },
    {
        "title": "Call for Public Comments on Draft AI Guidelines for Business to Open",
        "url": "https://www.meti.go.jp/english/press/2024/0119_001.html",
        "jurisdiction": "JP",
        "announced": date(2024, 1, 19),
        "source": None,
    },
    {
        "title": (
            "Singapore proposes framework to foster trusted Generative AI development"
        ),
        "url": (
            "https://imda.gov.sg/resources/press-releases-factsheets-and-speeches/"
            "press-releases/2024/public-consult-model-ai-governance-framework-genai"
        ),
        "jurisdiction": None,
        "announced": date(2024, 1, 16),
        "source": None,
    },
    {
        "title": (
            "Request for Information on the Development of an Artificial "
            "Intelligence (AI) Action Plan"
        ),
        "url": (
            "https://www.federalregister.gov/documents/2025/02/06/2025-02305/"
            "request-for-information-on-the-development-of-an-artificial-"
            "intelligence-ai-action-plan"
        ),
        "jurisdiction": None,
        "announced": None,
        "source": None,
    },
]

DISMISSED = [
    {
        "title": (
            "General Assembly adopts resolution establishing scientific panel on "
            "artificial intelligence and global dialogue on its governance"
        ),
        "url": "https://press.un.org/en/2025/ga12699.doc.htm",
        "jurisdiction": "UN",
        "announced": date(2025, 8, 26),
        "source": None,
        "internal_analysis": (
            "Press release about resolution 79/325, which is already published "
            "with the official document as its source."
        ),
    },
]

# One assessment per AI Act element: (element, level, rationale, evidence keys).
ASSESSMENTS = {
    "EU": [
        (
            E.RISK_CLASSIFICATION,
            L.ALIGNED,
            "The benchmark: the AI Act sorts AI systems into prohibited, "
            "high-risk, limited-risk and minimal-risk tiers.",
            ["eu-ai-act"],
        ),
        (
            E.PROHIBITED_PRACTICES,
            L.ALIGNED,
            "The benchmark: Article 5 bans eight practices from 2 February 2025, "
            "explained in the Commission's guidelines.",
            ["eu-ai-act", "eu-prohibited-guidelines"],
        ),
        (
            E.HIGH_RISK_OBLIGATIONS,
            L.ALIGNED,
            "The benchmark: high-risk systems need risk management, data "
            "governance, documentation, human oversight and accuracy. The digital "
            "omnibus on AI changed when these duties apply, not what they are.",
            ["eu-ai-act", "eu-digital-omnibus-ai"],
        ),
        (
            E.TRANSPARENCY,
            L.ALIGNED,
            "The benchmark: people must be told when they interact with an AI "
            "system, and deepfakes and AI-generated content must be marked.",
            ["eu-ai-act"],
        ),
        (
            E.GENERAL_PURPOSE_AI,
            L.ALIGNED,
            "The benchmark: providers of general-purpose models must document them "
            "and respect copyright, with extra duties for models with systemic "
            "risk; the Code of Practice shows how to comply.",
            ["eu-ai-act", "eu-gpai-code", "eu-ai-office"],
        ),
        (
            E.CONFORMITY_STANDARDS,
            L.ALIGNED,
            "The benchmark: high-risk systems undergo conformity assessment, with "
            "harmonised European standards giving a presumption of conformity.",
            ["eu-ai-act"],
        ),
        (
            E.SANDBOXES,
            L.ALIGNED,
            "The benchmark: every Member State must set up at least one AI "
            "regulatory sandbox, and real-world testing is allowed under "
            "conditions.",
            ["eu-ai-act"],
        ),
        (
            E.GOVERNANCE,
            L.ALIGNED,
            "The benchmark: national market surveillance authorities enforce the "
            "Act, the AI Office supervises general-purpose models and the AI Board "
            "coordinates, with fines of up to 7% of worldwide turnover.",
            ["eu-ai-act", "eu-ai-office"],
        ),
        (
            E.FUNDAMENTAL_RIGHTS,
            L.ALIGNED,
            "The benchmark: public bodies and some private deployers must assess "
            "the impact of high-risk AI on fundamental rights, and people can "
            "complain and ask for explanations.",
            ["eu-ai-act", "eu-ethics-guidelines"],
        ),
        (
            E.INTERNATIONAL_COOPERATION,
            L.ALIGNED,
            "The benchmark: the EU signed the Council of Europe convention and "
            "backs the Hiroshima process and OECD principles alongside its own "
            "rules.",
            ["coe-framework-convention", "g7-haip-code", "oecd-principles-2024"],
        ),
    ],
    "JP": [
        (
            E.RISK_CLASSIFICATION,
            L.PARTIALLY_ALIGNED,
            "The AI Guidelines for Business ask companies to take a risk-based "
            "approach, but Japanese law sets no risk tiers.",
            ["jp-ai-guidelines", "jp-ai-promotion-act"],
        ),
        (
            E.PROHIBITED_PRACTICES,
            L.NO_PROVISION,
            "Neither the AI Promotion Act nor the guidelines ban any AI practice; "
            "Japan relies on existing laws such as personal-data protection.",
            ["jp-ai-promotion-act"],
        ),
        (
            E.HIGH_RISK_OBLIGATIONS,
            L.DIVERGENT,
            "The guidelines describe risk management and human oversight much as "
            "the AI Act does, but only as voluntary soft law.",
            ["jp-ai-guidelines"],
        ),
        (
            E.TRANSPARENCY,
            L.PARTIALLY_ALIGNED,
            "The guidelines and the Hiroshima code call for disclosure and content "
            "provenance, but there is no legal duty to disclose chatbots or label "
            "deepfakes.",
            ["jp-ai-guidelines", "g7-haip-code"],
        ),
        (
            E.GENERAL_PURPOSE_AI,
            L.PARTIALLY_ALIGNED,
            "Japan led the Hiroshima process, whose code for advanced AI overlaps "
            "with the AI Act's general-purpose AI duties, but commitments are "
            "voluntary.",
            ["g7-haip-code", "g7-haip-principles", "jp-ai-guidelines"],
        ),
        (
            E.CONFORMITY_STANDARDS,
            L.PARTIALLY_ALIGNED,
            "The AI Safety Institute develops evaluation methods and Japan takes "
            "part in international standards work, but there is no conformity "
            "assessment.",
            ["jp-aisi", "iso-42001"],
        ),
        (
            E.SANDBOXES,
            L.PARTIALLY_ALIGNED,
            "AI projects can use Japan's general regulatory sandbox scheme, in "
            "place since 2018, but there is no AI-specific sandbox.",
            [],
        ),
        (
            E.GOVERNANCE,
            L.PARTIALLY_ALIGNED,
            "The AI Promotion Act creates an AI Strategy Headquarters under the "
            "Prime Minister to coordinate policy, but no authority enforces "
            "AI-specific rules.",
            ["jp-ai-promotion-act"],
        ),
        (
            E.FUNDAMENTAL_RIGHTS,
            L.PARTIALLY_ALIGNED,
            "The government may investigate AI that infringes people's rights and "
            "give guidance, but there are no rights impact assessments or "
            "AI-specific remedies.",
            ["jp-ai-promotion-act", "jp-ai-guidelines"],
        ),
        (
            E.INTERNATIONAL_COOPERATION,
            L.ALIGNED,
            "Japan and the EU both drive the Hiroshima process and the OECD "
            "principles, and the AI Promotion Act makes international cooperation "
            "a basic principle.",
            ["g7-haip-principles", "oecd-principles-2024", "jp-ai-promotion-act"],
        ),
    ],
    "CA": [
        (
            E.RISK_CLASSIFICATION,
            L.PARTIALLY_ALIGNED,
            "Only federal government systems are classified by impact, under the "
            "Directive on Automated Decision-Making; AIDA's economy-wide approach "
            "lapsed.",
            ["ca-directive-adm", "ca-aida"],
        ),
        (
            E.PROHIBITED_PRACTICES,
            L.NO_PROVISION,
            "Canada bans no AI practice; AIDA's offences for reckless, harmful use "
            "of AI lapsed with Bill C-27.",
            ["ca-aida"],
        ),
        (
            E.HIGH_RISK_OBLIGATIONS,
            L.PARTIALLY_ALIGNED,
            "Federal institutions must do impact assessments, peer review and "
            "human review for consequential systems, but private actors have no "
            "such duties since AIDA lapsed.",
            ["ca-directive-adm", "ca-aida"],
        ),
        (
            E.TRANSPARENCY,
            L.PARTIALLY_ALIGNED,
            "The voluntary code asks signatories to identify AI-generated content, "
            "and the Directive requires notice of automated government decisions; "
            "there is no general legal duty.",
            ["ca-voluntary-code", "ca-directive-adm"],
        ),
        (
            E.GENERAL_PURPOSE_AI,
            L.PARTIALLY_ALIGNED,
            "The voluntary code on advanced generative AI covers safety, "
            "transparency and oversight of general-purpose systems, but signing it "
            "is optional.",
            ["ca-voluntary-code", "g7-haip-code"],
        ),
        (
            E.CONFORMITY_STANDARDS,
            L.PARTIALLY_ALIGNED,
            "The Canadian AI Safety Institute works on evaluation science, but "
            "there is no conformity assessment for AI systems.",
            ["ca-aisi"],
        ),
        (
            E.SANDBOXES,
            L.NO_PROVISION,
            "There is no federal AI regulatory sandbox.",
            [],
        ),
        (
            E.GOVERNANCE,
            L.NO_PROVISION,
            "AIDA would have created an AI and Data Commissioner; since it lapsed, "
            "no body oversees AI across the economy and regulators apply existing "
            "law.",
            ["ca-aida"],
        ),
        (
            E.FUNDAMENTAL_RIGHTS,
            L.PARTIALLY_ALIGNED,
            "Human-rights and privacy laws apply to AI, and government systems "
            "need impact assessments, but private uses face no AI-specific rights "
            "safeguards.",
            ["ca-directive-adm"],
        ),
        (
            E.INTERNATIONAL_COOPERATION,
            L.ALIGNED,
            "Canada is an active partner in the Hiroshima process, the OECD and "
            "the AI safety institutes network, and it negotiated the Council of "
            "Europe convention.",
            ["g7-haip-principles", "ca-aisi", "coe-framework-convention"],
        ),
    ],
    "AU": [
        (
            E.RISK_CLASSIFICATION,
            L.PARTIALLY_ALIGNED,
            "The 2024 proposals defined high-risk AI much like the AI Act but were "
            "put on hold; the voluntary standard only asks organisations to assess "
            "risk.",
            ["au-mandatory-guardrails", "au-voluntary-standard", "au-national-ai-plan"],
        ),
        (
            E.PROHIBITED_PRACTICES,
            L.NO_PROVISION,
            "Australia bans no AI practice; the National AI Plan relies on "
            "existing laws.",
            ["au-national-ai-plan"],
        ),
        (
            E.HIGH_RISK_OBLIGATIONS,
            L.DIVERGENT,
            "The ten voluntary guardrails mirror the AI Act's high-risk "
            "requirements in substance, but the plan to make them mandatory was "
            "paused.",
            ["au-voluntary-standard", "au-national-ai-plan"],
        ),
        (
            E.TRANSPARENCY,
            L.PARTIALLY_ALIGNED,
            "The voluntary standard asks organisations to tell people about "
            "AI-enabled decisions, interactions and generated content; no binding "
            "duty exists.",
            ["au-voluntary-standard"],
        ),
        (
            E.GENERAL_PURPOSE_AI,
            L.NO_PROVISION,
            "There are no specific measures for general-purpose models; the "
            "guardrails proposed for them were not taken forward.",
            ["au-mandatory-guardrails", "au-national-ai-plan"],
        ),
        (
            E.CONFORMITY_STANDARDS,
            L.PARTIALLY_ALIGNED,
            "The voluntary standard was written to fit ISO/IEC 42001 and the NIST "
            "framework, but there is no conformity assessment.",
            ["au-voluntary-standard", "iso-42001"],
        ),
        (
            E.SANDBOXES,
            L.NO_PROVISION,
            "There is no AI-specific regulatory sandbox; the financial regulator's "
            "fintech sandbox is the nearest general scheme.",
            [],
        ),
        (
            E.GOVERNANCE,
            L.DIVERGENT,
            "Existing sector regulators remain responsible, supported by a new AI "
            "Safety Institute, instead of dedicated AI authorities.",
            ["au-national-ai-plan"],
        ),
        (
            E.FUNDAMENTAL_RIGHTS,
            L.PARTIALLY_ALIGNED,
            "The AI Ethics Principles and the standard's guardrail on contesting "
            "outcomes protect people, and anti-discrimination and privacy laws "
            "apply, but there is no rights impact assessment.",
            ["au-ethics-principles", "au-voluntary-standard"],
        ),
        (
            E.INTERNATIONAL_COOPERATION,
            L.ALIGNED,
            "Australia signed the Bletchley and Seoul declarations, belongs to the "
            "AI safety institutes network and negotiated the Council of Europe "
            "convention.",
            ["gb-bletchley", "kr-seoul-declaration", "coe-framework-convention"],
        ),
    ],
    "KR": [
        (
            E.RISK_CLASSIFICATION,
            L.PARTIALLY_ALIGNED,
            "The AI Basic Act singles out 'high-impact' AI by area of use, close "
            "to the AI Act's high-risk list, but has no prohibited tier.",
            ["kr-ai-basic-act"],
        ),
        (
            E.PROHIBITED_PRACTICES,
            L.NO_PROVISION,
            "The AI Basic Act bans no AI practice.",
            ["kr-ai-basic-act"],
        ),
        (
            E.HIGH_RISK_OBLIGATIONS,
            L.PARTIALLY_ALIGNED,
            "Operators of high-impact AI must manage risks, explain outcomes, "
            "ensure human oversight and keep documents, but the duties are lighter "
            "than the AI Act's and need no assessment before market entry.",
            ["kr-ai-basic-act"],
        ),
        (
            E.TRANSPARENCY,
            L.ALIGNED,
            "Users must be told in advance when a service uses generative or "
            "high-impact AI, and AI-generated output, including deepfakes, must be "
            "labelled, much like Article 50 of the AI Act.",
            ["kr-ai-basic-act"],
        ),
        (
            E.GENERAL_PURPOSE_AI,
            L.PARTIALLY_ALIGNED,
            "Safety duties apply to AI trained above a compute threshold set by "
            "decree, echoing the AI Act's systemic-risk models, but there are no "
            "documentation or copyright duties for model providers.",
            ["kr-ai-basic-act"],
        ),
        (
            E.CONFORMITY_STANDARDS,
            L.PARTIALLY_ALIGNED,
            "The Act supports AI standards, verification and certification, "
            "mostly on a voluntary basis, and the AI Safety Institute develops "
            "evaluation methods.",
            ["kr-ai-basic-act", "kr-aisi"],
        ),
        (
            E.SANDBOXES,
            L.PARTIALLY_ALIGNED,
            "AI services can be tested under Korea's existing regulatory sandbox "
            "programmes, but not in sandboxes run under an AI law.",
            [],
        ),
        (
            E.GOVERNANCE,
            L.PARTIALLY_ALIGNED,
            "The Ministry of Science and ICT can investigate and order corrections "
            "and a presidential committee sets strategy, but fines are far lower "
            "than under the AI Act.",
            ["kr-ai-basic-act"],
        ),
        (
            E.FUNDAMENTAL_RIGHTS,
            L.PARTIALLY_ALIGNED,
            "The Act aims to protect human rights and dignity and encourages "
            "operators to assess the impact of high-impact AI on fundamental "
            "rights, but does not require it.",
            ["kr-ai-basic-act"],
        ),
        (
            E.INTERNATIONAL_COOPERATION,
            L.ALIGNED,
            "Korea co-hosted the AI Seoul Summit, runs an institute in the AI "
            "safety institutes network and works with the EU under their digital "
            "partnership.",
            ["kr-seoul-declaration", "kr-aisi"],
        ),
    ],
}


@transaction.atomic
def create_demo_monitoring() -> None:
    """Create the demo jurisdictions, sources, developments and assessments that
    are missing; leave existing ones as they are."""
    jurisdictions = _ensure_jurisdictions()
    sources = _ensure_sources(jurisdictions)
    developments = _ensure_developments(jurisdictions)
    _ensure_stage_history(developments)
    _ensure_triage_queue(jurisdictions, sources)
    _ensure_assessments(jurisdictions, developments)


def _ensure_jurisdictions() -> dict[str, Jurisdiction]:
    codes = [code for code, *_ in JURISDICTIONS]
    existing = Jurisdiction.objects.in_bulk(codes, field_name="code")
    Jurisdiction.objects.bulk_create(
        Jurisdiction(code=code, name=name, kind=kind, region=region)
        for code, name, kind, region in JURISDICTIONS
        if code not in existing
    )
    return Jurisdiction.objects.in_bulk(codes, field_name="code")


def _ensure_sources(jurisdictions) -> dict[str, Source]:
    urls = [source["url"] for source in SOURCES]
    existing = Source.objects.in_bulk(urls, field_name="url")
    Source.objects.bulk_create(
        Source(
            name=source["name"],
            url=source["url"],
            jurisdiction=jurisdictions.get(source["jurisdiction"]),
            active=False,
        )
        for source in SOURCES
        if source["url"] not in existing
    )
    return Source.objects.in_bulk(urls, field_name="url")


def _ensure_developments(jurisdictions) -> dict[str, PolicyDevelopment]:
    """Create the published developments that are missing, with topics and links."""
    urls = [item["url"] for item in DEVELOPMENTS]
    existing = PolicyDevelopment.objects.in_bulk(urls, field_name="source_url")
    new_items = [item for item in DEVELOPMENTS if item["url"] not in existing]
    today = timezone.localdate()
    PolicyDevelopment.objects.bulk_create(
        PolicyDevelopment(
            title=item["title"],
            jurisdiction=jurisdictions[item["jurisdiction"]],
            instrument_type=item["type"],
            stage=item["stage"],
            announced_on=item["announced"],
            adopted_on=item.get("adopted"),
            in_force_on=item.get("in_force"),
            summary=item["summary"],
            source_url=item["url"],
            ai_act_elements=[str(element) for element in item["elements"]],
            significance=item["significance"],
            review_status=PolicyDevelopment.ReviewStatus.PUBLISHED,
            reviewed_at=timezone.now(),
            # Never before the development itself, whatever the machine's clock.
            last_verified_on=max(
                today - timedelta(days=item["verified"]), item["announced"]
            ),
        )
        for item in new_items
    )
    by_url = PolicyDevelopment.objects.in_bulk(urls, field_name="source_url")
    by_key = {item["key"]: by_url[item["url"]] for item in DEVELOPMENTS}

    linked = []
    for item in new_items:
        if item.get("supersedes"):
            development = by_key[item["key"]]
            development.supersedes = by_key[item["supersedes"]]
            linked.append(development)
    PolicyDevelopment.objects.bulk_update(linked, ["supersedes"])

    _tag([(by_key[item["key"]], name) for item in new_items for name in item["topics"]])
    return by_key


def _tag(pairs: list[tuple[PolicyDevelopment, str]]) -> None:
    names = sorted({name for _development, name in pairs})
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    for name in names:
        if name not in tags:
            tags[name] = Tag.objects.create(name=name)  # save() makes the slug
    TaggedPolicyDevelopment.objects.bulk_create(
        TaggedPolicyDevelopment(content_object=development, tag=tags[name])
        for development, name in pairs
    )


def _history(item: dict) -> list[tuple[str, date]]:
    if "history" in item:
        return item["history"]
    on = {
        S.IN_FORCE: item.get("in_force"),
        S.ADOPTED: item.get("adopted"),
    }.get(item["stage"])
    return [(item["stage"], on or item["announced"])]


def _ensure_stage_history(developments: dict[str, PolicyDevelopment]) -> None:
    """Record the stage steps of developments that have no history yet.

    Rows are written directly rather than through `record_stage_change`, so that
    `recorded_at` is the historical date: these moves are not news, and alerts
    or digests that look for recently recorded stage changes must not announce
    fifty "new" ones after a seed.
    """
    with_history = set(
        StageChange.objects.filter(
            development__in=list(developments.values())
        ).values_list("development_id", flat=True)
    )
    StageChange.objects.bulk_create(
        StageChange(
            development=developments[item["key"]],
            stage=stage,
            changed_on=changed_on,
            recorded_at=datetime.combine(changed_on, time(12), tzinfo=UTC),
        )
        for item in DEVELOPMENTS
        if developments[item["key"]].pk not in with_history
        for stage, changed_on in _history(item)
    )


def _ensure_triage_queue(jurisdictions, sources) -> None:
    items = [(item, PolicyDevelopment.ReviewStatus.CANDIDATE) for item in CANDIDATES]
    items += [(item, PolicyDevelopment.ReviewStatus.DISMISSED) for item in DISMISSED]
    existing = set(
        PolicyDevelopment.objects.filter(
            source_url__in=[item["url"] for item, _status in items]
        ).values_list("source_url", flat=True)
    )
    dismissed = PolicyDevelopment.ReviewStatus.DISMISSED
    PolicyDevelopment.objects.bulk_create(
        PolicyDevelopment(
            title=item["title"],
            source_url=item["url"],
            jurisdiction=jurisdictions.get(item["jurisdiction"]),
            announced_on=item["announced"],
            source=sources.get(item["source"]),
            internal_analysis=item.get("internal_analysis", ""),
            review_status=status,
            reviewed_at=timezone.now() if status == dismissed else None,
        )
        for item, status in items
        if item["url"] not in existing
    )


def _ensure_assessments(jurisdictions, developments) -> None:
    """One assessment per AI Act element for the EU and each partner, each with
    a first revision so that the history of assessments starts with it."""
    existing = set(
        AlignmentAssessment.objects.filter(
            jurisdiction__code__in=list(ASSESSMENTS)
        ).values_list("jurisdiction__code", "element")
    )
    for code, rows in ASSESSMENTS.items():
        for element, level, rationale, evidence in rows:
            if (code, element) in existing:
                continue
            assessment = AlignmentAssessment(
                jurisdiction=jurisdictions[code],
                element=element,
                level=level,
                rationale=rationale,
            )
            assessment.evidence.set([developments[key] for key in evidence])
            # Both saves (the row, then its revision) would each rebuild the
            # reference index that powers "usage" in the admin; once is enough.
            with disable_reference_index_auto_update():
                assessment.save()
                assessment.save_revision()
            ReferenceIndex.create_or_update_for_object(assessment)
